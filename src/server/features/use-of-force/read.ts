import type { Queryable } from '../../db/index.js';
import type { RequestCtx } from '../../context.js';
import { can } from '../../access/index.js';
import type { Report } from '../../../contracts/use-of-force.js';
import { reportFacts } from './guard.js';
import { formVersion, measureMap, relativesInformed, type ReportRow } from './queries.js';
import { presentReport } from './presenter.js';

/** A report the actor may read, as the API sends it: its version's fields, measures, relatives informed and the actor's abilities. */
export async function loadReport(tx: Queryable, ctx: RequestCtx, row: ReportRow, today: string): Promise<Report> {
  const form = (await formVersion(tx, row.form_code, row.form_version))!;
  const facts = reportFacts(row);
  return presentReport(row, form, await measureMap(tx), await relativesInformed(tx, row.municipality_id, [row.report_id]), {
    forward: can(ctx.actor, 'forward', 'use_of_force_report', facts),
    informRelatives: can(ctx.actor, 'informRelatives', 'use_of_force_report', facts),
  }, today);
}
