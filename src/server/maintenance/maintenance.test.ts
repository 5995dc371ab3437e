import { describe, expect, it, vi } from 'vitest';
import { TestClock } from 'pg-boss';
import { useTestApp } from '../../../test/http.js';
import { loadConfig } from '../config.js';
import { runMaintenance } from './index.js';
import { LOCKS } from '../db/locks.js';
import { testDbKind } from '../../../test/db.js';
import { startJobs } from '../jobs/index.js';
import { jobDefinitions } from '../jobs/registry.js';

const env = useTestApp();

describe('the daily clean-up', () => {
  it('deletes audit rows past their retention, expired sessions, old login attempts and expired export files, and keeps the rest', async () => {
    const { municipalityId: m, users } = env.w;
    const audit = (age: string, entity: string) =>
      env.db.query(`INSERT INTO audit_log (municipality_id, user_id, action, entity, at) VALUES ($1, $2, 'read', $3, now() - $4::interval)`, [m, users.staff.id, entity, age]);
    await audit('13 months', 'too-old');
    await audit('11 months', 'kept-11-months');
    await audit('1 day', 'kept-yesterday');
    const session = (hash: string, expires: string) =>
      env.db.query(`INSERT INTO sessions (token_hash, municipality_id, user_id, csrf_token, expires_at) VALUES ($1, $2, $3, 'x', now() + $4::interval)`, [hash, m, users.staff.id, expires]);
    await session('expired', '-1 minute');
    await session('running', '10 minutes');
    await env.db.query(`INSERT INTO login_attempts (username, ip, succeeded, at) VALUES ('a', '1.2.3.4', false, now() - interval '31 days'), ('b', '1.2.3.4', false, now() - interval '29 days')`);
    const exportFile = (name: string, expires: string) =>
      env.db.query(
        `INSERT INTO export_jobs (municipality_id, requested_by, kind, status, progress, file_name, content_type, file, finished_at, expires_at)
         VALUES ($1, $2, 'citizen_list', 'done', 100, $3, 'text/plain', '\\x01'::bytea, now(), now() + $4::interval)`,
        [m, users.staff.id, name, expires],
      );
    await exportFile('expired-yesterday', '-1 day');
    await exportFile('expired-long-ago', '-31 days');
    await exportFile('still-fresh', '1 hour');

    const done = await runMaintenance(env.db, { auditMonths: 12 });
    expect(done).toEqual({ sessions: 1, loginAttempts: 1, auditRows: 1, exportFiles: 2, exportJobs: 1 });
    const exports = await env.db.query<{ file_name: string; status: string; has_file: boolean }>(
      `SELECT file_name, status, file IS NOT NULL AS has_file FROM export_jobs WHERE municipality_id = $1 ORDER BY file_name`,
      [m],
    );
    expect(exports).toEqual([
      { file_name: 'expired-yesterday', status: 'expired', has_file: false },
      { file_name: 'still-fresh', status: 'done', has_file: true },
    ]);
    const entities = (await env.db.query<{ entity: string }>(`SELECT entity FROM audit_log WHERE municipality_id = $1 ORDER BY at`, [m])).map((r) => r.entity);
    expect(entities).toEqual(['kept-11-months', 'kept-yesterday']);
    expect((await env.db.query<{ token_hash: string }>(`SELECT token_hash FROM sessions WHERE user_id = $1`, [users.staff.id])).map((r) => r.token_hash)).toEqual(['running']);
    expect((await env.db.query<{ username: string }>(`SELECT username FROM login_attempts WHERE ip = '1.2.3.4'`)).map((r) => r.username)).toEqual(['b']);

    // A second run finds nothing more to do.
    expect(await runMaintenance(env.db, { auditMonths: 12 })).toEqual({ sessions: 0, loginAttempts: 0, auditRows: 0, exportFiles: 0, exportJobs: 0 });
  });

  it('takes the audit retention from configuration, within the law’s 6 months and 5 years', () => {
    expect(loadConfig({}).auditRetentionMonths).toBe(12);
    expect(loadConfig({ AUDIT_RETENTION_MONTHS: '60' }).auditRetentionMonths).toBe(60);
    for (const bad of ['5', '61', '12.5', 'abc']) expect(() => loadConfig({ AUDIT_RETENTION_MONTHS: bad }), bad).toThrow(/AUDIT_RETENTION_MONTHS/);
  });
});

describe('the daily clean-up across processes', () => {
  // PGlite is one process by nature; on a server, a second process finds the lock taken.
  it.runIf(testDbKind === 'postgres')('is skipped while another process is running it', async () => {
    await env.db.query(`INSERT INTO sessions (token_hash, municipality_id, user_id, csrf_token, expires_at) VALUES ('expired-2', $1, $2, 'x', now() - interval '1 minute')`, [
      env.w.municipalityId,
      env.w.users.staff.id,
    ]);
    await env.db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCKS.maintenance]);
      expect(await runMaintenance(env.db, { auditMonths: 12 })).toBeNull();
    });
    expect((await runMaintenance(env.db, { auditMonths: 12 }))?.sessions).toBe(1);
  });
});

describe('the daily clean-up as a job', () => {
  it('is scheduled for 03:00 Copenhagen time and then runs the clean-up', async () => {
    const sessionLeft = async () =>
      (await env.db.query(`SELECT 1 FROM sessions WHERE token_hash = 'expired-for-the-job'`)).length === 1;
    await env.db.query(`INSERT INTO sessions (token_hash, municipality_id, user_id, csrf_token, expires_at) VALUES ('expired-for-the-job', $1, $2, 'x', now() - interval '1 minute')`, [
      env.w.municipalityId,
      env.w.users.staff.id,
    ]);
    // 02:58:50 in Copenhagen (winter time, UTC+1), on pg-boss's clock; the clean-up itself reads the real time.
    const clock = new TestClock('2026-01-15T01:58:50Z');
    const logged: string[] = [];
    const jobs = await startJobs(env.db, jobDefinitions({ retention: { auditMonths: 12 } }), {
      log: (_level, msg) => logged.push(msg),
      pollingIntervalSeconds: 1,
      clock,
    });
    try {
      expect(await jobs.boss.getSchedule('maintenance')).toMatchObject({ cron: '0 3 * * *', timezone: 'Europe/Copenhagen' });
      await clock.tick(60_000); // 02:59:50: not yet
      await new Promise((r) => setTimeout(r, 300));
      expect(await sessionLeft()).toBe(true);
      await clock.tick(45_000); // past 03:00: the cron pass sends it, a worker takes it
      await vi.waitFor(async () => expect(await sessionLeft()).toBe(false), { timeout: 10_000, interval: 100 });
      await vi.waitFor(() => expect(logged).toContain('maintenance'));
    } finally {
      await jobs.stop();
    }
  });
});
