import type { Queryable } from '../../db/index.js';
import type { RequestCtx } from '../../context.js';
import { requireCitizen, type VisibleCitizen } from '../../access/gate.js';
import { can } from '../../access/index.js';
import { notFound } from '../../errors.js';
import type { ReportFacts } from './access.js';
import { citizenFactsOf, getReport, type ReportRow } from './queries.js';

export const reportFacts = (r: ReportRow): ReportFacts => ({
  municipalityId: r.municipality_id,
  reportedBy: r.reported_by,
  unitId: r.unit_id,
  forwarded: r.forwarded_at !== null,
  citizen: citizenFactsOf(r),
});

/** May the actor read this report (its citizen in sight, and the report's own rule)? */
export const mayRead = (ctx: RequestCtx, r: ReportRow) => can(ctx.actor, 'read', 'citizen', citizenFactsOf(r)) && can(ctx.actor, 'read', 'use_of_force_report', reportFacts(r));

/**
 * A report the actor may read, through the citizen gate: 404 when the report, its citizen or the
 * report itself is out of the actor's reach (a colleague's report is not there to see).
 */
export async function requireReport(tx: Queryable, ctx: RequestCtx, reportId: string, today: string): Promise<{ report: ReportRow; citizen: VisibleCitizen; entityId: string }> {
  const report = await getReport(tx, ctx, reportId, today);
  if (!report) throw notFound('Indberetningen');
  const citizen = await requireCitizen(tx, ctx, report.id, 'readUseOfForce', 'Indberetningen');
  if (!can(ctx.actor, 'read', 'use_of_force_report', reportFacts(report))) throw notFound('Indberetningen');
  return { report, citizen, entityId: report.report_id };
}
