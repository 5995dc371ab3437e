import type { Db } from '../db/index.js';
import { LOCKS } from '../db/locks.js';

export interface RetentionSettings {
  /** Months an audit row is kept (at least 6 by law; up to 60 where needed). */
  auditMonths: number;
}

/** Failed and successful logins are kept this long for tracing attacks, far past the 15-minute rate-limit window. */
const LOGIN_ATTEMPT_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The daily clean-up: expired sessions, old login attempts, and audit rows past their retention.
 * Runs as the connection's own role (owner): the request role can never delete from the audit
 * log; only this retention can, and only rows older than the configured months. Returns null,
 * having done nothing, while another process is running it.
 */
export async function runMaintenance(db: Db, settings: RetentionSettings): Promise<{ sessions: number; loginAttempts: number; auditRows: number } | null> {
  return db.transaction(async (tx) => {
    const [{ got }] = await tx.query<{ got: boolean }>('SELECT pg_try_advisory_xact_lock($1) AS got', [LOCKS.maintenance]);
    if (!got) return null;
    const count = async (sql: string, params: unknown[] = []) => (await tx.query(`WITH gone AS (${sql} RETURNING 1) SELECT count(*)::int AS n FROM gone`, params))[0].n as number;
    return {
      sessions: await count('DELETE FROM sessions WHERE expires_at < now()'),
      loginAttempts: await count('DELETE FROM login_attempts WHERE at < now() - make_interval(days => $1)', [LOGIN_ATTEMPT_DAYS]),
      auditRows: await count('DELETE FROM audit_log WHERE at < now() - make_interval(months => $1)', [settings.auditMonths]),
    };
  });
}

/** Runs the clean-up now and then once a day; failures are logged and retried the next day. */
export function scheduleMaintenance(db: Db, settings: RetentionSettings, log: (msg: string, detail?: unknown) => void): () => void {
  const run = () =>
    runMaintenance(db, settings).then(
      (done) => log(done ? 'maintenance' : 'maintenance skipped: another process is running it', done ?? undefined),
      (err: Error) => log('maintenance failed', { error: err.message }),
    );
  void run();
  const timer = setInterval(run, DAY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
