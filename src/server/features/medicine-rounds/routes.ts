import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { can, type Actor } from '../../access/index.js';
import { auditedRoute } from '../../citizen-route.js';
import { withTenant, type RequestCtx } from '../../context.js';
import type { Queryable } from '../../db/index.js';
import { forbidden, notFound } from '../../errors.js';
import { MedicineRound, PnUse, RoundFlags, RoundQuery, RoundUnitParams, RoundUnits } from '../../../contracts/medicine-rounds.js';
import { todayInCopenhagen } from '../../../domain/dates.js';
import { daysBefore, mondayOf } from '../../../domain/medication/clock.js';
import { getOrgUnit } from '../organisation/queries.js';
import { ledRoundUnitIds, roundUnitIds } from './access.js';
import { buildFlags, buildRound, slotAt } from './round.js';
import { pnGivenSince, roundCitizens, settingsFor } from './queries.js';
import { registrationRoutes } from './registration.routes.js';

const tags = ['medicine-rounds'];

/** The unit's name and id, if the actor runs its round: 404 where they do not work, 403 where they do but do not treat (a leader above). */
async function roundUnit(tx: Queryable, ctx: RequestCtx, unitId: string) {
  const unit = await getOrgUnit(tx, ctx, unitId);
  const facts = { municipalityId: ctx.actor.municipalityId, unitId };
  if (unit?.kind !== 'unit' || !(ctx.actor.careUnitIds.includes(unitId) || ctx.actor.leaderUnitIds.includes(unitId))) throw notFound('Afdelingen');
  if (!can(ctx.actor, 'run', 'medicine_round', facts)) throw forbidden('Kun de, der behandler afdelingens borgere nu, kører medicinrunden.');
  return { id: unit.id, name: unit.name };
}

async function unitNames(tx: Queryable, actor: Actor, ids: string[]) {
  if (!ids.length) return [];
  return tx.query<{ id: string; name: string }>('SELECT id, name FROM org_units WHERE municipality_id = $1 AND id = ANY($2::uuid[]) ORDER BY name, id', [actor.municipalityId, ids]);
}

const PnUseQuery = z.strictObject({ weeks: z.coerce.number('Skriv et antal uger.').int('Skriv et helt antal uger.').min(1, 'Mindst 1 uge.').max(52, 'Højst 52 uger.').default(12) });

/**
 * The medicine round (GET per unit and slot, auditedRoute naming every citizen listed), the units
 * one may run it for, a leader's late and missed doses, PN use per week; registrations beside them.
 */
export const medicineRoundRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/medicine-rounds', { schema: { response: { 200: RoundUnits }, tags } }, (req) =>
    withTenant(req, async (tx, ctx) => ({
      data: { units: await unitNames(tx, ctx.actor, roundUnitIds(ctx.actor)), leads: await unitNames(tx, ctx.actor, ledRoundUnitIds(ctx.actor)) },
    })),
  );

  app.get('/medicine-rounds/:unitId', { schema: { params: RoundUnitParams, querystring: RoundQuery, response: { 200: MedicineRound }, tags } }, (req) =>
    auditedRoute(req, { action: 'read', entity: 'medicine_round' }, async (tx, ctx, audited) => {
      const unit = await roundUnit(tx, ctx, req.params.unitId);
      const now = new Date();
      const round = await buildRound(tx, ctx, unit, req.query.date ?? todayInCopenhagen(now), req.query.slot ?? slotAt(now), now);
      audited.entityId = unit.id;
      audited.citizenIds = round.citizens.map((c) => c.citizen.id);
      audited.detail = { date: round.date, slot: round.slot };
      return { data: round };
    }),
  );

  app.get('/medicine-rounds/:unitId/pn-use', { schema: { params: RoundUnitParams, querystring: PnUseQuery, response: { 200: PnUse }, tags } }, (req) =>
    auditedRoute(req, { action: 'read', entity: 'pn_use' }, async (tx, ctx, audited) => {
      const unit = await roundUnit(tx, ctx, req.params.unitId);
      const today = todayInCopenhagen();
      const weeks = Array.from({ length: req.query.weeks }, (_, i) => daysBefore(mondayOf(today), 7 * (req.query.weeks - 1 - i)));
      const citizens = await roundCitizens(tx, ctx, [unit.id], today);
      const settings = await settingsFor(tx, ctx, unit.id);
      const given = await pnGivenSince(tx, ctx, citizens.map((c) => c.id), new Date(`${weeks[0]}T00:00:00Z`));
      const reviewSince = Date.now() - settings.pn_review_days * 86_400_000;
      const rows = citizens.map((c) => {
        const own = given.filter((g) => g.citizen_id === c.id);
        const counts = weeks.map((w) => own.filter((g) => mondayOf(todayInCopenhagen(new Date(g.given_at))) === w).length);
        const recent = own.filter((g) => new Date(g.given_at).getTime() >= reviewSince).length;
        return { citizen: { id: c.id, name: `${c.first_name} ${c.last_name}` }, counts, reviewDue: recent >= settings.pn_review_doses };
      });
      audited.entityId = unit.id;
      audited.citizenIds = citizens.map((c) => c.id);
      return { data: { weeks, rows } };
    }),
  );

  app.get('/medicine-round-flags', { schema: { response: { 200: RoundFlags }, tags } }, (req) =>
    auditedRoute(req, { action: 'read', entity: 'medicine_round_flags' }, async (tx, ctx, audited) => {
      const units = await unitNames(tx, ctx.actor, ledRoundUnitIds(ctx.actor));
      if (!units.length) throw forbidden('Listen er for lederen af en afdeling.');
      const { data, citizenIds } = await buildFlags(tx, ctx, units);
      audited.citizenIds = citizenIds;
      return { data };
    }),
  );

  await app.register(registrationRoutes);
};
