import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireCitizen } from '../../access/gate.js';
import { gatedRoute } from '../../citizen-route.js';
import type { RequestCtx } from '../../context.js';
import type { Queryable } from '../../db/index.js';
import { badRequest, conflict, notFound } from '../../errors.js';
import { AdministrationParams, AdministrationResponse, EffectBody, GivePnBody, RegisterDoseBody } from '../../../contracts/medicine-rounds.js';
import { findAdministration, getLine, recordEffect } from './queries.js';
import { givePn, registerDose } from './registration.js';
import { presentAdministration } from './presenter.js';

const tags = ['medicine-rounds'];
const audit = (action: 'create' | 'update') => ({ action, entity: 'medicine_administration' }) as const;

/** The gate of a registration: the line's citizen, treated now by the actor (404 outside their sight, 403 if they only read the record). */
const lineGate = (lineId: string) => async (tx: Queryable, ctx: RequestCtx) => {
  const line = await getLine(tx, ctx, lineId);
  if (!line) throw notFound('Medicinen');
  const citizen = await requireCitizen(tx, ctx, line.citizenId, 'administerMedicine', 'Medicinen');
  return { line, citizen, entityId: line.id };
};

/**
 * Registering a dose of the round (once: a second tablet gets 409 naming who registered it, a retry
 * with the same client id gets the first registration back, 200), giving PN, recording its effect.
 * A registration's id is what the incidents feature's "Rapportér utilsigtet hændelse" takes.
 */
export const registrationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post('/medicine-administrations', { schema: { body: RegisterDoseBody, response: { 200: AdministrationResponse, 201: AdministrationResponse }, tags } }, (req, reply) => {
    reply.status(201); // sent only after the transaction commits; an error replaces it
    return gatedRoute(req, lineGate(req.body.lineId), audit('create'), async (tx, ctx, { line, citizen }, audited) => {
      const { row, replayed } = await registerDose(tx, ctx, citizen, line, req.body);
      if (replayed) reply.status(200);
      Object.assign(audited, { entityId: row.id, detail: { outcome: row.outcome, ...(replayed ? { retry: true } : {}) } });
      return { data: presentAdministration(row) };
    });
  });

  app.post('/medicine-administrations/pn', { schema: { body: GivePnBody, response: { 200: AdministrationResponse, 201: AdministrationResponse }, tags } }, (req, reply) => {
    reply.status(201);
    return gatedRoute(req, lineGate(req.body.lineId), audit('create'), async (tx, ctx, { line, citizen }, audited) => {
      const { row, replayed } = await givePn(tx, ctx, citizen, line, req.body);
      if (replayed) reply.status(200);
      Object.assign(audited, { entityId: row.id, detail: { pn: true, overMax: row.over_max_reason !== null, ...(replayed ? { retry: true } : {}) } });
      return { data: presentAdministration(row) };
    });
  });

  app.post('/medicine-administrations/:administrationId/effect', { schema: { params: AdministrationParams, body: EffectBody, response: { 200: AdministrationResponse }, tags } }, (req) =>
    gatedRoute(
      req,
      async (tx, ctx) => {
        const row = await findAdministration(tx, ctx.actor.municipalityId, { id: req.params.administrationId });
        if (!row) throw notFound('Registreringen');
        const citizen = await requireCitizen(tx, ctx, row.citizen_id, 'administerMedicine', 'Registreringen');
        return { row, citizen, entityId: row.id };
      },
      audit('update'),
      async (tx, ctx, { row }, audited) => {
        if (row.scheduled_for !== null) throw badRequest('Ugyldige oplysninger.', { effect: 'Effekt registreres her kun for PN-medicin.' });
        if (row.effect !== null || (await recordEffect(tx, ctx, row.id, req.body.effect)) === 'taken') {
          const now = (await findAdministration(tx, ctx.actor.municipalityId, { id: row.id }))!;
          throw conflict(`Effekten er allerede registreret af ${now.effect_by_name}.`, presentAdministration(now));
        }
        audited.detail = { effect: true };
        return { data: presentAdministration((await findAdministration(tx, ctx.actor.municipalityId, { id: row.id }))!) };
      },
    ),
  );
};
