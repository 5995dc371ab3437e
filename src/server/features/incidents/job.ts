import type { Db } from '../../db/index.js';
import type { JobDefinition } from '../../jobs/index.js';
import { todayInCopenhagen } from '../../../domain/dates.js';
import { overdueSql } from './violence.queries.js';

/**
 * Marks the work-accident reports (arbejdsskadeanmeldelse) past their 14-day deadline and not yet
 * made, once each, with the time it was seen: the registration and the dashboard show it to the
 * unit's leaders. Overdue is judged on Copenhagen's date. Runs as the connection's owner across
 * municipalities; returns how many it marked.
 */
export async function markOverdueWorkAccidents(db: Db, today = todayInCopenhagen()): Promise<number> {
  const rows = await db.query(
    `UPDATE violence_incidents v SET overdue_marked_at = now() WHERE ${overdueSql('v', '$1')} AND v.overdue_marked_at IS NULL RETURNING 1`,
    [today],
  );
  return rows.length;
}

/** The deadline check as a job: every morning at 06:00 Copenhagen time, a missed morning caught up once. */
export const incidentDeadlineJob: JobDefinition = {
  name: 'incident-deadlines',
  schedule: { cron: '0 6 * * *', options: { tz: 'Europe/Copenhagen', missed: 'once' } },
  retries: { limit: 3, delaySeconds: 15 * 60 },
  run: async (db, _data, log) => {
    log('info', 'incident deadlines', { overdueWorkAccidentsMarked: await markOverdueWorkAccidents(db) });
  },
};
