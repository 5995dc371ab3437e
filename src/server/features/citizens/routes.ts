import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { abilities } from '../../access/index.js';
import { audit } from '../../audit/index.js';
import { withTenant } from '../../context.js';
import { badRequest } from '../../errors.js';
import { maskCpr, formatCpr } from '../../../domain/cpr.js';
import { CitizenListQuery, CitizenParams, CprSearchBody } from './schema.js';
import { requireCitizen } from './guard.js';
import { getCitizenDetail, getCpr, listCitizensForActor } from './queries.js';
import { presentCitizen, presentCitizenListItem } from './presenter.js';
import { todayInCopenhagen } from '../../../domain/dates.js';
import { citizenWriteRoutes } from './write.routes.js';
import { relativeRoutes } from './relatives.routes.js';

export const citizenRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(citizenWriteRoutes);
  await app.register(relativeRoutes);

  app.get('/citizens', { schema: { querystring: CitizenListQuery, tags: ['citizens'] } }, (req) =>
    withTenant(req, async (tx, ctx) => {
      const { q, unitId } = req.query;
      // Only narrows: a unit outside the caller's own never widens what they may list.
      if (unitId && !ctx.actor.careUnitIds.includes(unitId)) {
        throw badRequest('Du kan kun vise borgerne på dine egne afdelinger.', { unitId: 'Du arbejder ikke på denne afdeling, eller din dækning af den er slut.' });
      }
      const rows = await listCitizensForActor(tx, ctx, req.query);
      await audit(tx, ctx, {
        action: q ? 'search' : 'read',
        entity: 'citizen_list',
        citizenIds: rows.map((r) => r.id),
        detail: q || unitId ? { q, unitId } : undefined, // an absent one is left out of the JSON
      });
      const today = todayInCopenhagen();
      return { data: rows.map((r) => presentCitizenListItem(r, today)) };
    }),
  );

  // Search by CPR is a POST so the number never travels in a URL or a request log.
  app.post('/citizens/search', { schema: { body: CprSearchBody, tags: ['citizens'] } }, (req) =>
    withTenant(req, async (tx, ctx) => {
      const rows = await listCitizensForActor(tx, ctx, { cpr: req.body.cpr, limit: 10 });
      await audit(tx, ctx, { action: 'search', entity: 'citizen_list', citizenIds: rows.map((r) => r.id), detail: { cpr: maskCpr(req.body.cpr) } });
      const today = todayInCopenhagen();
      return { data: rows.map((r) => presentCitizenListItem(r, today)) };
    }),
  );

  app.get('/citizens/:citizenId', { schema: { params: CitizenParams, tags: ['citizens'] } }, (req) =>
    withTenant(req, async (tx, ctx) => {
      const facts = await requireCitizen(tx, ctx, req.params.citizenId, 'read');
      const row = await getCitizenDetail(tx, facts.id);
      await audit(tx, ctx, { action: 'read', entity: 'citizen', entityId: facts.id, citizenIds: [facts.id] });
      return { data: presentCitizen(row!, abilities(ctx.actor, 'citizen', facts)) };
    }),
  );

  app.post('/citizens/:citizenId/cpr', { schema: { params: CitizenParams, tags: ['citizens'] } }, (req) =>
    withTenant(req, async (tx, ctx) => {
      const facts = await requireCitizen(tx, ctx, req.params.citizenId, 'revealCpr');
      const cpr = await getCpr(tx, facts.id);
      await audit(tx, ctx, { action: 'reveal_cpr', entity: 'citizen', entityId: facts.id, citizenIds: [facts.id] });
      return { cpr: formatCpr(cpr) };
    }),
  );
};
