import { beforeAll, describe, expect, it } from 'vitest';
import { login, useTestApp, type Client } from '../../../../test/http.js';
import { addMonthsIso, todayInCopenhagen } from '../../../domain/dates.js';
import { addDaysIso } from '../../../domain/plans.js';
import { lastAudit } from '../../../../test/audit.js';
import { insertGoalRow } from './plans.fixtures.js';

const env = useTestApp({ worlds: 2 });
let staff: Client;
const today = todayInCopenhagen();

beforeAll(async () => {
  staff = await login(env.app, env.w.users.staff.username);
});

const statusOf = async (goalId: string) =>
  (await env.db.query<{ status: string; status_reason: string | null; version: number }>('SELECT status, status_reason, version FROM goals WHERE id = $1', [goalId]))[0];
const dueGoalIds = async (client: Client) => {
  const due = (await client.get('/api/follow-ups/due?days=30')).json().data;
  return [...due.overdue, ...due.upcoming].map((d: { goalId: string }) => d.goalId);
};

describe('POST /api/goals/:id/status', () => {
  it('pauses a goal with a reason, which takes it off the due list, and audits the change', async () => {
    const goalId = await insertGoalRow(env.db, env.w, env.w.citizens.onA, { nextFollowUpDate: addDaysIso(today, -2) });
    expect(await dueGoalIds(staff)).toContain(goalId);
    const res = await staff.post(`/api/goals/${goalId}/status`, { version: 1, status: 'paused', reason: 'Indlagt på psykiatrisk afdeling' });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({ status: 'paused', statusReason: 'Indlagt på psykiatrisk afdeling', overdue: false, version: 2 });
    expect(await lastAudit(env.db, env.w.users.staff.id)).toMatchObject({
      action: 'update',
      entity: 'goal',
      entity_id: goalId,
      citizen_ids: [env.w.citizens.onA],
      detail: { status: 'paused', from: 'active' },
    });
    expect(await dueGoalIds(staff)).not.toContain(goalId);
  });

  it('marks goals achieved or dropped, and takes a goal up again with a new follow-up date when it had none', async () => {
    const achieved = await insertGoalRow(env.db, env.w, env.w.citizens.onA, { nextFollowUpDate: addDaysIso(today, 3) });
    expect((await staff.post(`/api/goals/${achieved}/status`, { version: 1, status: 'achieved', reason: 'Handler selv ind' })).statusCode).toBe(200);
    expect(await dueGoalIds(staff)).not.toContain(achieved);
    const dropped = await insertGoalRow(env.db, env.w, env.w.citizens.onA, { nextFollowUpDate: null, status: 'dropped' });
    const res = await staff.post(`/api/goals/${dropped}/status`, { version: 1, status: 'active' });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({ status: 'active', statusReason: null, nextFollowUpDate: addMonthsIso(today, 3) });
  });

  it('requires a reason for every status but active, and writes nothing on bad input', async () => {
    const goalId = await insertGoalRow(env.db, env.w, env.w.citizens.onA);
    const url = `/api/goals/${goalId}/status`;
    const cases: Array<[unknown, string]> = [
      [{ version: 1, status: 'paused' }, 'reason'],
      [{ version: 1, status: 'dropped', reason: '   ' }, 'reason'],
      [{ version: 1, status: 'done', reason: 'x' }, 'status'],
      [{ status: 'paused', reason: 'x' }, 'version'],
      [{ version: 1, status: 'paused', reason: 'x', note: 'y' }, 'note'],
    ];
    for (const [payload, field] of cases) {
      const res = await staff.post(url, payload);
      expect(res.statusCode, field).toBe(400);
      expect(res.json().error.fields, field).toHaveProperty([field]);
    }
    expect((await staff.raw('POST', url, 'status=paused', 'application/x-www-form-urlencoded')).statusCode).toBe(415);
    expect(await statusOf(goalId)).toEqual({ status: 'active', status_reason: null, version: 1 });
  });

  it('answers 409 with the current goal on a stale version', async () => {
    const goalId = await insertGoalRow(env.db, env.w, env.w.citizens.onA);
    await staff.post(`/api/goals/${goalId}/status`, { version: 1, status: 'paused', reason: 'Ferie' });
    const res = await staff.post(`/api/goals/${goalId}/status`, { version: 1, status: 'dropped', reason: 'Flyttet' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.current).toMatchObject({ id: goalId, status: 'paused', statusReason: 'Ferie', version: 2 });
    expect(await lastAudit(env.db, env.w.users.staff.id)).toMatchObject({ action: 'read', entity: 'goal', entity_id: goalId, detail: { conflict: true } });
    expect(await statusOf(goalId)).toEqual({ status: 'paused', status_reason: 'Ferie', version: 2 });
  });

  it('answers 401, 403 to the case worker, 404 to another unit and municipality', async () => {
    const goalId = await insertGoalRow(env.db, env.w, env.w.citizens.onA);
    const url = `/api/goals/${goalId}/status`;
    const payload = { version: 1, status: 'paused', reason: 'x' };
    expect((await env.app.inject({ method: 'POST', url, payload })).statusCode).toBe(401);
    expect((await (await login(env.app, env.w.users.caseWorker.username)).post(url, payload)).statusCode).toBe(403);
    expect((await (await login(env.app, env.w.users.staffB.username)).post(url, payload)).statusCode).toBe(404);
    expect((await (await login(env.app, env.other.users.facilityLeader.username)).post(url, payload)).statusCode).toBe(404);
    expect(await statusOf(goalId)).toEqual({ status: 'active', status_reason: null, version: 1 });
  });
});
