import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEmptyPostgresDb, testDbKind } from '../../../test/db.js';
import { openPGlite, openPostgres, type Db } from './index.js';
import { migrate } from './migrate.js';
import { seedDemo } from './demo/seed.js';

const migrations = readdirSync(new URL('./migrations/', import.meta.url)).filter((f) => f.endsWith('.sql')).sort();

/** Two handles on one fresh database, as two processes starting together have (PGlite: one process by nature). */
async function twoProcesses(): Promise<[Db, Db]> {
  if (testDbKind === 'pglite') {
    const db = await openPGlite();
    return [db, db];
  }
  const url = await createEmptyPostgresDb();
  return [openPostgres(url, 2), openPostgres(url, 2)];
}

describe('two processes starting together on a fresh database', () => {
  it('migrate it once and seed the demo once, without an error', async () => {
    const [a, b] = await twoProcesses();
    try {
      const [ranA, ranB] = await Promise.all([migrate(a), migrate(b)]);
      expect([...ranA, ...ranB].sort()).toEqual(migrations);
      expect((await a.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name')).map((r) => r.name)).toEqual(migrations);
      expect((await a.query<{ n: number }>('SELECT count(*)::int AS n FROM ffb_concepts'))[0].n).toBeGreaterThan(0);

      expect((await Promise.all([seedDemo(a), seedDemo(b)])).sort()).toEqual([false, true]);
      expect((await a.query<{ n: number }>(`SELECT count(*)::int AS n FROM municipalities`))[0].n).toBe(2);
    } finally {
      await a.close();
      if (b !== a) await b.close();
    }
  }, 120_000);
});
