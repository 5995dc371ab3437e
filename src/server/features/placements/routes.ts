import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { audit } from '../../audit/index.js';
import { withTenant } from '../../context.js';
import { badRequest, conflict } from '../../errors.js';
import { CitizenParams } from '../citizens/schema.js';
import { EndInterventionBody, InterventionParams, StartInterventionBody } from './schema.js';
import { requireEnd, requireStart } from './guard.js';
import { getIntervention, requireKind, setInterventionEnd, startIntervention } from './queries.js';
import { presentIntervention } from './presenter.js';

/** Placements and other interventions: moving in and out, starting and ending support (the ladder's data). */
export const placementRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/citizens/:citizenId/interventions',
    { schema: { params: CitizenParams, body: StartInterventionBody, tags: ['placements'] } },
    async (req, reply) => {
      const data = await withTenant(req, async (tx, ctx) => {
        const { citizen, place } = await requireStart(tx, ctx, req.params.citizenId, req.body.placeId);
        const kind = await requireKind(tx, req.body.kindCode, 'kindCode');
        const id = await startIntervention(tx, ctx, { ...req.body, citizenId: citizen.id, kind, place });
        await audit(tx, ctx, {
          action: 'create',
          entity: 'intervention',
          entityId: id,
          citizenIds: [citizen.id],
          detail: { kindCode: kind.code, placeId: place?.id ?? null, startDate: req.body.startDate },
        });
        return presentIntervention((await getIntervention(tx, id))!);
      });
      return reply.status(201).send({ data });
    },
  );

  app.post(
    '/interventions/:interventionId/end',
    { schema: { params: InterventionParams, body: EndInterventionBody, tags: ['placements'] } },
    (req) =>
      withTenant(req, async (tx, ctx) => {
        const intervention = await requireEnd(tx, ctx, req.params.interventionId);
        const { version, endDate } = req.body;
        if (endDate < intervention.startDate) {
          throw badRequest('Slutdatoen kan ikke ligge før startdatoen.', { endDate: `Tidligst ${intervention.startDate}.` });
        }
        const ended = await setInterventionEnd(tx, intervention.id, version, endDate);
        const current = async () => presentIntervention((await getIntervention(tx, intervention.id))!);
        if (!ended) {
          // The intervention as it is now goes back with the 409: a read of citizen data, audited (a conflict commits).
          await audit(tx, ctx, {
            action: 'read',
            entity: 'intervention',
            entityId: intervention.id,
            citizenIds: [intervention.citizenId],
            detail: { conflict: true },
          });
          throw conflict('Indsatsen er ændret af en anden i mellemtiden. Se den nye udgave og prøv igen.', await current());
        }
        await audit(tx, ctx, { action: 'update', entity: 'intervention', entityId: intervention.id, citizenIds: [intervention.citizenId], detail: { endDate } });
        return { data: await current() };
      }),
  );
};
