import type { Db } from '../db/index.js';
import { LOCKS, withLockIfFree } from '../db/locks.js';
import type { JobDefinition } from '../jobs/index.js';

export interface RetentionSettings {
  /** Months an audit row is kept (at least 6 by law; up to 60 where needed). */
  auditMonths: number;
}

/** Failed and successful logins are kept this long for tracing attacks, far past the 15-minute rate-limit window. */
const LOGIN_ATTEMPT_DAYS = 30;
/** An export's row (who asked for what, without its file) is kept this long after the file expired. */
const EXPORT_JOB_DAYS = 30;

/**
 * The daily clean-up: expired sessions, old login attempts, audit rows past their retention, and
 * export files past their time (their rows are kept a while, so a late download says 'expired').
 * Runs as the connection's own role (owner): the request role can never delete from the audit
 * log; only this retention can, and only rows older than the configured months. One process at a
 * time: null when another is already doing it.
 */
export async function runMaintenance(
  db: Db,
  settings: RetentionSettings,
): Promise<{ sessions: number; loginAttempts: number; auditRows: number; exportFiles: number; exportJobs: number } | null> {
  return withLockIfFree(db, LOCKS.maintenance, async (tx) => {
    const count = async (sql: string, params: unknown[] = []) => (await tx.query(`WITH gone AS (${sql} RETURNING 1) SELECT count(*)::int AS n FROM gone`, params))[0].n as number;
    return {
      sessions: await count('DELETE FROM sessions WHERE expires_at < now()'),
      loginAttempts: await count('DELETE FROM login_attempts WHERE at < now() - make_interval(days => $1)', [LOGIN_ATTEMPT_DAYS]),
      auditRows: await count('DELETE FROM audit_log WHERE at < now() - make_interval(months => $1)', [settings.auditMonths]),
      exportFiles: await count(
        `UPDATE export_jobs SET status = 'expired', file = NULL, finished_at = coalesce(finished_at, now()) WHERE expires_at < now() AND status <> 'expired'`,
      ),
      exportJobs: await count('DELETE FROM export_jobs WHERE expires_at < now() - make_interval(days => $1)', [EXPORT_JOB_DAYS]),
    };
  });
}

/**
 * The clean-up as a job: every night at 03:00 Copenhagen time, sent once across all server processes
 * and run by one of them. A night no server was running is caught up once when one runs again (a
 * laptop running the embedded database by day still gets its clean-up).
 */
export function maintenanceJob(settings: RetentionSettings): JobDefinition {
  return {
    name: 'maintenance',
    schedule: { cron: '0 3 * * *', options: { tz: 'Europe/Copenhagen', missed: 'once' } },
    retries: { limit: 3, delaySeconds: 15 * 60 },
    run: async (db, _data, log) => {
      const done = await runMaintenance(db, settings);
      log('info', done ? 'maintenance' : 'maintenance skipped: another process is running it', done ?? undefined);
    },
  };
}
