import type { Db, Queryable } from '../../db/index.js';
import type { JobDefinition } from '../../jobs/index.js';
import { todayInCopenhagen } from '../../../domain/dates.js';
import { dueDate } from './deadlines.js';

/**
 * Flags what is past its deadline on `today` (Copenhagen): reports not forwarded after their last
 * day, and expired decisions without their combined report (Skema 2) after theirs (the
 * municipality's rule, counted from the decision's last day). Once flagged, a report stays flagged
 * (the leaders' "Forsinkede indberetninger" until forwarded). Runs as the owner, across municipalities.
 */
export async function flagOverdue(db: Queryable, today: string): Promise<{ reports: number; decisions: number }> {
  const reports = await db.query(
    `UPDATE use_of_force_reports SET overdue_at = now() WHERE overdue_at IS NULL AND forwarded_at IS NULL AND forward_due < $1::date RETURNING id`,
    [today],
  );
  // The combined report's last day by each municipality's rule, counted as the reports' deadlines are.
  const candidates = await db.query<{ id: string; municipality_id: string; valid_to: string; days: number; day_kind: 'calendar' | 'weekdays' }>(
    `SELECT d.id, d.municipality_id, d.valid_to::text AS valid_to, coalesce(own.days, def.days) AS days, coalesce(own.day_kind, def.day_kind) AS day_kind
       FROM use_of_force_decisions d
       JOIN use_of_force_deadline_defaults def ON def.rule = 'combined_report'
       LEFT JOIN use_of_force_deadlines own ON own.municipality_id = d.municipality_id AND own.rule = def.rule
      WHERE d.combined_overdue_at IS NULL AND d.valid_to < $1::date
        AND NOT EXISTS (SELECT 1 FROM use_of_force_reports r WHERE r.municipality_id = d.municipality_id AND r.decision_id = d.id)`,
    [today],
  );
  const late = candidates.filter((d) => dueDate(d.valid_to, { days: d.days, dayKind: d.day_kind }) < today);
  const decisions = late.length
    ? await db.query(`UPDATE use_of_force_decisions SET combined_overdue_at = now() WHERE id = ANY($1::uuid[]) RETURNING id`, [late.map((d) => d.id)])
    : [];
  return { reports: reports.length, decisions: decisions.length };
}

/** The deadline check as a job: every hour (and once for an hour no server ran). */
export const deadlineJob: JobDefinition = {
  name: 'use-of-force-deadlines',
  schedule: { cron: '7 * * * *', options: { tz: 'Europe/Copenhagen', missed: 'once' } },
  retries: { limit: 3, delaySeconds: 5 * 60 },
  run: async (db: Db, _data, log) => {
    const flagged = await db.transaction((tx) => flagOverdue(tx, todayInCopenhagen()));
    log('info', 'use-of-force deadlines checked', flagged);
  },
};
