import { beforeAll, describe, expect, it } from 'vitest';
import { login, useTestApp, type Client } from '../../../../test/http.js';
import { addMonthsIso, todayInCopenhagen } from '../../../domain/dates.js';
import { addDaysIso } from '../../../domain/plans.js';
import { lastAudit } from '../../../../test/audit.js';
import { expectPlainDanishFields } from '../../../../test/messages.js';
import { countRows, FFB, insertGoalRow } from './plans.fixtures.js';

const env = useTestApp({ worlds: 2 });
let staff: Client;
const today = todayInCopenhagen();
const yesterday = addDaysIso(today, -1);

beforeAll(async () => {
  await env.db.query('UPDATE org_units SET follow_up_interval_months = 2 WHERE id = $1', [env.w.units.facility1]);
  staff = await login(env.app, env.w.users.staff.username);
});

const body = (overrides: Record<string, unknown> = {}) => ({
  followUpDate: today,
  progress: 'improved',
  levelCode: FFB.moderat,
  note: 'Anna har handlet ind to gange alene.',
  continues: true,
  ...overrides,
});
const goalState = async (goalId: string) =>
  (
    await env.db.query<{ version: number; next_follow_up_date: string | null; current_level_code: string | null }>(
      'SELECT version, next_follow_up_date, current_level_code FROM goals WHERE id = $1',
      [goalId],
    )
  )[0];

describe('POST /api/goals/:id/follow-ups', () => {
  it('records the follow-up, sets the level reached and moves the next date by the facility’s interval', async () => {
    const goalId = await insertGoalRow(env.db, env.w, env.w.citizens.onA, { nextFollowUpDate: yesterday });
    const res = await staff.post(`/api/goals/${goalId}/follow-ups`, body());
    expect(res.statusCode).toBe(201);
    const { followUp, goal } = res.json().data;
    expect(followUp).toMatchObject({
      followUpDate: today,
      progress: 'improved',
      level: { code: FFB.moderat, display: 'Moderat nedsat funktionsevne' },
      note: 'Anna har handlet ind to gange alene.',
      continues: true,
      nextFollowUpDate: addMonthsIso(today, 2),
      author: { id: env.w.users.staff.id, name: 'Test staff' },
    });
    expect(goal).toMatchObject({
      id: goalId,
      currentLevel: { code: FFB.moderat },
      nextFollowUpDate: addMonthsIso(today, 2),
      overdue: false,
      version: 2,
    });
    expect(await goalState(goalId)).toEqual({ version: 2, next_follow_up_date: addMonthsIso(today, 2), current_level_code: FFB.moderat });
    expect(await lastAudit(env.db, env.w.users.staff.id)).toMatchObject({
      action: 'create',
      entity: 'follow_up',
      entity_id: followUp.id,
      citizen_ids: [env.w.citizens.onA],
      detail: { goalId },
    });
  });

  it('takes a chosen next date, keeps the level when none is assessed, and stops when the goal does not continue', async () => {
    const goalId = await insertGoalRow(env.db, env.w, env.w.citizens.onA);
    await env.db.query('UPDATE goals SET current_level_code = $2 WHERE id = $1', [goalId, FFB.let]);
    const chosen = await staff.post(`/api/goals/${goalId}/follow-ups`, body({ levelCode: undefined, nextFollowUpDate: addDaysIso(today, 10) }));
    expect(chosen.json().data.goal).toMatchObject({ nextFollowUpDate: addDaysIso(today, 10), currentLevel: { code: FFB.let } });
    const stop = await staff.post(`/api/goals/${goalId}/follow-ups`, body({ continues: false, progress: 'unchanged' }));
    expect(stop.statusCode).toBe(201);
    expect(stop.json().data.goal).toMatchObject({ nextFollowUpDate: null, status: 'active', version: 3 });
    expect(stop.json().data.followUp.nextFollowUpDate).toBeNull();
  });

  it('uses the interval of the citizen’s own facility (facility 2: the default three months)', async () => {
    const leader = await login(env.app, env.w.users.facilityLeader.username);
    // Facility 2 keeps the default interval of 3 months: the citizen on unit C.
    const goalId = await insertGoalRow(env.db, env.w, env.w.citizens.onC);
    const res = await leader.post(`/api/goals/${goalId}/follow-ups`, body());
    expect(res.statusCode).toBe(404); // facility 1's leader does not see facility 2
    const staffB = await login(env.app, env.w.users.staffB.username);
    expect((await staffB.post(`/api/goals/${goalId}/follow-ups`, body())).json().data.goal.nextFollowUpDate).toBe(addMonthsIso(today, 3));
  });

  it('rejects bad follow-ups with field errors and writes nothing', async () => {
    const goalId = await insertGoalRow(env.db, env.w, env.w.citizens.onA, { startDate: '2025-06-01', nextFollowUpDate: yesterday });
    const url = `/api/goals/${goalId}/follow-ups`;
    const cases: Array<[unknown, string]> = [
      [body({ nextFollowUpDate: today }), 'nextFollowUpDate'],
      [body({ nextFollowUpDate: addDaysIso(today, -3) }), 'nextFollowUpDate'],
      [body({ continues: false, nextFollowUpDate: addDaysIso(today, 30) }), 'nextFollowUpDate'],
      [body({ followUpDate: addDaysIso(today, 1) }), 'followUpDate'],
      [body({ followUpDate: '2025-05-31' }), 'followUpDate'],
      [body({ followUpDate: '2026-02-30' }), 'followUpDate'],
      [body({ levelCode: FFB.egenomsorg }), 'levelCode'],
      [body({ note: '  ' }), 'note'],
      [body({ note: 'x'.repeat(5001) }), 'note'],
      [body({ progress: 'better' }), 'progress'],
      [body({ continues: 'yes' }), 'continues'],
      [body({ version: 1 }), 'version'],
      [{ followUpDate: today, progress: 'improved', continues: true }, 'note'],
    ];
    for (const [payload, field] of cases) {
      const res = await staff.post(url, payload);
      expect(res.statusCode, field).toBe(400);
      expect(res.json().error.fields, field).toHaveProperty([field]);
      expectPlainDanishFields(res.json().error.fields, field);
    }
    expect((await staff.raw('POST', url, '{"note": ')).statusCode).toBe(400);
    expect(await countRows(env.db, 'follow_ups', 'goal_id = $1', [goalId])).toBe(0);
    expect(await goalState(goalId)).toEqual({ version: 1, next_follow_up_date: yesterday, current_level_code: null });
  });

  it('words every field error in plain Danish: no raw code lists, quotes or type names', async () => {
    const goalId = await insertGoalRow(env.db, env.w, env.w.citizens.onA, { nextFollowUpDate: yesterday });
    const res = await staff.post(`/api/goals/${goalId}/follow-ups`, {
      followUpDate: 20260101,
      progress: 'better',
      levelCode: 7,
      continues: 'yes',
      nextFollowUpDate: null,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({
      followUpDate: 'Skriv en dato (ÅÅÅÅ-MM-DD).',
      progress: 'Vælg, hvordan det er gået: fremgang, uændret eller tilbagegang.',
      levelCode: 'Vælg en værdi.',
      note: 'Feltet skal udfyldes.',
      continues: 'Vælg ja eller nej.',
      nextFollowUpDate: 'Skriv en dato (ÅÅÅÅ-MM-DD).',
    });
  });

  it('refuses follow-ups on a goal that is not active', async () => {
    const goalId = await insertGoalRow(env.db, env.w, env.w.citizens.onA, { status: 'achieved' });
    const res = await staff.post(`/api/goals/${goalId}/follow-ups`, body());
    expect(res.statusCode).toBe(400);
    expect(await countRows(env.db, 'follow_ups', 'goal_id = $1', [goalId])).toBe(0);
  });

  it('answers 401 without a session, 403 to the case worker, 404 to another unit and municipality', async () => {
    const goalId = await insertGoalRow(env.db, env.w, env.w.citizens.onA);
    const url = `/api/goals/${goalId}/follow-ups`;
    expect((await env.app.inject({ method: 'POST', url, payload: body() })).statusCode).toBe(401);
    const caseWorker = await login(env.app, env.w.users.caseWorker.username);
    expect((await caseWorker.post(url, body())).statusCode).toBe(403);
    const staffB = await login(env.app, env.w.users.staffB.username);
    expect((await staffB.post(url, body())).statusCode).toBe(404);
    const foreign = await login(env.app, env.other.users.staff.username);
    expect((await foreign.post(url, body())).statusCode).toBe(404);
    expect(await countRows(env.db, 'follow_ups', 'goal_id = $1', [goalId])).toBe(0);
  });
});
