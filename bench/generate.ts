/**
 * Generates a benchmark municipality into a PostgreSQL server in bulk SQL (INSERT … SELECT over
 * generate_series): the organisation, users and citizens here, then each feature's bench stage in
 * the order of features/index.ts (the journal's drops its indexes and keys during the load and
 * rebuilds them after), then VACUUM ANALYZE. Ids are md5-derived from numbers, so the runner can
 * find what it needs.
 */
import pg from 'pg';
import { hashPassword } from '../src/server/auth/passwords.js';
import { todayInCopenhagen } from '../src/domain/dates.js';
import { openPostgres } from '../src/server/db/index.js';
import { migrate } from '../src/server/db/migrate.js';
import { benchId, benchIdSql as id, type BenchWorld } from '../src/server/db/demo/bench-stage.js';
import { FEMALE_NAMES, MALE_NAMES, SURNAMES } from '../src/server/db/demo/vocabulary.js';
import { manifests } from '../src/server/features/index.js';
import { citizensOf, placesOf, type Scale } from './scale.js';

export const BENCH_PASSWORD = 'bench-password-1';
/** Bump when the generated data changes shape, so old bench databases are regenerated. */
const GENERATOR_VERSION = 2;

/**
 * What a generated database is compared by (text: jsonb would reorder the keys). BENCH_MEDICINE_DAYS,
 * when set, is part of it: another number of days of medicine rounds is another database.
 */
const scaleKey = (scale: Scale) =>
  JSON.stringify({ ...scale, generator: GENERATOR_VERSION, ...(process.env.BENCH_MEDICINE_DAYS ? { medicineDays: Number(process.env.BENCH_MEDICINE_DAYS) } : {}) });

/**
 * The first user number of each role (1-based, consecutive), shared with the runner: 1 admin,
 * 2 center manager, 3–4 consultants, then case workers, facility leaders, unit leaders and staff.
 */
export function userLayout(s: Scale) {
  const caseWorkers = 5;
  const facilityLeaders = caseWorkers + s.caseWorkers;
  const unitLeaders = facilityLeaders + s.facilities;
  const staff = unitLeaders + s.units;
  return { admin: 1, centerManager: 2, consultants: 3, caseWorkers, facilityLeaders, unitLeaders, staff, staffCount: s.users - staff + 1 };
}

export { benchId };

type Log = (line: string) => void;

/** Creates the database if needed; returns whether it already holds data generated at this scale. */
export async function prepareDatabase(adminUrl: string, dbName: string, scale: Scale, log: Log, force = false): Promise<{ url: string; reuse: boolean }> {
  const url = adminUrl.replace(/\/[^/?]*(\?|$)/, `/${dbName}$1`);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [dbName])).rowCount === 1;
    if (exists) {
      const probe = new pg.Client({ connectionString: url });
      await probe.connect();
      const meta = await probe
        .query<{ scale_key: string }>(`SELECT scale_key FROM bench_meta WHERE complete`)
        .then((r) => r.rows[0])
        .catch(() => undefined);
      await probe.end();
      const same = meta?.scale_key === scaleKey(scale);
      if (same && !force) return { url, reuse: true };
      log(`${dbName} ${force ? 'is regenerated as asked' : `holds ${meta ? 'another scale' : 'no complete bench data'}`}: recreating it`);
      await admin.query(`DROP DATABASE ${dbName} WITH (FORCE)`);
    }
    await admin.query(`CREATE DATABASE ${dbName}`);
    return { url, reuse: false };
  } finally {
    await admin.end();
  }
}

/** Runs `sql`, printing how long it took. */
async function step(c: pg.Client, log: Log, label: string, sql: string, params: unknown[] = []): Promise<number> {
  const t = performance.now();
  const r = await c.query(sql, params);
  log(`  ${label.padEnd(44)} ${String(r.rowCount ?? '').padStart(10)} rows ${((performance.now() - t) / 1000).toFixed(1).padStart(7)} s`);
  return r.rowCount ?? 0;
}

/**
 * Fills an empty, migrated database with one municipality at `scale`. Prints each step.
 * Returns the seconds it took.
 */
export async function generate(url: string, scale: Scale, log: Log): Promise<number> {
  const started = performance.now();
  const db = openPostgres(url, 1);
  await migrate(db);
  await db.close();

  const c = new pg.Client({ connectionString: url });
  await c.connect();
  // Session settings for a bulk load only (not the server's configuration).
  await c.query(`SET synchronous_commit = off; SET maintenance_work_mem = '1GB'; SET work_mem = '256MB'`);
  await c.query(`CREATE TABLE IF NOT EXISTS bench_meta (scale_key text NOT NULL, complete boolean NOT NULL DEFAULT false, generated_at timestamptz NOT NULL DEFAULT now(), seconds numeric)`);
  await c.query('DELETE FROM bench_meta');

  const today = todayInCopenhagen();
  const m = benchId('municipality', 1);
  const u = userLayout(scale);
  const citizens = citizensOf(scale);
  const hash = await hashPassword(BENCH_PASSWORD);
  log(`Generating scale ${scale.name}: ${scale.facilities} facilities, ${scale.units} units, ${placesOf(scale)} places, ${citizens} citizens, ${scale.users} users, ${scale.days} days of notes`);

  await c.query('BEGIN');
  await step(c, log, 'municipality', `INSERT INTO municipalities (id, name) VALUES ($1, 'Benchmark Kommune')`, [m]);
  const root = benchId('org', 0);
  const center = benchId('org', 1);
  const centerPath = `/${root}/${center}/`;
  await c.query(
    `INSERT INTO org_units (id, municipality_id, parent_id, kind, name, path) VALUES
       ($2, $1, NULL, 'municipality', 'Benchmark Kommune', $4), ($3, $1, $2, 'center', 'Center for Længerevarende Boformer', $5)`,
    [m, root, center, `/${root}/`, centerPath],
  );
  await step(c, log, 'facilities', `
    INSERT INTO org_units (id, municipality_id, parent_id, kind, name, path)
    SELECT ${id('facility', 'f')}, $1, $2, 'facility', 'Botilbud ' || f, $3 || ${id('facility', 'f')} || '/'
      FROM generate_series(1, $4::int) f`, [m, center, centerPath, scale.facilities]);
  // Unit n belongs to facility 1 + (n-1)·F/U: three or four units each.
  await step(c, log, 'units', `
    INSERT INTO org_units (id, municipality_id, parent_id, kind, name, path)
    SELECT ${id('unit', 'n')}, $1, ${id('facility', 'f')}, 'unit', 'Afdeling ' || n, $2 || ${id('facility', 'f')} || '/' || ${id('unit', 'n')} || '/'
      FROM generate_series(1, $3::int) n, LATERAL (SELECT 1 + (n - 1) * $4::int / $3::int AS f) x`, [m, centerPath, scale.units, scale.facilities]);
  // Places open ten years back, before the earliest stay (at most 3,029 days back, below).
  await step(c, log, 'places', `
    INSERT INTO places (id, municipality_id, unit_id, name, legal_basis, active_from)
    SELECT ${id('place', 'p')}, $1, ${id('unit', '(1 + (p - 1) / $2::int)')}, 'Lejlighed ' || p, '§108', $4::date - 3650
      FROM generate_series(1, $3::int) p`, [m, scale.placesPerUnit, placesOf(scale), today]);

  // Users: numbered by role (userLayout), staff spread round-robin over the units.
  await step(c, log, 'users', `
    INSERT INTO users (id, municipality_id, username, display_name, password_hash)
    SELECT ${id('user', 'n')}, $1,
           CASE WHEN n = 1 THEN 'admin' WHEN n = 2 THEN 'center-manager' WHEN n < $4 THEN 'consultant'
                WHEN n < $5 THEN 'case-worker' WHEN n < $6 THEN 'facility-leader' WHEN n < $7 THEN 'unit-leader' ELSE 'staff' END
             || '-' || n,
           (CASE WHEN n % 2 = 0 THEN $8::text[] ELSE $9::text[] END)[1 + n % 40] || ' ' || ($10::text[])[1 + (n / 40) % cardinality($10::text[])],
           $2
      FROM generate_series(1, $3::int) n`,
    [m, hash, scale.users, u.caseWorkers, u.facilityLeaders, u.unitLeaders, u.staff, FEMALE_NAMES, MALE_NAMES, SURNAMES]);
  await step(c, log, 'user roles', `
    INSERT INTO user_roles (municipality_id, user_id, role, org_unit_id)
    SELECT $1, ${id('user', 'n')},
           CASE WHEN n = 1 THEN 'admin' WHEN n = 2 THEN 'center_manager' WHEN n < $2 THEN 'consultant' WHEN n < $3 THEN 'case_worker'
                WHEN n < $4 THEN 'facility_leader' WHEN n < $5 THEN 'unit_leader' ELSE 'staff' END,
           CASE WHEN n = 1 OR (n >= $2 AND n < $3) THEN $7::uuid
                WHEN n < $2 THEN $8::uuid
                WHEN n < $4 THEN ${id('facility', '(n - $3 + 1)')}
                WHEN n < $5 THEN ${id('unit', '(n - $4 + 1)')}
                ELSE ${id('unit', '(1 + (n - $5) % $9::int)')} END
      FROM generate_series(1, $6::int) n`,
    [m, u.caseWorkers, u.facilityLeaders, u.unitLeaders, u.staff, scale.users, root, center, scale.units]);

  // Citizens on every place but each vacantEvery-th, numbered in place order; the unit's staff as
  // contact person. A helper table keeps citizen number → id, unit, staff and goal count.
  await c.query(`DROP TABLE IF EXISTS bench_citizens; CREATE UNLOGGED TABLE bench_citizens (
    n int PRIMARY KEY, id uuid NOT NULL, place int NOT NULL, unit int NOT NULL, first_name text NOT NULL, goals int NOT NULL, staff uuid[] NOT NULL)`);
  await step(c, log, 'citizen numbering', `
    WITH unit_staff AS (
      SELECT 1 + (s - $8::int) % $3::int AS unit, array_agg(${id('user', 's')} ORDER BY s) AS staff
        FROM generate_series($8::int, $9::int) s GROUP BY 1)
    INSERT INTO bench_citizens (n, id, place, unit, first_name, goals, staff)
    SELECT n, ${id('citizen', 'n')}, p, x.unit, (CASE WHEN n % 2 = 0 THEN $4::text[] ELSE $5::text[] END)[1 + (n * 7) % 40],
           $6::int + n % ($7::int - $6::int + 1), us.staff
      FROM (SELECT p, row_number() OVER (ORDER BY p)::int AS n, 1 + (p - 1) / $2::int AS unit
              FROM generate_series(1, $1::int) p WHERE p % $10::int <> 0) x
      JOIN unit_staff us ON us.unit = x.unit`,
    [placesOf(scale), scale.placesPerUnit, scale.units, FEMALE_NAMES, MALE_NAMES, scale.goalsPerCitizen[0], scale.goalsPerCitizen[1], u.staff, scale.users, scale.vacantEvery]);
  await step(c, log, 'citizens', `
    INSERT INTO citizens (id, municipality_id, cpr, first_name, last_name, birth_date, contact_person_id)
    SELECT b.id, $1, to_char(bd, 'DDMMYY') || lpad(b.n::text, 4, '0'), b.first_name, ($2::text[])[1 + (b.n * 13) % cardinality($2::text[])], bd,
           b.staff[1 + b.n % cardinality(b.staff)]
      FROM bench_citizens b, LATERAL (SELECT date '1940-01-01' + (b.n * 7919) % 21900 AS bd) x`,
    [m, SURNAMES]);
  await step(c, log, 'target groups', `
    INSERT INTO citizen_target_groups (municipality_id, citizen_id, target_group_code)
    SELECT DISTINCT $1::uuid, b.id, t.code
      FROM bench_citizens b
      JOIN LATERAL (SELECT array_agg(code ORDER BY sort_order) AS codes FROM target_groups) g ON true
      CROSS JOIN LATERAL unnest(ARRAY[g.codes[1 + b.n % 8], CASE WHEN b.n % 3 = 0 THEN g.codes[1 + (b.n / 3) % 8] END]) t(code)
     WHERE t.code IS NOT NULL`, [m]);
  await step(c, log, 'relatives', `
    INSERT INTO relatives (municipality_id, citizen_id, name, relation, phone, consent_to_share)
    SELECT $1, b.id, ($2::text[])[1 + b.n % 40] || ' ' || ($3::text[])[1 + b.n % 50], (ARRAY['Mor', 'Far', 'Søster', 'Bror', 'Værge'])[1 + b.n % 5],
           '20 ' || lpad((b.n % 100)::text, 2, '0') || ' 00 00', b.n % 4 <> 0
      FROM bench_citizens b WHERE b.n % 5 < 3`, [m, FEMALE_NAMES, SURNAMES]);
  await step(c, log, 'placements (and earlier §107 stays)', `
    INSERT INTO interventions (id, municipality_id, citizen_id, kind_code, legal_basis, place_id, unit_id, start_date, end_date)
    SELECT ${id('intervention', "b.n || '-1'")}, $1::uuid, b.id, 'long_term_residence', '§108', ${id('place', 'b.place')}, ${id('unit', 'b.unit')}, s, NULL
      FROM bench_citizens b, LATERAL (SELECT $2::date - (30 + (b.n * 37) % 3000) AS s) x
    UNION ALL
    SELECT ${id('intervention', "b.n || '-0'")}, $1::uuid, b.id, 'temporary_residence', '§107', NULL, NULL, s - 400 - b.n % 300, s - b.n % 20
      FROM bench_citizens b, LATERAL (SELECT $2::date - (30 + (b.n * 37) % 3000) AS s) x
     WHERE b.n % 10 < 3`, [m, today]);
  await step(c, log, 'case assignments', `
    INSERT INTO case_assignments (municipality_id, user_id, citizen_id)
    SELECT $1, ${id('user', '($2::int + b.n % $3::int)')}, b.id FROM bench_citizens b WHERE b.n % 2 = 0`, [m, u.caseWorkers, scale.caseWorkers]);

  await c.query('COMMIT');

  const world: BenchWorld = { c, log, municipalityId: m, today, scale, step: (label, sql, params) => step(c, log, label, sql, params) };
  for (const feature of manifests) await feature.bench?.(world);
  const t = performance.now();
  await c.query('VACUUM ANALYZE');
  log(`  VACUUM ANALYZE ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const seconds = (performance.now() - started) / 1000;
  await c.query('INSERT INTO bench_meta (scale_key, complete, seconds) VALUES ($1, true, $2)', [scaleKey(scale), seconds.toFixed(0)]);
  await c.end();
  return seconds;
}
