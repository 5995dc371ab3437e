/**
 * Generates a benchmark municipality into a PostgreSQL server in bulk SQL (INSERT … SELECT over
 * generate_series), with the journal's indexes and keys dropped during the load and rebuilt after,
 * then VACUUM ANALYZE. Ids are md5-derived from numbers, so the runner can find what it needs.
 */
import { createHash } from 'node:crypto';
import pg from 'pg';
import { hashPassword } from '../src/server/auth/passwords.js';
import { FFB_GROUPS, FUNCTIONAL_LEVEL_ORDER } from '../src/domain/ffb.js';
import { todayInCopenhagen } from '../src/domain/dates.js';
import { openPostgres } from '../src/server/db/index.js';
import { migrate } from '../src/server/db/migrate.js';
import {
  FEMALE_NAMES, FOLLOW_UP_NOTES, GOALS_BY_AREA, MALE_NAMES, NOTE_CLOSINGS, NOTE_MIDDLES, NOTE_OPENINGS, SURNAMES,
} from '../src/server/db/demo/vocabulary.js';
import { citizensOf, placesOf, type Scale } from './scale.js';

export const BENCH_PASSWORD = 'bench-password-1';
/** Bump when the generated data changes shape, so old bench databases are regenerated. */
const GENERATOR_VERSION = 2;

/** What a generated database is compared by (text: jsonb would reorder the keys). */
const scaleKey = (scale: Scale) => JSON.stringify({ ...scale, generator: GENERATOR_VERSION });

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

/** The deterministic id the generator gives entity `kind` number `n`. */
export const benchId = (kind: string, ...n: number[]) => {
  const hex = createHash('md5').update(`bench-${kind}-${n.join('-')}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};
// The same ids in SQL; version and variant digits set, as the API validates ids as RFC 4122 UUIDs.
const id = (kind: string, expr: string) => `overlay(overlay(md5('bench-${kind}-' || ${expr}) placing '4' from 13) placing '8' from 17)::uuid`;

const BULK_TABLES = ['journal_notes', 'journal_note_goals', 'journal_note_revisions'];

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

/** Definitions of the bulk tables' keys, foreign keys and indexes, to drop before the load and rebuild after. */
async function captureIndexes(c: pg.Client) {
  const constraints = await c.query<{ tbl: string; name: string; type: string; def: string }>(
    `SELECT DISTINCT conrelid::regclass::text AS tbl, conname AS name, contype AS type, pg_get_constraintdef(oid) AS def
       FROM pg_constraint
      WHERE (conrelid = ANY($1::regclass[]) AND contype IN ('p', 'u', 'f'))
         OR (confrelid = ANY($1::regclass[]) AND contype = 'f')`,
    [BULK_TABLES],
  );
  const indexes = await c.query<{ name: string; def: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i
      WHERE i.indrelid = ANY($1::regclass[])
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid AND k.conrelid = i.indrelid AND k.contype IN ('p', 'u', 'x'))`,
    [BULK_TABLES],
  );
  const fks = constraints.rows.filter((k) => k.type === 'f');
  const keys = constraints.rows.filter((k) => k.type !== 'f');
  return {
    drop: [
      ...fks.map((k) => `ALTER TABLE ${k.tbl} DROP CONSTRAINT ${k.name}`),
      ...keys.map((k) => `ALTER TABLE ${k.tbl} DROP CONSTRAINT ${k.name}`),
      ...indexes.rows.map((i) => `DROP INDEX ${i.name}`),
    ],
    rebuild: [
      ...keys.map((k) => `ALTER TABLE ${k.tbl} ADD CONSTRAINT ${k.name} ${k.def}`),
      ...indexes.rows.map((i) => i.def),
      ...fks.map((k) => `ALTER TABLE ${k.tbl} ADD CONSTRAINT ${k.name} ${k.def}`),
    ],
  };
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
  const areas = (await c.query<{ code: string; display: string }>('SELECT code, display FROM ffb_concepts WHERE parent_code = $1', [FFB_GROUPS.activityAndParticipation])).rows;
  const goalTypes = (await c.query<{ code: string }>('SELECT code FROM ffb_concepts WHERE parent_code = $1 ORDER BY display DESC', [FFB_GROUPS.goalType])).rows.map((r) => r.code);
  const ideas = areas.flatMap((a) => (GOALS_BY_AREA[a.display] ?? []).map((g) => ({ area: a.code, title: g.title, what: g.whatMatters })));
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

  // Goals: ~4 per citizen; the next follow-up spread: 12 % overdue, 18 % within 14 days, the rest later.
  await c.query('DROP TABLE IF EXISTS bench_ideas');
  await c.query(`CREATE TEMP TABLE bench_ideas AS
    SELECT k, area, title, what FROM json_to_recordset($1::json) AS x(k int, area text, title text, what text)`, [JSON.stringify(ideas.map((x, k) => ({ ...x, k })))]);
  await step(c, log, 'goals', `
    INSERT INTO goals (id, municipality_id, citizen_id, title, what_matters, ffb_area_code, goal_type_code, target_level_code,
                       current_level_code, responsible_user_id, start_date, next_follow_up_date, status, status_reason, created_by)
    SELECT ${id('goal', "b.n || '-' || g")}, $1, b.id, i.title, i.what, i.area, ($3::text[])[1 + (b.n + g) % 3 / 2],
           ($4::text[])[2 + (b.n + g) % 2], ($4::text[])[3 + (b.n * g) % 2], c.contact_person_id,
           start, CASE WHEN achieved THEN NULL WHEN bucket < 12 THEN $2::date - (1 + bucket * 3) WHEN bucket < 30 THEN $2::date + (bucket - 12) % 15
                       ELSE $2::date + 15 + bucket % 75 END,
           CASE WHEN achieved THEN 'achieved' ELSE 'active' END, CASE WHEN achieved THEN 'Målet er nået.' END, c.contact_person_id
      FROM bench_citizens b JOIN citizens c ON c.id = b.id
      CROSS JOIN LATERAL generate_series(1, b.goals) g
      CROSS JOIN LATERAL (SELECT $2::date - (60 + (b.n * 13 + g * 97) % 1700) AS start, (b.n * 31 + g * 17) % 100 AS bucket, (b.n + g) % 12 = 0 AS achieved) x
      JOIN bench_ideas i ON i.k = (b.n * 7 + g) % (SELECT count(*) FROM bench_ideas)`,
    [m, today, goalTypes, FUNCTIONAL_LEVEL_ORDER]);
  await step(c, log, 'goal steps', `
    INSERT INTO goal_steps (municipality_id, goal_id, kind, text, responsible, sort_order)
    SELECT g.municipality_id, g.id, CASE WHEN k < 3 THEN 'sub_goal' ELSE 'action' END, 'Delskridt ' || k || ' mod målet', CASE WHEN k = 3 THEN 'Kontaktperson' END, k
      FROM goals g CROSS JOIN generate_series(1, 3) k WHERE g.municipality_id = $1`, [m]);
  await step(c, log, 'follow-ups every 3 months', `
    INSERT INTO follow_ups (municipality_id, goal_id, citizen_id, follow_up_date, progress, level_code, note, continues, next_follow_up_date, author_id, created_at)
    SELECT g.municipality_id, g.id, g.citizen_id, d::date, (ARRAY['improved', 'unchanged', 'declined'])[1 + k % 3], g.current_level_code,
           ($3::text[])[1 + k % cardinality($3::text[])], true, (d + interval '3 months')::date, g.created_by, d
      FROM goals g CROSS JOIN LATERAL generate_series(g.start_date + interval '3 months', $2::date - 1, interval '3 months') WITH ORDINALITY AS s(d, k)
     WHERE g.municipality_id = $1`,
    [m, today, [...FOLLOW_UP_NOTES.improved, ...FOLLOW_UP_NOTES.unchanged, ...FOLLOW_UP_NOTES.declined]]);
  await c.query('COMMIT');

  // The journal: days back in chunks (so progress shows), oldest first, as notes are appended in life.
  const bulk = await captureIndexes(c);
  log(`  dropping ${bulk.drop.length} keys, foreign keys and indexes on ${BULK_TABLES.join(', ')} for the load`);
  for (const sql of bulk.drop) await c.query(sql);
  const chunk = Math.ceil(scale.days / 20);
  let notes = 0;
  const tNotes = performance.now();
  for (let to = scale.days; to >= 1; to -= chunk) {
    const from = Math.max(1, to - chunk + 1);
    notes += await step(c, log, `journal notes, days ${to}…${from} back`, `
      INSERT INTO journal_notes (id, municipality_id, citizen_id, author_id, written_at, body, created_at)
      SELECT gen_random_uuid(), $1, b.id, b.staff[1 + (b.n * 7 + d * 13 + k) % cardinality(b.staff)], t, body, t
        FROM generate_series($3::int, $4::int, -1) d
        CROSS JOIN bench_citizens b
        CROSS JOIN LATERAL generate_series(1, $5::int + ((b.n * 31 + d * 17) % $6::int = 0)::int) k
        CROSS JOIN LATERAL (SELECT $2::timestamptz - d * interval '1 day' + (420 + (b.n * 53 + d * 29 + k * 211) % 900) * interval '1 minute' AS t,
          replace(($7::text[])[1 + (b.n + d * 3 + k) % cardinality($7::text[])], '{navn}', b.first_name) || ' ' ||
          ($8::text[])[1 + (b.n * 5 + d + k * 7) % cardinality($8::text[])] || ' ' ||
          ($9::text[])[1 + (b.n + d * 11 + k) % cardinality($9::text[])] AS body) x`,
      [m, `${today}T00:00:00+01:00`, to, from, scale.notesPerDay.base, scale.notesPerDay.extraEvery, NOTE_OPENINGS, NOTE_MIDDLES, NOTE_CLOSINGS]);
  }
  log(`  journal notes: ${notes.toLocaleString('da-DK')} rows in ${((performance.now() - tNotes) / 1000).toFixed(0)} s`);
  await step(c, log, 'notes linked to goals', `
    INSERT INTO journal_note_goals (municipality_id, note_id, goal_id)
    SELECT n.municipality_id, n.id, g.id
      FROM journal_notes n
      JOIN bench_citizens b ON b.id = n.citizen_id
      JOIN goals g ON g.id = ${id('goal', "b.n || '-' || (1 + (hashtext(n.id::text) & 1023) % b.goals)")}
     WHERE (hashtext(n.id::text) >> 10) & 1023 < $1::int AND n.written_at >= g.start_date`, [Math.round(scale.goalNoteShare * 1024)]);
  if (scale.revisions) {
    await step(c, log, 'note revisions (version 1)', `
      INSERT INTO journal_note_revisions (municipality_id, note_id, version, body, author_id, created_at)
      SELECT municipality_id, id, 1, body, author_id, written_at FROM journal_notes`);
  }
  log(`  rebuilding ${bulk.rebuild.length} keys, indexes and foreign keys`);
  for (const sql of bulk.rebuild) {
    const t = performance.now();
    await c.query(sql);
    log(`    ${sql.slice(0, 100).padEnd(100)} ${((performance.now() - t) / 1000).toFixed(1).padStart(6)} s`);
  }
  const t = performance.now();
  await c.query('VACUUM ANALYZE');
  log(`  VACUUM ANALYZE ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const seconds = (performance.now() - started) / 1000;
  await c.query('INSERT INTO bench_meta (scale_key, complete, seconds) VALUES ($1, true, $2)', [scaleKey(scale), seconds.toFixed(0)]);
  await c.end();
  return seconds;
}
