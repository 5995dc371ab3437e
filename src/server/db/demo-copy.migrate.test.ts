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

let db: Db;
let before: Record<string, number>;
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

  it('keeps every row of every table', async () => {
    expect(await countRows(db)).toEqual(before);
  });
});
