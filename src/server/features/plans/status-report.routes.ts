import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { can } from '../../access/policy.js';
import { citizenRoute } from '../../citizen-route.js';
import { AppError, notFound } from '../../errors.js';
import { sendFile } from '../../exports/index.js';
import { isoTimestamp } from '../../present.js';
import { fileResponse } from '../../../contracts/common.js';
import { CitizenParams } from '../../../contracts/citizens.js';
import { StatusReportList, StatusReportParams, type StatusReportItem } from '../../../contracts/exports.js';
import { PDF } from '../../exports/pdf.js';
import { getStatusReportFile, listStatusReports, type StatusReportRow } from './status-report.queries.js';
import './status-report.access.js';

const present = (citizenId: string, r: StatusReportRow): StatusReportItem => ({
  id: r.id,
  status: r.status,
  from: r.from,
  to: r.to,
  madeBy: r.made_by,
  createdAt: isoTimestamp(r.created_at),
  finishedAt: r.finished_at === null ? null : isoTimestamp(r.finished_at),
  error: r.error,
  fileName: r.status === 'done' ? r.file_name : null,
  downloadUrl: r.status === 'done' ? `/api/citizens/${citizenId}/status-reports/${r.id}/file` : null,
});

/**
 * The citizen's status reports (made through POST /api/exports, kind `status_report`): listed and
 * opened by those treating the citizen and the case worker assigned (`readStatusReports`), each
 * list and each download audited naming the citizen.
 */
export const statusReportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/citizens/:citizenId/status-reports', {
    schema: {
      summary: "The citizen's status reports",
      description: 'Finished status reports for every reader (`readStatusReports`: staff and leaders treating the citizen, the assigned case worker), and the actor’s own while under way or failed; newest first. `mayCreate`: the actor may make one (`makeStatusReport`, POST /api/exports with kind `status_report`). Audited as a `read` of `status_report_list`.',
      params: CitizenParams, response: { 200: StatusReportList }, tags: ['plans'],
    },
  }, (req) =>
    citizenRoute(req, { action: 'readStatusReports', audit: { action: 'read', entity: 'status_report_list' } }, async (tx, ctx, citizen) => ({
      data: (await listStatusReports(tx, ctx, citizen)).map((r) => present(citizen.id, r)),
      mayCreate: can(ctx.actor, 'makeStatusReport', 'citizen', citizen),
    })),
  );

  app.get('/citizens/:citizenId/status-reports/:reportId/file', {
    schema: {
      summary: 'One status report as a PDF',
      description: 'The report’s file, for its readers (`readStatusReports`) until it expires (410). Audited as a `read` of `status_report_file`, naming the citizen.',
      params: StatusReportParams, response: { 200: fileResponse(PDF, 'The status report (statusrapport-<from>-<to>.pdf).') }, tags: ['plans'],
    },
  }, async (req, reply) => {
    const file = await citizenRoute(req, { action: 'readStatusReports', audit: { action: 'read', entity: 'status_report_file' } }, async (tx, ctx, citizen, note) => {
      const found = await getStatusReportFile(tx, ctx, citizen, req.params.reportId);
      if (!found) throw notFound('Statusrapporten');
      if (found.expired) throw new AppError(410, 'expired', 'Statusrapporten er udløbet og slettet.');
      if (!found.file) throw new AppError(409, 'not_ready', 'Statusrapporten er ikke klar.');
      note.entityId = req.params.reportId;
      return found.file;
    });
    return sendFile(reply, file);
  });
};
