import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authorize, can } from '../../access/index.js';
import { auditedRoute } from '../../citizen-route.js';
import { withTenant, type RequestCtx } from '../../context.js';
import type { Queryable } from '../../db/index.js';
import { AppError, badRequest, forbidden, notFound } from '../../errors.js';
import { dataOf } from '../../../contracts/common.js';
import { IdParams } from '../../../contracts/organisation.js';
import {
  FacilityMedication, GrantQualificationBody, MedicationSettings, MedicationSettingsBody, QualificationParams, QualifiedPerson, UserParams,
} from '../../../contracts/medication.js';
import { todayInCopenhagen } from '../../../domain/dates.js';
import { getOrgUnit } from '../organisation/queries.js';
import type { QualifiedUserFacts } from './access.js';
import { getPerson, getSettings, grantQualification, listPeople, personQualifications, revokeQualification, saveSettings, type PersonRow } from './queries.js';
import { presentPerson, presentSettings } from './presenter.js';

const tags = ['medication'];
const NOT_THEIR_LEADER = 'Kun en leder af medarbejderens enhed kan give eller fjerne medicingodkendelse.';

const userFacts = (p: PersonRow): QualifiedUserFacts => ({ id: p.id, municipalityId: p.municipality_id, rolePaths: p.role_paths });
const mayGrant = (ctx: RequestCtx, p: PersonRow) => can(ctx.actor, 'grantQualification', 'user', userFacts(p));

/** The facility by id (404 for another kind or municipality) with the action checked (403). */
async function requireFacility(tx: Queryable, ctx: RequestCtx, id: string, action: string) {
  const unit = await getOrgUnit(tx, ctx, id);
  if (!unit || unit.kind !== 'facility') throw notFound('Tilbuddet');
  authorize(ctx.actor, action, 'org', { municipalityId: unit.municipality_id, path: unit.path });
  return unit;
}

/** A user the caller leads (404 unknown, 403 not theirs to grant). */
async function requireLedUser(tx: Queryable, ctx: RequestCtx, userId: string): Promise<PersonRow> {
  const person = await getPerson(tx, ctx, userId);
  if (!person) throw notFound('Brugeren');
  if (!mayGrant(ctx, person)) throw forbidden(NOT_THEIR_LEADER);
  return person;
}

const personAnswer = async (tx: Queryable, ctx: RequestCtx, person: PersonRow) =>
  ({ data: presentPerson({ ...person, qualifications: await personQualifications(tx, ctx, person.id) }, true) });

/** A facility's medication settings, and the medicine permissions of its staff, granted by their leaders. */
export const facilityMedicationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/facilities/:id/medication',
    {
      schema: {
        summary: "A facility's medication settings and its staff's medicine permissions",
        description: 'Settings (the defaults until a leader saves them) and every active staff member or leader with a role at or below the facility, with their running permissions and whether the caller may grant or revoke them. Where the facility\'s figures are read (`readMedication`): its leaders, management, the administrator; others 403, another municipality 404. Names no citizen: not audited.',
        params: IdParams, response: { 200: FacilityMedication }, tags,
      },
    },
    (req) =>
      withTenant(req, async (tx, ctx) => {
        const facility = await requireFacility(tx, ctx, req.params.id, 'readMedication');
        const people = await listPeople(tx, ctx, facility.path);
        return {
          data: {
            settings: presentSettings(await getSettings(tx, ctx, facility.id)),
            people: people.map((p) => presentPerson(p, mayGrant(ctx, p))),
            abilities: { editSettings: can(ctx.actor, 'editMedicationSettings', 'org', { municipalityId: facility.municipality_id, path: facility.path }) },
          },
        };
      }),
  );

  app.patch(
    '/facilities/:id/medication-settings',
    {
      schema: {
        summary: "Change a facility's medication settings",
        description: 'How the PN maximum is counted (rolling 24 hours or per calendar day), when PN use calls for a review with the doctor, the effect reminder and when a dose counts as late. The facility\'s leaders (`editMedicationSettings`); others 403, another municipality 404. Audited as an `update` of `medication_settings`.',
        params: IdParams, body: MedicationSettingsBody, response: { 200: dataOf(MedicationSettings) }, tags,
      },
    },
    (req) =>
      auditedRoute(req, { action: 'update', entity: 'medication_settings' }, async (tx, ctx, note) => {
        const facility = await requireFacility(tx, ctx, req.params.id, 'editMedicationSettings');
        await saveSettings(tx, ctx, facility.id, req.body);
        Object.assign(note, { entityId: facility.id, detail: { ...req.body } });
        return { data: presentSettings(await getSettings(tx, ctx, facility.id)) };
      }),
  );

  app.post(
    '/users/:userId/qualifications',
    {
      schema: {
        summary: 'Grant a medicine permission (nurse or medicine course)',
        description: 'By a leader of the user\'s unit (a unit or facility leader at or above one of their roles), never to oneself: otherwise 403; unknown user 404. One running grant per kind: a second 409. `validUntil` not in the past. Audited as a `create` of `user_qualification`.',
        params: UserParams, body: GrantQualificationBody, response: { 201: dataOf(QualifiedPerson) }, tags,
      },
    },
    (req, reply) => {
      reply.status(201);
      return auditedRoute(req, { action: 'create', entity: 'user_qualification' }, async (tx, ctx, note) => {
        const person = await requireLedUser(tx, ctx, req.params.userId);
        if (req.body.validUntil && req.body.validUntil < todayInCopenhagen()) {
          throw badRequest('Ugyldige oplysninger.', { validUntil: 'Datoen kan ikke ligge i fortiden.' });
        }
        const id = await grantQualification(tx, ctx, person.id, req.body);
        if (!id) throw new AppError(409, 'conflict', `${person.name} har allerede denne medicingodkendelse.`);
        Object.assign(note, { entityId: id, detail: { userId: person.id, qualification: req.body.qualification } });
        return personAnswer(tx, ctx, person);
      });
    },
  );

  app.post(
    '/users/:userId/qualifications/:qualificationId/revoke',
    {
      schema: {
        summary: 'Revoke a medicine permission',
        description: 'Kept as revoked (by whom, when), never deleted. Who may: as for granting. Unknown or already revoked 404. Audited as an `update` of `user_qualification`.',
        params: QualificationParams, response: { 200: dataOf(QualifiedPerson) }, tags,
      },
    },
    (req) =>
      auditedRoute(req, { action: 'update', entity: 'user_qualification' }, async (tx, ctx, note) => {
        const person = await requireLedUser(tx, ctx, req.params.userId);
        if (!(await revokeQualification(tx, ctx, person.id, req.params.qualificationId))) throw notFound('Godkendelsen');
        Object.assign(note, { entityId: req.params.qualificationId, detail: { userId: person.id, revoked: true } });
        return personAnswer(tx, ctx, person);
      }),
  );
};
