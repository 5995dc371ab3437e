import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { abilities, revealedCpr } from '../../access/index.js';
import type { RequestCtx } from '../../context.js';
import { maskCpr, maskCprsIn } from '../../../domain/cpr.js';
import { CitizenList, CitizenListQuery, CitizenParams, CitizenResponse, CprSearchBody, RevealedCpr } from '../../../contracts/citizens.js';
import { requireOwnUnitFilter } from './guard.js';
import { auditedRoute, citizenRoute, type ListAuditNote } from '../../citizen-route.js';
import { getCitizenDetail, getCpr, listCitizensForActor, type CitizenListRow } from './queries.js';
import { presentCitizen, presentCitizenListItem } from './presenter.js';
import { todayInCopenhagen } from '../../../domain/dates.js';
import { citizenWriteRoutes } from './write.routes.js';
import { relativeRoutes } from './relatives.routes.js';
import { citizenExportRoutes } from './export.routes.js';

/**
 * A citizen list's answer: presented row by row (each row's journal excerpt only where the policy
 * lets the actor read that citizen's journal); the kernel's audit row names every citizen listed
 * and how many came with an excerpt of their journal.
 */
function answerList(ctx: RequestCtx, rows: CitizenListRow[], note: ListAuditNote, detail: Record<string, unknown>) {
  const today = todayInCopenhagen();
  const data = rows.map((r) => presentCitizenListItem(r, ctx.actor, today));
  note.citizenIds = rows.map((r) => r.id);
  note.detail = { ...detail, journalExcerpts: data.filter((c) => c.latestNote).length };
  return { data };
}

export const citizenRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(citizenWriteRoutes);
  await app.register(relativeRoutes);
  await app.register(citizenExportRoutes);

  app.get('/citizens', { schema: { querystring: CitizenListQuery, response: { 200: CitizenList }, tags: ['citizens'] } }, (req) => {
    const { q, unitId } = req.query;
    return auditedRoute(req, { action: q ? 'search' : 'read', entity: 'citizen_list' }, async (tx, ctx, note) => {
      requireOwnUnitFilter(ctx, unitId);
      const rows = await listCitizensForActor(tx, ctx, req.query);
      // An absent q or unitId is left out of the JSON; a CPR begun in q is masked (a whole one is refused by the schema).
      return answerList(ctx, rows, note, { q: q && maskCprsIn(q), unitId });
    });
  });

  // Search by CPR is a POST so the number never travels in a URL or a request log.
  app.post('/citizens/search', { schema: { body: CprSearchBody, response: { 200: CitizenList }, tags: ['citizens'] } }, (req) =>
    auditedRoute(req, { action: 'search', entity: 'citizen_list' }, async (tx, ctx, note) => {
      const rows = await listCitizensForActor(tx, ctx, { cpr: req.body.cpr, limit: 10 });
      return answerList(ctx, rows, note, { cpr: maskCpr(req.body.cpr) });
    }),
  );

  app.get('/citizens/:citizenId', { schema: { params: CitizenParams, response: { 200: CitizenResponse }, tags: ['citizens'] } }, (req) =>
    citizenRoute(req, { action: 'read', audit: { action: 'read', entity: 'citizen' } }, async (tx, ctx, citizen) => ({
      data: presentCitizen((await getCitizenDetail(tx, citizen))!, abilities(ctx.actor, 'citizen', citizen)),
    })),
  );

  app.post('/citizens/:citizenId/cpr', { schema: { params: CitizenParams, response: { 200: RevealedCpr }, tags: ['citizens'] } }, (req) =>
    citizenRoute(req, { action: 'revealCpr', audit: { action: 'reveal_cpr', entity: 'citizen' } }, async (tx, ctx, citizen) => ({
      cpr: revealedCpr(ctx.actor, citizen, await getCpr(tx, citizen)),
    })),
  );
};
