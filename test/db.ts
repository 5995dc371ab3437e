import { closeSync, existsSync, openSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { dumpPGlite, openPGlite, openPostgres, type Db } from '../src/server/db/index.js';

/** Which database this test project runs against: 'pglite' or 'postgres'. */
export const testDbKind = (process.env.TEST_DB ?? 'pglite') as 'pglite' | 'postgres';

/**
 * A fresh, migrated database for one test file: a copy of the PGlite dump, or a new database
 * created from the PostgreSQL template. Migrations ran once, in global setup. The test databases
 * commit without waiting for the disk (`synchronous_commit = off`, set per database: a copy does not
 * inherit it): a server that stays up loses nothing, and the machine's server may fsync every commit.
 * The durability tests (e2e/durability.test.ts) kill the app, not PostgreSQL, on a database of their own.
 */
export async function createTestDb(): Promise<Db> {
  if (testDbKind === 'pglite') return openPGliteCopy(inject('pgliteDump'));
  return openPostgres(await newPostgresDatabase(inject('postgresTemplate')), 4);
}

const openPGliteCopy = (file: string) => openPGlite(undefined, new Blob([readFileSync(file)]));

/**
 * A fresh database with the demo data, for tests that read the demo (not for testing the seed
 * itself): the demo is seeded once per run and database kind, by the first file that asks (the
 * others wait for it), and each file gets a copy, as createTestDb copies the migrated base.
 */
export async function createDemoDb(): Promise<Db> {
  if (testDbKind === 'pglite') {
    const dir = path.dirname(inject('pgliteDump'));
    const file = path.join(dir, 'demo.tar');
    const failed = path.join(dir, 'demo.error');
    let first = true;
    try {
      closeSync(openSync(path.join(dir, 'demo.lock'), 'wx'));
    } catch {
      first = false;
    }
    if (first) {
      try {
        const db = await seededDemo(await createTestDb());
        writeFileSync(`${file}.tmp`, Buffer.from(await (await dumpPGlite(db, 'none')).arrayBuffer()));
        renameSync(`${file}.tmp`, file);
        await db.close();
      } catch (e) {
        writeFileSync(failed, String(e));
        throw e;
      }
    }
    for (const deadline = Date.now() + 170_000; !existsSync(file); await new Promise((r) => setTimeout(r, 250))) {
      if (existsSync(failed)) throw new Error(`seeding the demo failed in another test file: ${readFileSync(failed, 'utf8')}`);
      if (Date.now() > deadline) throw new Error('the demo was not seeded within 170 s');
    }
    return openPGliteCopy(file);
  }
  // PostgreSQL: a template database with the demo, made under an advisory lock by the first file that asks.
  const url = inject('postgresUrl');
  const template = `mestring_t_${process.ppid}_demo`;
  // One connection held throughout (its session holds the lock; CREATE DATABASE runs outside a transaction).
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query('SELECT pg_advisory_lock(hashtext($1))', [template]);
    if (!(await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [template])).rowCount) {
      await admin.query(`CREATE DATABASE ${template} TEMPLATE ${inject('postgresTemplate')}`);
      await admin.query(`ALTER DATABASE ${template} SET synchronous_commit = off`);
      try {
        await (await seededDemo(openPostgres(url.replace(/\/[^/?]*(\?|$)/, `/${template}$1`), 4))).close();
      } catch (e) {
        await admin.query(`DROP DATABASE ${template} WITH (FORCE)`);
        throw e;
      }
    }
  } finally {
    await admin.end();
  }
  return openPostgres(await newPostgresDatabase(template), 4);
}

async function seededDemo(db: Db): Promise<Db> {
  const { seedDemo } = await import('../src/server/db/demo/seed.js');
  await seedDemo(db);
  return db;
}

/** The URL of a new, empty PostgreSQL database (dropped after the run), for tests of migrating itself. */
export const createEmptyPostgresDb = () => newPostgresDatabase();

async function newPostgresDatabase(template?: string): Promise<string> {
  const url = inject('postgresUrl');
  const name = `mestring_t_${process.ppid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = openPostgres(url, 1);
  await admin.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
  await admin.query(`ALTER DATABASE ${name} SET synchronous_commit = off`);
  await admin.close();
  return url.replace(/\/[^/?]*(\?|$)/, `/${name}$1`);
}
