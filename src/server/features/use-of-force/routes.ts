import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authorize, can } from '../../access/index.js';
import { auditedRoute, citizenRoute, gatedRoute } from '../../citizen-route.js';
import { withTenant } from '../../context.js';
import { AppError, conflict } from '../../errors.js';
import { sendExport } from '../../exports/index.js';
import { PDF } from '../../exports/pdf.js';
import { fileResponse } from '../../../contracts/common.js';
import { CitizenParams } from '../../../contracts/citizens.js';
import {
  CitizenUseOfForce, FormList, ForwardBody, LeaderReports, LeaderReportsQuery, RegisterReportBody, RelativesInformedBody, ReportParams, ReportResponse,
} from '../../../contracts/use-of-force.js';
import { todayInCopenhagen } from '../../../domain/dates.js';
import { registerReport } from './commands.js';
import { mayRead, reportFacts, requireReport } from './guard.js';
import {
  citizenFactsOf, currentForms, deadlineRules, forwardReport, getReport, insertRelativesInformed, listCitizenDecisions, listCitizenReports, listMeasures,
  listUnitReports, measureMap, missingCombinedReports,
} from './queries.js';
import { presentDecision, presentForm, presentSummary } from './presenter.js';
import { loadReport } from './read.js';
import { reportPdf } from './report-pdf.js';
import { ruleOf } from './commands.js';
import { dueDate } from './deadlines.js';

const tags = ['use-of-force'];
const gate = (reportId: string) => (tx: Parameters<typeof requireReport>[0], ctx: Parameters<typeof requireReport>[1]) => requireReport(tx, ctx, reportId, todayInCopenhagen());

/**
 * Use of force (magtanvendelse): the forms' current versions, a citizen's reports and decisions,
 * registering a report, reading one, the leader's statement and forwarding, relatives informed, the
 * report as a PDF (audited export) and the leaders' list with overdue reports.
 */
export const useOfForceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/use-of-force/forms', {
    schema: { summary: 'The use-of-force forms in force today', description: 'Each official form’s current version (data: title, fields and which are required, the measures reported on it). Reference data; not audited.', response: { 200: FormList }, tags },
  }, (req) =>
    withTenant(req, async (tx) => {
      const [forms, measures] = [await currentForms(tx, todayInCopenhagen()), await listMeasures(tx)];
      return { data: forms.map((f) => presentForm(f, measures)) };
    }),
  );

  app.get('/citizens/:citizenId/use-of-force', {
    schema: { summary: "The citizen's use-of-force reports and pre-approved decisions", description: 'Reports the actor may read (their own; all for the leaders over the unit; forwarded ones for the assigned case worker) and the decisions with their uses. `readUseOfForce`; audited as a read of `use_of_force`.', params: CitizenParams, response: { 200: CitizenUseOfForce }, tags },
  }, (req) =>
    citizenRoute(req, { action: 'readUseOfForce', audit: { action: 'read', entity: 'use_of_force' } }, async (tx, ctx, citizen) => {
      const today = todayInCopenhagen();
      const reports = (await listCitizenReports(tx, ctx, citizen, today)).filter((r) => mayRead(ctx, r));
      const [decisions, measures, rules] = [await listCitizenDecisions(tx, citizen), await measureMap(tx), await deadlineRules(tx, citizen.municipalityId)];
      const combined = rules.find((r) => r.rule === 'combined_report')!;
      return {
        data: {
          reports: reports.map((r) => presentSummary(r, today)),
          decisions: decisions.map((d) => presentDecision(d, measures, combined, today)),
          abilities: {
            register: can(ctx.actor, 'registerUseOfForce', 'citizen', citizen),
            manageDecisions: can(ctx.actor, 'manageForceDecisions', 'citizen', citizen),
            registerUse: can(ctx.actor, 'registerForceUse', 'citizen', citizen),
          },
        },
      };
    }),
  );

  app.post('/citizens/:citizenId/use-of-force/reports', {
    schema: { summary: 'Register a use-of-force report', description: 'On the form’s current version: its required fields (data) filled, the measures the form’s, the time not in the future (400 with field messages). Skema 2 names an expired decision. For those with the citizen in care (`registerUseOfForce`, night cover included).', params: CitizenParams, body: RegisterReportBody, response: { 201: ReportResponse }, tags },
  }, (req, reply) => {
    reply.status(201);
    return citizenRoute(req, { action: 'registerUseOfForce', audit: { action: 'create', entity: 'use_of_force_report' } }, async (tx, ctx, citizen, note) => {
      const today = todayInCopenhagen();
      const id = await registerReport(tx, ctx, citizen, req.body, today);
      Object.assign(note, { entityId: id, detail: { form: req.body.formCode } });
      return { data: await loadReport(tx, ctx, (await getReport(tx, ctx, id, today))!, today) };
    });
  });

  app.get('/use-of-force/reports/:reportId', {
    schema: { summary: 'One use-of-force report', description: 'For its reporter, the leaders over its unit and, once forwarded, the assigned case worker; 404 otherwise. Audited as a read.', params: ReportParams, response: { 200: ReportResponse }, tags },
  }, (req) =>
    gatedRoute(req, gate(req.params.reportId), { action: 'read', entity: 'use_of_force_report' }, async (tx, ctx, { report }) => ({
      data: await loadReport(tx, ctx, report, todayInCopenhagen()),
    })),
  );

  app.post('/use-of-force/reports/:reportId/forward', {
    schema: { summary: "The leader's statement, forwarded", description: 'A unit or facility leader over the report’s unit adds the statement and forwards the report to the acting municipality and the socialtilsyn (recorded: when, by whom, to whom). 409 when already forwarded or on a stale version.', params: ReportParams, body: ForwardBody, response: { 200: ReportResponse }, tags },
  }, (req) =>
    gatedRoute(req, gate(req.params.reportId), { action: 'update', entity: 'use_of_force_report' }, async (tx, ctx, { report }, note) => {
      const today = todayInCopenhagen();
      authorize(ctx.actor, 'forward', 'use_of_force_report', reportFacts(report));
      if (report.forwarded_at) throw conflict('Indberetningen er allerede videresendt.', await loadReport(tx, ctx, report, today));
      if (report.version !== req.body.version) throw conflict('Indberetningen er ændret af en anden. Se den nye og prøv igen.', await loadReport(tx, ctx, report, today));
      if ((await forwardReport(tx, ctx, report, req.body.statement, req.body.version)) === 'stale') {
        throw new AppError(409, 'conflict', 'Indberetningen er ændret af en anden. Prøv igen.');
      }
      note.detail = { forwarded: true };
      return { data: await loadReport(tx, ctx, (await getReport(tx, ctx, report.report_id, today))!, today) };
    }),
  );

  app.post('/use-of-force/reports/:reportId/relatives', {
    schema: { summary: 'Relatives informed of a report', description: 'When, whom and how relatives (guardian, fremtidsfuldmægtig) were informed; by a leader over the report’s unit.', params: ReportParams, body: RelativesInformedBody, response: { 201: ReportResponse }, tags },
  }, (req, reply) => {
    reply.status(201);
    return gatedRoute(req, gate(req.params.reportId), { action: 'update', entity: 'use_of_force_report' }, async (tx, ctx, { report }, note) => {
      authorize(ctx.actor, 'informRelatives', 'use_of_force_report', reportFacts(report));
      const today = todayInCopenhagen();
      if (req.body.informedOn > today) throw new AppError(400, 'invalid_input', 'Ugyldige oplysninger.', { informedOn: 'Datoen kan ikke ligge i fremtiden.' });
      await insertRelativesInformed(tx, ctx, report.report_id, req.body);
      note.detail = { relativesInformed: true };
      return { data: await loadReport(tx, ctx, report, today) };
    });
  });

  app.get('/use-of-force/reports/:reportId/report.pdf', {
    schema: { summary: 'A use-of-force report as a PDF', description: 'For whoever may read the report; through the export service, audited as an `export` of `use_of_force_pdf`.', params: ReportParams, response: { 200: fileResponse(PDF, 'The report (magtanvendelse-<date>.pdf).') }, tags },
  }, (req, reply) => sendExport(req, reply, reportPdf, { reportId: req.params.reportId }));

  app.get('/use-of-force/reports', {
    schema: { summary: "The leaders' use-of-force reports", description: 'Reports from the units the actor leads, not forwarded first; `overdue=true`: only those the deadline job flagged (Forsinkede indberetninger). With the expired decisions still missing their Skema 2. Audited naming every citizen listed.', querystring: LeaderReportsQuery, response: { 200: LeaderReports }, tags },
  }, (req) =>
    auditedRoute(req, { action: 'read', entity: 'use_of_force_list', onlyWhenNamed: true }, async (tx, ctx, note) => {
      const today = todayInCopenhagen();
      const reports = (await listUnitReports(tx, ctx, today, req.query.overdue === 'true')).filter((r) => mayRead(ctx, r));
      const rule = ruleOf(await deadlineRules(tx, ctx.actor.municipalityId), 'combined_report');
      const missing = (await missingCombinedReports(tx, ctx, today)).filter((d) => can(ctx.actor, 'manageForceDecisions', 'citizen', citizenFactsOf(d)));
      note.citizenIds = [...reports.map((r) => r.id), ...missing.map((d) => d.id)];
      return {
        data: {
          reports: reports.map((r) => presentSummary(r, today)),
          combinedMissing: missing.map((d) => ({
            decisionId: d.decision_id, citizen: { id: d.id, name: `${d.first_name} ${d.last_name}` }, measure: d.measure_name, validTo: d.valid_to, uses: d.uses,
            due: dueDate(d.valid_to, rule), overdue: d.combined_overdue_at !== null,
          })),
        },
      };
    }),
  );
};
