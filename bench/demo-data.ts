/**
 * The demo data the mixed load runs on, kept between runs like the scale-M data: a template
 * database in the bench cluster (copied afresh for each run, so the notes the load writes do not
 * pile up) and a PGlite dump, both made again when the day changes (the demo is dated from today).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import pg from 'pg';
import { todayInCopenhagen } from '../src/domain/dates.js';
import { dumpPGlite, openPGlite, openPostgres, type Db } from '../src/server/db/index.js';
import { migrate } from '../src/server/db/migrate.js';
import { seedDemo } from '../src/server/db/demo/seed.js';

const TEMPLATE = 'mestring_demo_tpl';
const COPY = 'mestring_demo';
const dbUrl = (adminUrl: string, name: string) => adminUrl.replace(/\/[^/?]*(\?|$)/, `/${name}$1`);

/** A fresh copy of the demo data on the server; returns its URL. */
export async function demoOnServer(adminUrl: string, log: (line: string) => void): Promise<string> {
  const today = todayInCopenhagen();
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const [tpl] = (await admin.query<{ seeded: string | null }>(`SELECT shobj_description(oid, 'pg_database') AS seeded FROM pg_database WHERE datname = $1`, [TEMPLATE])).rows;
    if (tpl?.seeded !== today) {
      log(`Seeding the demo data into ${TEMPLATE}`);
      await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${TEMPLATE}`);
    }
    const db = openPostgres(dbUrl(adminUrl, TEMPLATE), 1);
    await migrate(db);
    if (tpl?.seeded !== today) {
      await seedDemo(db);
      // Statistics now, not when autovacuum comes by (a minute later, and never for tables under 50
      // rows such as org_units): a copy made before that planned without any, unlike the next run's.
      await db.query('ANALYZE');
    }
    await db.close();
    await admin.query(`COMMENT ON DATABASE ${TEMPLATE} IS '${today}'`);
    await admin.query(`DROP DATABASE IF EXISTS ${COPY} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${COPY} TEMPLATE ${TEMPLATE}`);
  } finally {
    await admin.end();
  }
  return dbUrl(adminUrl, COPY);
}

/** The demo data on an in-memory PGlite, loaded from a dump made today or seeded (and dumped) now. */
export async function demoOnPGlite(dumpFile: string, log: (line: string) => void): Promise<Db> {
  const today = todayInCopenhagen();
  const dateFile = `${dumpFile}.date`;
  if (existsSync(dumpFile) && existsSync(dateFile) && readFileSync(dateFile, 'utf8') === today) {
    const db = await openPGlite(undefined, new Blob([readFileSync(dumpFile)]));
    await migrate(db);
    return db;
  }
  log('Seeding the demo data into PGlite');
  const db = await openPGlite();
  await migrate(db);
  await seedDemo(db);
  writeFileSync(dumpFile, Buffer.from(await (await dumpPGlite(db)).arrayBuffer()));
  writeFileSync(dateFile, today);
  return db;
}
