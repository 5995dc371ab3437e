import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { abilities, revealedCpr } from '../../access/index.js';
import { audit } from '../../audit/index.js';
import { withTenant, type RequestCtx } from '../../context.js';
import type { Queryable } from '../../db/index.js';
import { maskCpr, maskCprsIn } from '../../../domain/cpr.js';
import { CitizenListQuery, CitizenParams, CprSearchBody } from './schema.js';
import { requireOwnUnitFilter } from './guard.js';
import { citizenRoute } from '../../citizen-route.js';
import { getCitizenDetail, getCpr, listCitizensForActor, type CitizenListRow } from './queries.js';
import { presentCitizen, presentCitizenListItem } from './presenter.js';
import { todayInCopenhagen } from '../../../domain/dates.js';
import { citizenWriteRoutes } from './write.routes.js';
import { relativeRoutes } from './relatives.routes.js';
import { citizenExportRoutes } from './export.routes.js';

/**
 * A citizen list's answer: presented row by row (each row's journal excerpt only where the policy
 * lets the actor read that citizen's journal) and audited, naming every citizen listed and how many
 * came with an excerpt of their journal.
 */
async function answerList(tx: Queryable, ctx: RequestCtx, rows: CitizenListRow[], action: 'read' | 'search', detail: Record<string, unknown>) {
  const today = todayInCopenhagen();
  const data = rows.map((r) => presentCitizenListItem(r, ctx.actor, today));
  const journalExcerpts = data.filter((c) => c.latestNote).length;
  await audit(tx, ctx, { action, entity: 'citizen_list', citizenIds: rows.map((r) => r.id), detail: { ...detail, journalExcerpts } });
  return { data };
}

export const citizenRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(citizenWriteRoutes);
  await app.register(relativeRoutes);
  await app.register(citizenExportRoutes);

  app.get('/citizens', { schema: { querystring: CitizenListQuery, tags: ['citizens'] } }, (req) =>
    withTenant(req, async (tx, ctx) => {
      const { q, unitId } = req.query;
      requireOwnUnitFilter(ctx, unitId);
      const rows = await listCitizensForActor(tx, ctx, req.query);
      // An absent q or unitId is left out of the JSON; a CPR begun in q is masked (a whole one is refused by the schema).
      return answerList(tx, ctx, rows, q ? 'search' : 'read', { q: q && maskCprsIn(q), unitId });
    }),
  );

  // Search by CPR is a POST so the number never travels in a URL or a request log.
  app.post('/citizens/search', { schema: { body: CprSearchBody, tags: ['citizens'] } }, (req) =>
    withTenant(req, async (tx, ctx) => {
      const rows = await listCitizensForActor(tx, ctx, { cpr: req.body.cpr, limit: 10 });
      return answerList(tx, ctx, rows, 'search', { cpr: maskCpr(req.body.cpr) });
    }),
  );

  app.get('/citizens/:citizenId', { schema: { params: CitizenParams, tags: ['citizens'] } }, (req) =>
    citizenRoute(req, { action: 'read', audit: { action: 'read', entity: 'citizen' } }, async (tx, ctx, citizen) => ({
      data: presentCitizen((await getCitizenDetail(tx, citizen))!, abilities(ctx.actor, 'citizen', citizen)),
    })),
  );

  app.post('/citizens/:citizenId/cpr', { schema: { params: CitizenParams, tags: ['citizens'] } }, (req) =>
    citizenRoute(req, { action: 'revealCpr', audit: { action: 'reveal_cpr', entity: 'citizen' } }, async (tx, ctx, citizen) => ({
      cpr: revealedCpr(ctx.actor, citizen, await getCpr(tx, citizen)),
    })),
  );
};
