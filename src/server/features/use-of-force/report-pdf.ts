import { can } from '../../access/index.js';
import { cprField, revealedCpr } from '../../access/fields.js';
import type { ExportDefinition } from '../../exports/index.js';
import { PDF } from '../../exports/pdf.js';
import { maskCprsIn } from '../../../domain/cpr.js';
import { todayInCopenhagen } from '../../../domain/dates.js';
import { renderReportPdf, type ReportPdfInput } from './pdf.js';
import { loadReport } from './read.js';
import { requireReport } from './guard.js';

/**
 * A report as a PDF (to send with the forwarding, or print), through the audited export service:
 * for whoever may read the report. The CPR number in full only for those who may reveal it.
 */
export const reportPdf: ExportDefinition<{ reportId: string }, ReportPdfInput> = {
  entity: 'use_of_force_pdf',
  read: async (tx, ctx, { reportId }) => {
    const today = todayInCopenhagen();
    const { report: row, citizen } = await requireReport(tx, ctx, reportId, today);
    const [{ cpr }] = await tx.query<{ cpr: string }>('SELECT cpr FROM citizens WHERE municipality_id = $1 AND id = $2', [citizen.municipalityId, citizen.id]);
    const shown = can(ctx.actor, 'revealCpr', 'citizen', citizen);
    const report = await loadReport(tx, ctx, row, today);
    const text = (s: string) => (shown ? s : maskCprsIn(s));
    const masked = {
      ...report,
      answers: report.answers.map((a) => ({ ...a, value: typeof a.value === 'string' ? text(a.value) : a.value })),
      leaderStatement: report.leaderStatement === null ? null : text(report.leaderStatement),
    };
    const data = { report: masked, cprMasked: shown ? revealedCpr(ctx.actor, citizen, cpr) : cprField(cpr).cprMasked, printedBy: ctx.actor.displayName, printedAt: new Date().toISOString() };
    return { data, entityId: row.report_id, citizenIds: [citizen.id] };
  },
  render: async (data) => ({ fileName: `magtanvendelse-${data.report.occurredAt.slice(0, 10)}.pdf`, contentType: PDF, body: await renderReportPdf(data) }),
};
