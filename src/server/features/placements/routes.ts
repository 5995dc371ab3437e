import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { gatedRoute } from '../../citizen-route.js';
import { badRequest, conflict } from '../../errors.js';
import type { RequestCtx } from '../../context.js';
import type { Queryable } from '../../db/index.js';
import { CitizenParams } from '../../../contracts/citizens.js';
import { EndInterventionBody, InterventionParams, InterventionResponse, StartInterventionBody } from '../../../contracts/placements.js';
import { requireEnd, requireStart } from './guard.js';
import { getIntervention, isCatalogueCode, requireKind, setInterventionEnd, startIntervention } from './queries.js';
import { presentCitizenIntervention } from './presenter.js';

const tags = ['placements'];

/** Placements and other interventions: moving in and out, starting and ending support (the ladder's data). */
export const placementRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/citizens/:citizenId/interventions',
    { schema: { params: CitizenParams, body: StartInterventionBody, response: { 201: InterventionResponse }, tags } },
    async (req, reply) => {
      const gate = (tx: Queryable, ctx: RequestCtx) => requireStart(tx, ctx, req.params.citizenId, req.body.placeId);
      const data = await gatedRoute(req, gate, { action: 'create', entity: 'intervention' }, async (tx, ctx, { citizen, place }, note) => {
        const kind = await requireKind(tx, req.body.kindCode, 'kindCode');
        const id = await startIntervention(tx, ctx, { ...req.body, citizenId: citizen.id, kind, place });
        note.entityId = id;
        note.detail = { kindCode: kind.code, placeId: place?.id ?? null, startDate: req.body.startDate };
        return presentCitizenIntervention((await getIntervention(tx, id))!);
      });
      return reply.status(201).send({ data });
    },
  );

  app.post(
    '/interventions/:interventionId/end',
    { schema: { params: InterventionParams, body: EndInterventionBody, response: { 200: InterventionResponse }, tags } },
    (req) =>
      gatedRoute(
        req,
        (tx, ctx) => requireEnd(tx, ctx, req.params.interventionId),
        { action: 'update', entity: 'intervention' },
        async (tx, _ctx, { intervention }, note) => {
          const { version, endDate, endReasonCode } = req.body;
          const destinationCode = req.body.destinationCode ?? null;
          const errors: Record<string, string> = {};
          if (endDate < intervention.startDate) errors.endDate = `Tidligst ${intervention.startDate}.`;
          if (!(await isCatalogueCode(tx, 'intervention_end_reasons', endReasonCode))) errors.endReasonCode = 'Vælg en årsag fra listen.';
          if (destinationCode !== null && !(await isCatalogueCode(tx, 'intervention_destinations', destinationCode))) {
            errors.destinationCode = 'Vælg et sted fra listen.';
          } else if (destinationCode === null && (intervention.placeId || intervention.delivery === 'stay')) {
            errors.destinationCode = 'Angiv hvor borgeren flytter hen, når et ophold slutter.';
          }
          const fields = Object.keys(errors);
          if (fields.length) {
            throw badRequest(errors.endDate ? 'Slutdatoen kan ikke ligge før startdatoen.' : errors[fields[0]], errors);
          }
          const current = async () => presentCitizenIntervention((await getIntervention(tx, intervention.id))!);
          if (!(await setInterventionEnd(tx, intervention.id, version, { endDate, endReasonCode, destinationCode }))) {
            // The intervention as it is now goes back with the 409: a read, which the kernel audits.
            throw conflict('Indsatsen er ændret af en anden i mellemtiden. Se den nye udgave og prøv igen.', await current());
          }
          note.detail = { endDate, endReasonCode, destinationCode };
          return { data: await current() };
        },
      ),
  );
};
