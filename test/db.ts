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
  return openPostgres(await newPostgresDatabase(inject('postgresTemplate')), 4);
}

/** The URL of a new, empty PostgreSQL database (dropped after the run), for tests of migrating itself. */
export const createEmptyPostgresDb = () => newPostgresDatabase();

async function newPostgresDatabase(template?: string): Promise<string> {
  const url = inject('postgresUrl');
  const name = `mestring_t_${process.ppid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = openPostgres(url, 1);
  await admin.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
  await admin.close();
  return url.replace(/\/[^/?]*(\?|$)/, `/${name}$1`);
}
