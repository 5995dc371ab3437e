import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyPostgresDb, testDbKind } from '../../../../test/db.js';
import { openPGlite, openPostgres, type Db } from '../../db/index.js';
import { migrate } from '../../db/migrate.js';
import { FFB } from './plans.fixtures.js';

/**
 * Migration 017 on data of the shape before it: goals coded on an area and hanging on the citizen,
 * sub-goals as bare strings. Migrates a fresh database up to 015, writes such rows, then migrates on.
 */
let db: Db;
const id = () => randomUUID();
const m = id();
const user = id();
const [withServices, withoutService] = [id(), id()];
const [ended, running] = [id(), id()];
const goals = { duringEnded: id(), duringRunning: id(), beforeAny: id(), noService: id() };
const [subGoal, action, followUp] = [id(), id(), id()];

beforeAll(async () => {
  db = testDbKind === 'pglite' ? await openPGlite() : openPostgres(await createEmptyPostgresDb(), 2);
  const applied = await migrate(db, { upTo: '015' });
  expect(applied.at(-1)).toBe('015_export_jobs.sql');
  await db.query('INSERT INTO municipalities (id, name) VALUES ($1, $2)', [m, 'Gammel Kommune']);
  await db.query(`INSERT INTO users (id, municipality_id, username, display_name, password_hash) VALUES ($1, $2, $3, 'Gammel medarbejder', 'x')`, [
    user, m, `old-${m}`,
  ]);
  for (const [i, c] of [withServices, withoutService].entries()) {
    await db.query(`INSERT INTO citizens (id, municipality_id, cpr, first_name, last_name, birth_date) VALUES ($1, $2, $3, 'Ole', 'Gammel', '1970-01-01')`, [
      c, m, `010170${1000 + i}`,
    ]);
  }
  for (const [iid, start, end] of [[ended, '2020-01-01', '2022-12-31'], [running, '2023-01-01', null]] as const) {
    await db.query(
      `INSERT INTO interventions (id, municipality_id, citizen_id, kind_code, legal_basis, start_date, end_date)
       VALUES ($1, $2, $3, 'long_term_residence', '§108', $4, $5)`,
      [iid, m, withServices, start, end],
    );
  }
  for (const [gid, citizen, start] of [
    [goals.duringEnded, withServices, '2021-05-01'],
    [goals.duringRunning, withServices, '2024-02-01'],
    [goals.beforeAny, withServices, '2019-01-01'],
    [goals.noService, withoutService, '2024-02-01'],
  ] as const) {
    await db.query(
      `INSERT INTO goals (id, municipality_id, citizen_id, title, ffb_area_code, goal_type_code, target_level_code, start_date, created_by)
       VALUES ($1, $2, $3, 'Jeg vil lave mad selv', $4, $5, $6, $7, $8)`,
      [gid, m, citizen, FFB.egenomsorg, FFB.udvikle, FFB.let, start, user],
    );
  }
  await db.query(
    `INSERT INTO goal_steps (id, municipality_id, goal_id, kind, text, done, sort_order) VALUES
       ($1, $3, $4, 'sub_goal', 'Skrælle kartofler', true, 0), ($2, $3, $4, 'action', 'Øve om tirsdagen', false, 1)`,
    [subGoal, action, m, goals.duringEnded],
  );
  await db.query(
    `INSERT INTO follow_ups (id, municipality_id, goal_id, citizen_id, follow_up_date, progress, note, author_id)
     VALUES ($1, $2, $3, $4, '2021-08-01', 'improved', 'Godt i gang', $5)`,
    [followUp, m, goals.duringEnded, withServices, user],
  );
  const rest = await migrate(db);
  expect(rest).toContain('017_goals_on_conditions.sql');
}, 120_000);

afterAll(() => db?.close());

describe('migration 017 on goals, sub-goals and follow-ups from before', () => {
  it('files each goal under the service running on its start date, else the latest, else none (counted)', async () => {
    const rows = await db.query<{ id: string; intervention_id: string | null }>('SELECT id, intervention_id FROM goals WHERE municipality_id = $1', [m]);
    const byGoal = Object.fromEntries(rows.map((r) => [r.id, r.intervention_id]));
    expect(byGoal).toEqual({ [goals.duringEnded]: ended, [goals.duringRunning]: running, [goals.beforeAny]: running, [goals.noService]: null });
    expect(rows.filter((r) => r.intervention_id === null)).toHaveLength(1);
  });

  it('keeps each goal’s area, with no condition until staff choose one', async () => {
    const rows = await db.query<{ ffb_area_code: string; ffb_condition_code: string | null; title: string }>(
      'SELECT ffb_area_code, ffb_condition_code, title FROM goals WHERE municipality_id = $1',
      [m],
    );
    expect(rows).toHaveLength(4);
    for (const r of rows) expect(r).toEqual({ ffb_area_code: FFB.egenomsorg, ffb_condition_code: null, title: 'Jeg vil lave mad selv' });
  });

  it('keeps sub-goals and actions as they were, sub-goals without date or criterion (to be completed)', async () => {
    const steps = await db.query('SELECT id, kind, text, done, due_date, success_criterion, evaluation FROM goal_steps WHERE municipality_id = $1 ORDER BY sort_order', [m]);
    expect(steps).toEqual([
      { id: subGoal, kind: 'sub_goal', text: 'Skrælle kartofler', done: true, due_date: null, success_criterion: null, evaluation: null },
      { id: action, kind: 'action', text: 'Øve om tirsdagen', done: false, due_date: null, success_criterion: null, evaluation: null },
    ]);
    // An evaluation needs its date; an action has no sub-goal fields.
    await expect(db.query(`UPDATE goal_steps SET evaluation = 'achieved' WHERE id = $1`, [subGoal])).rejects.toThrow();
    await expect(db.query(`UPDATE goal_steps SET success_criterion = 'x' WHERE id = $1`, [action])).rejects.toThrow();
  });

  it('keeps follow-ups, with no status on the service yet', async () => {
    expect(await db.query('SELECT id, note, authority_status_code FROM follow_ups WHERE municipality_id = $1', [m])).toEqual([
      { id: followUp, note: 'Godt i gang', authority_status_code: null },
    ]);
  });
});
