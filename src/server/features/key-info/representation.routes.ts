import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { can } from '../../access/index.js';
import { citizenRoute } from '../../citizen-route.js';
import { AppError, badRequest, notFound } from '../../errors.js';
import { todayInCopenhagen } from '../../../domain/dates.js';
import { CitizenParams } from '../../../contracts/citizens.js';
import { dataOf, NoContent } from '../../../contracts/common.js';
import {
  Consent, ConsentBody, ConsentParams, KeyInfoItemParams, Representative, RepresentativeBody, RepresentationResponse, WithdrawConsentBody,
} from '../../../contracts/key-info.js';
import { deleteItem, getConsent, insertConsent, insertRepresentative, listConsents, listRepresentatives, relativeName, withdrawConsent } from './queries.js';
import { presentConsent, presentRepresentative } from './presenter.js';

const READERS = 'Ability `readRepresentation`: staff and leaders where the citizen lives (and whoever covers that unit now), the assigned case worker. Outside scope 404, visible but not allowed 403.';
const MANAGERS = "Ability `manageRepresentation`: the citizen's unit and facility leaders. Outside scope 404, visible but not allowed 403.";

/** Legal representation (værge, fremtidsfuldmagt) and consents to share, as a register. */
export const representationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/citizens/:citizenId/representation',
    {
      schema: {
        summary: "The citizen's legal representation and consents",
        description:
          'Guardians and future powers of attorney (those in force or to come first) and consents (standing ones first), each consent with the number of reads and exports made under it and the last. ' +
          `${READERS} Audited as a \`read\` of \`representation\`.`,
        params: CitizenParams,
        response: { 200: RepresentationResponse },
        tags: ['key-info'],
      },
    },
    (req) =>
      citizenRoute(req, { action: 'readRepresentation', audit: { action: 'read', entity: 'representation' } }, async (tx, ctx, citizen) => {
        const today = todayInCopenhagen();
        const representatives = await listRepresentatives(tx, citizen, today);
        const consents = await listConsents(tx, citizen, today);
        return {
          data: {
            representatives: representatives.map(presentRepresentative),
            consents: consents.map(presentConsent),
            abilities: { manage: can(ctx.actor, 'manageRepresentation', 'citizen', citizen) },
          },
        };
      }),
  );

  app.post(
    '/citizens/:citizenId/representatives',
    {
      schema: {
        summary: 'Register a guardian or a future power of attorney',
        description:
          '`kind` guardian (værge) or future_power_of_attorney (fremtidsfuldmagt); `scope` personal (værgemålsloven § 5), financial (§ 7) or both; a guardian from `validFrom` to `validTo` (not before it), a power of attorney in force from `validFrom`. ' +
          `${MANAGERS} Audited as a \`create\` of \`legal_representative\`.`,
        params: CitizenParams,
        body: RepresentativeBody,
        response: { 201: dataOf(Representative) },
        tags: ['key-info'],
      },
    },
    (req, reply) => {
      reply.status(201);
      return citizenRoute(req, { action: 'manageRepresentation', audit: { action: 'create', entity: 'legal_representative' } }, async (tx, ctx, citizen, note) => {
        const row = await insertRepresentative(tx, ctx, citizen, req.body, todayInCopenhagen());
        note.entityId = row.id;
        return { data: presentRepresentative(row) };
      });
    },
  );

  app.delete(
    '/citizens/:citizenId/representatives/:itemId',
    { schema: { summary: 'Remove a guardian or power of attorney registered in error', description: `${MANAGERS} Audited as a \`delete\` of \`legal_representative\`.`, params: KeyInfoItemParams, response: { 204: NoContent }, tags: ['key-info'] } },
    async (req, reply) => {
      await citizenRoute(req, { action: 'manageRepresentation', audit: { action: 'delete', entity: 'legal_representative' } }, async (tx, _ctx, citizen, note) => {
        if (!(await deleteItem(tx, citizen, 'legal_representatives', req.params.itemId))) throw notFound('Repræsentationen');
        note.entityId = req.params.itemId;
      });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/citizens/:citizenId/consents',
    {
      schema: {
        summary: 'Register a consent to share',
        description:
          'With one of the record\'s relatives (`relativeId`) or a named body (`bodyName`), not both; `scopes` (at least one) what may be shared; given on `givenOn`, valid until `validUntil` (none: until withdrawn). ' +
          `A consent without a scope is refused (400). ${MANAGERS} Audited as a \`create\` of \`consent\`.`,
        params: CitizenParams,
        body: ConsentBody,
        response: { 201: dataOf(Consent) },
        tags: ['key-info'],
      },
    },
    (req, reply) => {
      reply.status(201);
      return citizenRoute(req, { action: 'manageRepresentation', audit: { action: 'create', entity: 'consent' } }, async (tx, ctx, citizen, note) => {
        let recipient = req.body.bodyName;
        if (req.body.relativeId) {
          recipient = await relativeName(tx, citizen, req.body.relativeId);
          if (!recipient) throw badRequest('Den pårørende findes ikke på borgerens stamkort.', { relativeId: 'Ukendt pårørende.' });
        }
        const id = await insertConsent(tx, ctx, citizen, req.body, recipient!);
        note.entityId = id;
        return { data: presentConsent((await getConsent(tx, citizen, id, todayInCopenhagen()))!) };
      });
    },
  );

  app.post(
    '/citizens/:citizenId/consents/:consentId/withdraw',
    {
      schema: {
        summary: 'Withdraw a consent',
        description:
          'Kept with the date it was withdrawn (not before it was given) and by whom; no further reads or exports may be made under it. Already withdrawn: 409. ' +
          `${MANAGERS} Audited as an \`update\` of \`consent\`.`,
        params: ConsentParams,
        body: WithdrawConsentBody,
        response: { 200: dataOf(Consent) },
        tags: ['key-info'],
      },
    },
    (req) =>
      citizenRoute(req, { action: 'manageRepresentation', audit: { action: 'update', entity: 'consent' } }, async (tx, ctx, citizen, note) => {
        const today = todayInCopenhagen();
        const consent = await getConsent(tx, citizen, req.params.consentId, today);
        if (!consent) throw notFound('Samtykket');
        if (req.body.withdrawnOn < consent.given_on) {
          throw badRequest('Samtykket kan ikke trækkes tilbage før det blev givet.', { withdrawnOn: 'Datoen ligger før samtykket blev givet.' });
        }
        if (!(await withdrawConsent(tx, ctx, citizen, consent.id, req.body.withdrawnOn))) {
          throw new AppError(409, 'already_withdrawn', 'Samtykket er allerede trukket tilbage.');
        }
        Object.assign(note, { entityId: consent.id, detail: { withdrawnOn: req.body.withdrawnOn } });
        return { data: presentConsent((await getConsent(tx, citizen, consent.id, today))!) };
      }),
  );
};
