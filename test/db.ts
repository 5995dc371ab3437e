import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { openPGlite, openPostgres, type Db } from '../src/server/db/index.js';

/** Which database this test project runs against: 'pglite' or 'postgres'. */
export const testDbKind = (process.env.TEST_DB ?? 'pglite') as 'pglite' | 'postgres';

/**
 * A fresh, migrated database for one test file: a copy of the PGlite dump, or a new database
 * created from the PostgreSQL template. Migrations ran once, in global setup.
 */
export async function createTestDb(): Promise<Db> {
  if (testDbKind === 'pglite') {
    const dump = readFileSync(inject('pgliteDump'));
    return openPGlite(undefined, new Blob([dump]));
  }
  const url = inject('postgresUrl');
  const name = `mestring_t_${process.ppid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = openPostgres(url, 1);
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject('postgresTemplate')}`);
  await admin.close();
  return openPostgres(url.replace(/\/[^/?]*(\?|$)/, `/${name}$1`), 4);
}

/** An empty database, not migrated (PGlite in memory, or a new database on the server); for the migration tests. */
export async function createEmptyDb(connections = 4): Promise<{ db: Db; reopen: () => Db | null }> {
  if (testDbKind === 'pglite') return { db: await openPGlite(), reopen: () => null };
  const url = inject('postgresUrl');
  const name = `mestring_t_${process.ppid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = openPostgres(url, 1);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.close();
  const dbUrl = url.replace(/\/[^/?]*(\?|$)/, `/${name}$1`);
  return { db: openPostgres(dbUrl, connections), reopen: () => openPostgres(dbUrl, connections) };
}
