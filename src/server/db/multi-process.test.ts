import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEmptyDb, createTestDb, testDbKind } from '../../../test/db.js';
import { runMaintenance } from '../maintenance/index.js';
import { LOCKS } from './locks.js';
import { migrate } from './migrate.js';

const files = readdirSync(new URL('./migrations/', import.meta.url)).filter((f) => f.endsWith('.sql'));

describe('several processes on one database', () => {
  it('starting together, they migrate it once: each file runs in one of them', async () => {
    const { db, reopen } = await createEmptyDb();
    const other = reopen() ?? db; // a second process on the server; PGlite has only the one
    try {
      const [a, b] = await Promise.all([migrate(db), migrate(other)]);
      expect([...a, ...b].sort()).toEqual([...files].sort());
      expect(await db.query('SELECT count(*)::int AS n FROM schema_migrations')).toEqual([{ n: files.length }]);
    } finally {
      if (other !== db) await other.close();
      await db.close();
    }
  }, 120_000);

  it.runIf(testDbKind === 'postgres')('while one runs the daily clean-up, another skips it', async () => {
    const db = await createTestDb();
    try {
      const skipped = await db.transaction(async (tx) => {
        await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCKS.maintenance]); // the first process, still at it
        return runMaintenance(db, { auditMonths: 12 });
      });
      expect(skipped).toBeNull();
      expect(await runMaintenance(db, { auditMonths: 12 })).toEqual({ sessions: 0, loginAttempts: 0, auditRows: 0 });
    } finally {
      await db.close();
    }
  });
});
