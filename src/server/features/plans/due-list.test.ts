import { beforeAll, describe, expect, it } from 'vitest';
import { login, useTestApp } from '../../../../test/http.js';
import { todayInCopenhagen } from '../../../domain/dates.js';
import { addDaysIso } from '../../../domain/plans.js';
import { lastAudit } from '../../../../test/audit.js';
import { insertGoalRow } from './plans.fixtures.js';

const env = useTestApp({ worlds: 2 });
const today = todayInCopenhagen();
const day = (n: number) => addDaysIso(today, n);

type Due = { goalTitle: string; citizenName: string; date: string; daysOverdue: number };
const titles = (items: Due[]) => items.map((i) => i.goalTitle);

beforeAll(async () => {
  const goals: Array<[string, string, string | null, string?]> = [
    [env.w.citizens.onA, 'A tre dage over', day(-3)],
    [env.w.citizens.onA, 'A i dag', day(0)],
    [env.w.citizens.onA, 'A om 14 dage', day(14)],
    [env.w.citizens.onA, 'A om 15 dage', day(15)],
    [env.w.citizens.onA, 'A på pause', day(-10), 'paused'],
    [env.w.citizens.onA, 'A nået', day(-5), 'achieved'],
    [env.w.citizens.onA, 'A uden dato', null],
    [env.w.citizens.onB, 'B i går', day(-1)],
    [env.w.citizens.onC, 'C om 2 dage', day(2)],
    [env.other.citizens.onA, 'Nabo over', day(-2)],
  ];
  for (const [citizenId, title, date, status] of goals) {
    await insertGoalRow(env.db, citizenId === env.other.citizens.onA ? env.other : env.w, citizenId, { title, nextFollowUpDate: date, status });
  }
  await env.db.query(`UPDATE goals SET responsible_user_id = $1 WHERE title = 'A tre dage over'`, [env.w.users.staff.id]);
  await env.db.query(`UPDATE goals SET responsible_external = 'Jobcentret' WHERE title = 'B i går'`);
});

describe('GET /api/follow-ups/due', () => {
  it('splits a staff member’s active goals into overdue and upcoming by the Copenhagen date', async () => {
    const staff = await login(env.app, env.w.users.staff.username);
    const res = await staff.get('/api/follow-ups/due');
    expect(res.statusCode).toBe(200);
    const { overdue, upcoming } = res.json().data;
    expect(titles(overdue)).toEqual(['A tre dage over']);
    expect(titles(upcoming)).toEqual(['A i dag', 'A om 14 dage']);
    expect(overdue[0]).toEqual({
      goalId: expect.any(String),
      goalTitle: 'A tre dage over',
      citizenId: env.w.citizens.onA,
      citizenName: 'Anna Andersen',
      unitName: 'Afdeling A',
      facilityName: 'Bostedet Lærkehøj',
      responsible: { userId: env.w.users.staff.id, name: 'Test staff', external: null },
      date: day(-3),
      daysOverdue: 3,
    });
    expect(upcoming.map((i: Due) => i.daysOverdue)).toEqual([0, -14]);
  });

  it('narrows the window with days', async () => {
    const staff = await login(env.app, env.w.users.staff.username);
    const { overdue, upcoming } = (await staff.get('/api/follow-ups/due?days=1')).json().data;
    expect(titles(overdue)).toEqual(['A tre dage over']);
    expect(titles(upcoming)).toEqual(['A i dag']);
  });

  it('gives a facility leader the whole facility, most overdue first, and audits one row naming every citizen', async () => {
    const leader = await login(env.app, env.w.users.facilityLeader.username);
    const { overdue, upcoming } = (await leader.get('/api/follow-ups/due')).json().data;
    expect(titles(overdue)).toEqual(['A tre dage over', 'B i går']);
    // Who is responsible for each follow-up: a colleague, someone outside, or nobody yet.
    expect(overdue.map((i: { responsible: unknown }) => i.responsible)).toEqual([
      { userId: env.w.users.staff.id, name: 'Test staff', external: null },
      { userId: null, name: null, external: 'Jobcentret' },
    ]);
    expect(upcoming[0].responsible).toEqual({ userId: null, name: null, external: null });
    expect(titles(upcoming)).toEqual(['A i dag', 'A om 14 dage']);
    const row = await lastAudit(env.db, env.w.users.facilityLeader.id);
    expect(row).toMatchObject({ action: 'read', entity: 'due_list', detail: { days: 14 } });
    expect([...row.citizen_ids].sort()).toEqual([env.w.citizens.onA, env.w.citizens.onB].sort());
  });

  it('narrows to an org unit the actor may see the due list of', async () => {
    const leader = await login(env.app, env.w.users.facilityLeader.username);
    const res = await leader.get(`/api/follow-ups/due?orgUnitId=${env.w.units.unitB}`);
    expect(res.statusCode).toBe(200);
    expect(titles(res.json().data.overdue)).toEqual(['B i går']);
    expect(res.json().data.upcoming).toEqual([]);
    expect(await lastAudit(env.db, env.w.users.facilityLeader.id)).toMatchObject({
      entity: 'due_list',
      entity_id: env.w.units.unitB,
      citizen_ids: [env.w.citizens.onB],
      detail: { orgUnitId: env.w.units.unitB },
    });
  });

  it('answers 403 for an org unit outside the actor’s reach and 404 for an unknown or foreign one', async () => {
    const staff = await login(env.app, env.w.users.staff.username);
    expect((await staff.get(`/api/follow-ups/due?orgUnitId=${env.w.units.unitC}`)).statusCode).toBe(403);
    expect((await staff.get(`/api/follow-ups/due?orgUnitId=${env.w.units.facility1}`)).statusCode).toBe(403);
    expect((await staff.get(`/api/follow-ups/due?orgUnitId=${env.other.units.unitA}`)).statusCode).toBe(404);
    expect((await staff.get('/api/follow-ups/due?orgUnitId=00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    const caseWorker = await login(env.app, env.w.users.caseWorker.username);
    expect((await caseWorker.get(`/api/follow-ups/due?orgUnitId=${env.w.units.unitA}`)).statusCode).toBe(403);
  });

  it('keeps to the actor’s scope: other units, other municipalities, and nobody’s for an admin', async () => {
    const staffB = await login(env.app, env.w.users.staffB.username);
    const b = (await staffB.get('/api/follow-ups/due')).json().data;
    expect([titles(b.overdue), titles(b.upcoming)]).toEqual([[], ['C om 2 dage']]);
    const foreign = await login(env.app, env.other.users.staff.username);
    const f = (await foreign.get('/api/follow-ups/due')).json().data;
    expect([titles(f.overdue), titles(f.upcoming)]).toEqual([['Nabo over'], []]);
    const caseWorker = await login(env.app, env.w.users.caseWorker.username);
    const cw = (await caseWorker.get('/api/follow-ups/due')).json().data;
    expect(titles(cw.overdue)).toEqual(['A tre dage over']);
    const admin = await login(env.app, env.w.users.admin.username);
    expect((await admin.get('/api/follow-ups/due')).json().data).toEqual({ overdue: [], upcoming: [] });
    expect(await lastAudit(env.db, env.w.users.admin.id)).toMatchObject({ entity: 'due_list', citizen_ids: [] });
  });

  it('rejects bad query parameters and answers 401 without a session', async () => {
    expect((await env.app.inject({ method: 'GET', url: '/api/follow-ups/due' })).statusCode).toBe(401);
    const staff = await login(env.app, env.w.users.staff.username);
    const audits = () => env.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE user_id = $1`, [env.w.users.staff.id]);
    const [before] = await audits();
    for (const q of ['days=0', 'days=91', 'days=abc', 'days=1.5', 'orgUnitId=x', 'unit=1']) {
      const res = await staff.get(`/api/follow-ups/due?${q}`);
      expect(res.statusCode, q).toBe(400);
    }
    expect(await audits()).toEqual([before]);
  });
});
