import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { abilities, authorize, can } from '../../access/index.js';
import { coverableFacilityPaths, coverOverseerPaths, type CoverFacts } from './access.js';
import { auditedRoute } from '../../citizen-route.js';
import { withTenant } from '../../context.js';
import { AppError, badRequest, forbidden, notFound } from '../../errors.js';
import { CoverableUnitList, CoverList, CoverParams, CoverResponse, CoverSettingsResponse, StartCoverBody } from '../../../contracts/covers.js';
import { getOrgUnit } from '../organisation/queries.js';
import { coverSettings, endCover, getCover, insertCover, listCovers, listUnitsOfFacilities, runningCoverOf, type CoverRow } from './queries.js';
import { presentCover, presentCoverableUnit } from './presenter.js';

const coverFacts = (row: CoverRow, municipalityId: string): CoverFacts => ({ municipalityId, userId: row.user_id, unitPath: row.unit_path });

/**
 * Cover (vagtdækning): staff covering another unit of their facility for a shift start it here and
 * get that unit's staff access until it ends; the session reads running covers on every request.
 */
export const coverRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/unit-covers', { schema: { response: { 200: CoverList }, tags: ['covers'] } }, (req) =>
    withTenant(req, async (tx, ctx) => {
      const rows = await listCovers(tx, ctx, coverOverseerPaths(ctx.actor));
      return { data: rows.map((r) => presentCover(r, abilities(ctx.actor, 'unit_cover', coverFacts(r, ctx.actor.municipalityId)))) };
    }),
  );

  app.get('/unit-covers/units', { schema: { response: { 200: CoverableUnitList }, tags: ['covers'] } }, (req) =>
    withTenant(req, async (tx, ctx) => {
      const rows = await listUnitsOfFacilities(tx, ctx, coverableFacilityPaths(ctx.actor));
      const covering = new Set(ctx.actor.covers.map((c) => c.unitId));
      const coverable = rows.filter(
        (u) => !covering.has(u.id) && can(ctx.actor, 'cover', 'unit', { municipalityId: ctx.actor.municipalityId, path: u.path }),
      );
      return { data: coverable.map(presentCoverableUnit) };
    }),
  );

  app.get('/unit-covers/settings', { schema: { response: { 200: CoverSettingsResponse }, tags: ['covers'] } }, (req) =>
    withTenant(req, async (tx, ctx) => ({ data: await coverSettings(tx, ctx) })),
  );

  app.post('/unit-covers', { schema: { body: StartCoverBody, response: { 201: CoverResponse }, tags: ['covers'] } }, (req, reply) =>
    auditedRoute(req, { action: 'create', entity: 'unit_cover' }, async (tx, ctx, audited) => {
      const unit = await getOrgUnit(tx, ctx, req.body.unitId);
      if (unit?.kind !== 'unit') throw notFound('Enheden');
      authorize(ctx.actor, 'cover', 'unit', { municipalityId: ctx.actor.municipalityId, path: unit.path });
      if (!unit.active) throw forbidden('Enheden er deaktiveret.');
      const { maxHours } = await coverSettings(tx, ctx);
      if (req.body.hours > maxHours) {
        throw badRequest(`En vagtdækning kan højst vare ${maxHours} timer i kommunen.`, { hours: `Højst ${maxHours} timer.` });
      }
      if (await runningCoverOf(tx, ctx, unit.id)) throw new AppError(409, 'already_covering', 'Du dækker allerede denne enhed.');
      const id = await insertCover(tx, ctx, req.body);
      Object.assign(audited, { entityId: id, detail: { unitId: unit.id, hours: req.body.hours } });
      const row = (await getCover(tx, ctx, id))!;
      reply.code(201);
      return { data: presentCover(row, abilities(ctx.actor, 'unit_cover', coverFacts(row, ctx.actor.municipalityId))) };
    }),
  );

  app.post('/unit-covers/:coverId/end', { schema: { params: CoverParams, response: { 200: CoverResponse }, tags: ['covers'] } }, (req) =>
    auditedRoute(req, { action: 'update', entity: 'unit_cover' }, async (tx, ctx, audited) => {
      const found = await getCover(tx, ctx, req.params.coverId);
      const facts = found && coverFacts(found, ctx.actor.municipalityId);
      // Someone else's cover outside the units one leads is not there to see.
      if (!found || !can(ctx.actor, 'end', 'unit_cover', facts)) throw notFound('Dækningen');
      if (!(await endCover(tx, ctx, found.id))) throw new AppError(409, 'already_ended', 'Dækningen er allerede afsluttet.');
      Object.assign(audited, { entityId: found.id, detail: { ended: true } });
      const row = (await getCover(tx, ctx, found.id))!;
      return { data: presentCover(row, abilities(ctx.actor, 'unit_cover', facts!)) };
    }),
  );
};
