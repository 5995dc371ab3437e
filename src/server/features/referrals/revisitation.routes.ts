import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditedRoute, citizenRoute } from '../../citizen-route.js';
import { notFound } from '../../errors.js';
import { CitizenParams } from '../../../contracts/citizens.js';
import { RevisitationReportBody, RevisitationReportList, RevisitationReportResponse } from '../../../contracts/referrals.js';
import { presentReport } from './presenter.js';
import { insertRevisitationReport, openReportsForCaseWorker, openReportsOfCitizen } from './queries.js';

const tags = ['referrals'];

/**
 * Re-visitation: staff and leaders where the citizen lives report that the citizen's needs have
 * changed; the case worker sees the open reports among their citizens and answers each with a new
 * referral linked to the old (POST /citizens/:citizenId/referrals with `revisitationReportId`).
 */
export const revisitationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post('/citizens/:citizenId/revisitation-reports', {
    schema: { summary: "Report that a resident's needs have changed", description: 'By staff and leaders of a unit where the citizen lives (`reportRevisitation`, own roles); names the unit, the referral the citizen came on, and the case workers assigned to the citizen, who see it in their list (none: no one is told until one is assigned).', params: CitizenParams, body: RevisitationReportBody, response: { 201: RevisitationReportResponse }, tags },
  }, (req, reply) => {
    reply.status(201);
    return citizenRoute(req, { action: 'reportRevisitation', audit: { action: 'create', entity: 'revisitation_report' } }, async (tx, ctx, citizen, note) => {
      const unitId = citizen.unitIds.find((u) => ctx.actor.ownCareUnitIds.includes(u));
      if (!unitId) throw notFound('Borgeren');
      const report = await insertRevisitationReport(tx, ctx, citizen, unitId, req.body.whatChanged);
      note.entityId = report.id;
      return { data: presentReport(report) };
    });
  });

  app.get('/citizens/:citizenId/revisitation-reports', {
    schema: { summary: "The citizen's open re-visitation reports", description: 'For those who may report (`reportRevisitation`: staff and leaders where the citizen lives), so the record shows a report already sent; reports not yet answered by a referral, newest first. Audited as a `read` of `revisitation_report_list`.', params: CitizenParams, response: { 200: RevisitationReportList }, tags },
  }, (req) =>
    citizenRoute(req, { action: 'reportRevisitation', audit: { action: 'read', entity: 'revisitation_report_list' } }, async (tx, _ctx, citizen) => ({
      data: (await openReportsOfCitizen(tx, citizen)).map(presentReport),
    })),
  );

  app.get('/revisitation-reports', {
    schema: { summary: 'Open re-visitation reports among the case worker’s citizens', description: 'Reports not yet answered by a referral, of citizens assigned to the actor; oldest first. Audited naming every citizen listed.', response: { 200: RevisitationReportList }, tags },
  }, (req) =>
    auditedRoute(req, { action: 'read', entity: 'revisitation_report_list', onlyWhenNamed: true }, async (tx, ctx, note) => {
      const rows = ctx.actor.roles.some((r) => r.role === 'case_worker') ? await openReportsForCaseWorker(tx, ctx) : [];
      note.citizenIds = rows.map((r) => r.citizen_id);
      return { data: rows.map(presentReport) };
    }),
  );
};
