/**
 * Existing data survives the domain migrations: a copy of the demo as it stood at migration 015
 * (fixtures/demo-015.sql.gz: every table of the demo of 2026-12-06, the journal cut to its last
 * 30 days to keep the file small) is loaded into a database migrated through 015, then the later
 * migrations run over it, as they will over a municipality's real data.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyPostgresDb, testDbKind } from '../../../test/db.js';
import { openPGlite, openPostgres, type Db } from './index.js';
import { migrate } from './migrate.js';

const dump = gunzipSync(readFileSync(new URL('./fixtures/demo-015.sql.gz', import.meta.url))).toString('utf8');
const tables = [...new Set([...dump.matchAll(/^INSERT INTO public\.(\w+)/gm)].map((m) => m[1]))];

const countRows = async (db: Db) => {
  const counts: Record<string, number> = {};
  for (const t of tables) counts[t] = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${t}`))[0].n;
  return counts;
};

/** Each table's rows over the columns it had at 015, as one fingerprint: equal after migrating means nothing was lost or changed. */
const fingerprint = async (db: Db, columns: Record<string, string[]>) => {
  const prints: Record<string, string> = {};
  for (const [t, cols] of Object.entries(columns)) {
    const row = `(${cols.map((c) => `x.${c}`).join(', ')})::text`;
    prints[t] = (await db.query<{ md5: string }>(`SELECT md5(coalesce(string_agg(${row}, E'\\n' ORDER BY ${row}), '')) AS md5 FROM ${t} x`))[0].md5;
  }
  return prints;
};

let db: Db;
let before: Record<string, number>;
let columnsAt015: Record<string, string[]>;
let printsBefore: Record<string, string>;
let applied: string[];

beforeAll(async () => {
  db = testDbKind === 'pglite' ? await openPGlite() : openPostgres(await createEmptyPostgresDb(), 2);
  await migrate(db, { upTo: '015' });
  await db.transaction(async (tx) => {
    // The dump is data only, in table order; references are checked by the migrations' own constraints after.
    await tx.query('SET LOCAL session_replication_role = replica');
    await tx.exec(dump);
    // Derived from users by migration 014's trigger (replica mode may skip it).
    await tx.query('INSERT INTO login_names (username, municipality_id, user_id) SELECT username, municipality_id, id FROM users ON CONFLICT DO NOTHING');
  });
  before = await countRows(db);
  const cols = await db.query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ANY($1::text[]) ORDER BY table_name, ordinal_position`,
    [tables],
  );
  columnsAt015 = {};
  for (const c of cols) (columnsAt015[c.table_name] ??= []).push(c.column_name);
  printsBefore = await fingerprint(db, columnsAt015);
  applied = await migrate(db);
}, 180_000);

afterAll(() => db?.close());

describe('the demo of migration 015, migrated to today', () => {
  it('loads a real copy of the demo (every table, hundreds of goals and interventions)', () => {
    expect(before.citizens).toBeGreaterThan(300);
    expect(before.goals).toBeGreaterThan(900);
    expect(before.interventions).toBeGreaterThan(400);
    expect(before.follow_ups).toBeGreaterThan(4000);
    expect(before.journal_notes).toBeGreaterThan(2000);
    expect(applied.every((f) => f > '015_export_jobs.sql')).toBe(true);
  });

  it('keeps every row of every table, each column it had unchanged', async () => {
    expect(await countRows(db)).toEqual(before);
    expect(await fingerprint(db, columnsAt015)).toEqual(printsBefore);
  });

  it('turns interventions into services: the kind’s ladder step, the tenant as acting and paying municipality, nothing invented', async () => {
    const [r] = await db.query<Record<string, number>>(
      `SELECT count(*) FILTER (WHERE i.ladder_step IS DISTINCT FROM k.ladder_step)::int AS wrong_step,
              count(*) FILTER (WHERE i.acting_municipality_code IS DISTINCT FROM m.code OR i.paying_municipality_code IS DISTINCT FROM m.code)::int AS other_municipality,
              count(*) FILTER (WHERE i.hours_per_week IS NOT NULL OR i.rate_dkk IS NOT NULL OR i.end_reason_code IS NOT NULL
                                  OR i.end_destination_code IS NOT NULL OR i.reassessment_date IS NOT NULL OR i.support_need_code IS NOT NULL)::int AS invented
         FROM interventions i JOIN intervention_kinds k ON k.code = i.kind_code JOIN municipalities m ON m.id = i.municipality_id`,
    );
    expect(r).toEqual({ wrong_step: 0, other_municipality: 0, invented: 0 });
  });

  it('hangs each goal on the service running at its start (else the citizen’s latest), keeps its area and leaves the condition to staff', async () => {
    const [r] = await db.query<Record<string, number>>(
      `SELECT count(*)::int AS goals,
              count(*) FILTER (WHERE g.intervention_id IS NULL AND EXISTS (SELECT 1 FROM interventions i WHERE i.citizen_id = g.citizen_id))::int AS unassigned,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM interventions i WHERE i.citizen_id = g.citizen_id AND i.start_date <= g.start_date AND (i.end_date IS NULL OR i.end_date > g.start_date))
                                 AND NOT EXISTS (SELECT 1 FROM interventions i WHERE i.id = g.intervention_id AND i.start_date <= g.start_date AND (i.end_date IS NULL OR i.end_date > g.start_date)))::int AS not_the_running_one,
              count(*) FILTER (WHERE g.ffb_condition_code IS NOT NULL)::int AS with_condition,
              count(*) FILTER (WHERE g.citizen_id <> i.citizen_id)::int AS other_citizens
         FROM goals g LEFT JOIN interventions i ON i.id = g.intervention_id`,
    );
    expect(r).toEqual({ goals: before.goals, unassigned: 0, not_the_running_one: 0, with_condition: 0, other_citizens: 0 });
  });

  it('files every note as a daily note under the service running on its day', async () => {
    const [r] = await db.query<Record<string, number>>(
      `SELECT count(*) FILTER (WHERE n.kind <> 'daily')::int AS other_kind,
              count(*) FILTER (WHERE n.intervention_id IS NULL AND EXISTS (
                SELECT 1 FROM interventions i WHERE i.citizen_id = n.citizen_id AND i.start_date <= (n.written_at AT TIME ZONE 'Europe/Copenhagen')::date
                   AND (i.end_date IS NULL OR i.end_date > (n.written_at AT TIME ZONE 'Europe/Copenhagen')::date)))::int AS unfiled
         FROM journal_notes n`,
    );
    expect(r).toEqual({ other_kind: 0, unfiled: 0 });
  });
});
