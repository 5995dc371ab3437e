import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { abilities, can } from '../../access/index.js';
import { registeredCitizen, type VisibleCitizen } from '../../access/gate.js';
import { auditedRoute, citizenRoute } from '../../citizen-route.js';
import { requireCtx, type RequestCtx } from '../../context.js';
import { checkCprMatch } from './cpr-match.js';
import type { Queryable } from '../../db/index.js';
import { AppError, conflict, forbidden } from '../../errors.js';
import { parseCpr } from '../../../domain/cpr.js';
import { assertPlaceInUse, requirePlace } from '../placements/guard.js';
import { requireKind, startIntervention } from '../placements/queries.js';
import { assertTargetGroups } from '../catalogue/queries.js';
import { CitizenParams, CitizenResponse, CreateCitizenBody, UpdateCitizenBody, type Citizen } from '../../../contracts/citizens.js';
import { getCitizenDetail } from './queries.js';
import { assertContactPerson, insertCitizen, replaceTargetGroups, updateCitizen } from './write.queries.js';
import { presentCitizen } from './presenter.js';

/**
 * Registering a citizen without a placement: the actor must be allowed to register citizens
 * somewhere, i.e. at one of their own assignments (a unit or facility leader). The citizen is then
 * moved in with POST /citizens/:id/interventions; until then only case assignments show them.
 */
const registersSomewhere = (ctx: RequestCtx) =>
  ctx.actor.roles.some((r) => can(ctx.actor, 'registerCitizens', 'org', { municipalityId: ctx.actor.municipalityId, path: r.path }));

function requireRegistrarSomewhere(ctx: RequestCtx): void {
  if (!registersSomewhere(ctx)) throw forbidden('Kun ledere kan registrere borgere.');
}

/** The citizen record as the caller now sees it (abilities included). */
async function presentCurrent(tx: Queryable, ctx: RequestCtx, citizen: VisibleCitizen): Promise<Citizen> {
  return presentCitizen((await getCitizenDetail(tx, citizen))!, abilities(ctx.actor, 'citizen', citizen));
}

/** Registering and editing citizens (leaders). Relatives: relatives.routes.ts; interventions: features/placements. */
export const citizenWriteRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post('/citizens', { schema: { body: CreateCitizenBody, response: { 201: CitizenResponse }, tags: ['citizens'] } }, async (req, reply) => {
    const ctx = requireCtx(req);
    // Only a registrar can get as far as the CPR number's uniqueness; for them a known number is a lookup (cpr-match.ts).
    const registrar = registersSomewhere(ctx);
    if (registrar) await checkCprMatch(req.server.db, ctx, req.body.cpr, req.body.placement?.placeId);
    const data = await auditedRoute(req, { action: 'create', entity: 'citizen' }, async (tx, _ctx, note) => {
      const { placement, ...person } = req.body;
      const place = placement ? await requirePlace(tx, placement.placeId, 'placement.placeId') : null;
      if (place) {
        if (!can(ctx.actor, 'registerCitizens', 'org', { municipalityId: place.municipalityId, path: place.path })) {
          throw forbidden('Du kan ikke registrere borgere på denne plads.');
        }
        assertPlaceInUse(place, 'placement.placeId');
      } else {
        requireRegistrarSomewhere(ctx);
      }
      await assertTargetGroups(tx, person.targetGroupCodes);
      await assertContactPerson(tx, person.contactPersonId);
      const kind = placement ? await requireKind(tx, placement.kindCode, 'placement.kindCode') : null;
      const parsed = parseCpr(person.cpr);
      if (!parsed.ok) throw new Error('unreachable: the Cpr schema validated the number');
      const id = await insertCitizen(tx, ctx, { ...person, birthDate: parsed.birthDate, contactPersonId: person.contactPersonId ?? null });
      await replaceTargetGroups(tx, ctx, await registeredCitizen(tx, ctx, id), person.targetGroupCodes);
      const interventionId =
        placement && kind ? await startIntervention(tx, ctx, { citizenId: id, kind, place, startDate: placement.startDate }, 'placement.') : null;
      Object.assign(note, { entityId: id, citizenIds: [id], detail: { placeId: place?.id ?? null, interventionId } });
      return presentCurrent(tx, ctx, await registeredCitizen(tx, ctx, id));
    }).catch(async (err: unknown) => {
      // Registered by someone else since the check: a match too, audited (and counted) on its own.
      if (registrar && err instanceof AppError && err.code === 'duplicate_cpr') await checkCprMatch(req.server.db, ctx, req.body.cpr, req.body.placement?.placeId);
      throw err;
    });
    return reply.status(201).send({ data });
  });

  app.patch('/citizens/:citizenId', { schema: { params: CitizenParams, body: UpdateCitizenBody, response: { 200: CitizenResponse }, tags: ['citizens'] } }, (req) =>
    citizenRoute(req, { action: 'update', audit: { action: 'update', entity: 'citizen' } }, async (tx, ctx, facts, note) => {
      const { version, ...changes } = req.body;
      if (changes.targetGroupCodes) await assertTargetGroups(tx, changes.targetGroupCodes);
      await assertContactPerson(tx, changes.contactPersonId);
      if (!(await updateCitizen(tx, facts, version, changes))) {
        // The record as it is now goes back with the 409: a read of citizen data, which the kernel audits.
        throw conflict('Borgeren er ændret af en anden i mellemtiden. Se de nye oplysninger og prøv igen.', await presentCurrent(tx, ctx, facts));
      }
      if (changes.targetGroupCodes) await replaceTargetGroups(tx, ctx, facts, changes.targetGroupCodes);
      note.detail = { fields: Object.keys(changes) };
      return { data: await presentCurrent(tx, ctx, facts) };
    }),
  );
};
