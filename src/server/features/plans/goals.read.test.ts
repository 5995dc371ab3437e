import { beforeAll, describe, expect, it } from 'vitest';
import { login, useTestApp } from '../../../../test/http.js';
import { todayInCopenhagen } from '../../../domain/dates.js';
import { addDaysIso } from '../../../domain/plans.js';
import { lastAudit } from '../../../../test/audit.js';
import { FFB, insertGoalRow } from './plans.fixtures.js';

const env = useTestApp({ worlds: 2 });
const today = todayInCopenhagen();
const goals = {} as Record<'overdue' | 'paused' | 'soon' | 'onB', string>;

beforeAll(async () => {
  goals.soon = await insertGoalRow(env.db, env.w, env.w.citizens.onA, { title: 'Snart', nextFollowUpDate: addDaysIso(today, 5) });
  goals.overdue = await insertGoalRow(env.db, env.w, env.w.citizens.onA, { title: 'Forsinket', nextFollowUpDate: addDaysIso(today, -1) });
  goals.paused = await insertGoalRow(env.db, env.w, env.w.citizens.onA, { title: 'På pause', nextFollowUpDate: addDaysIso(today, -30), status: 'paused' });
  goals.onB = await insertGoalRow(env.db, env.w, env.w.citizens.onB, { title: 'Bents mål' });
  // A follow-up history and linked notes on the overdue goal.
  await env.db.query(
    `INSERT INTO follow_ups (municipality_id, goal_id, citizen_id, follow_up_date, progress, level_code, note, continues, next_follow_up_date, author_id)
     VALUES ($1, $2, $3, '2025-04-01', 'unchanged', NULL, 'Første opfølgning', true, '2025-07-01', $4),
            ($1, $2, $3, '2025-07-01', 'improved', $5, 'Anden opfølgning', true, $6, $7)`,
    [env.w.municipalityId, goals.overdue, env.w.citizens.onA, env.w.users.staff.id, FFB.moderat, addDaysIso(today, -1), env.w.users.unitLeader.id],
  );
  const notes = await env.db.query<{ id: string }>(
    `INSERT INTO journal_notes (municipality_id, citizen_id, author_id, written_at, body, error_reason)
     VALUES ($1, $2, $3, '2025-05-01T08:00:00Z', $4, NULL),
            ($1, $2, $3, '2025-06-01T08:00:00Z', 'Skrevet på forkert borger', 'Forkert borger'),
            ($1, $2, $3, '2025-06-02T08:00:00Z', 'Handlede selv ind i dag.', NULL)
     RETURNING id`,
    [env.w.municipalityId, env.w.citizens.onA, env.w.users.staff.id, `Lang note ${'x'.repeat(300)}`],
  );
  for (const n of notes) {
    await env.db.query('INSERT INTO journal_note_goals (municipality_id, note_id, goal_id) VALUES ($1, $2, $3)', [env.w.municipalityId, n.id, goals.overdue]);
  }
});

describe('GET /api/citizens/:id/goals', () => {
  it('lists the citizen’s goals, active ones first by next follow-up, and audits one goal_list read', async () => {
    const staff = await login(env.app, env.w.users.staff.username);
    const res = await staff.get(`/api/citizens/${env.w.citizens.onA}/goals`);
    expect(res.statusCode).toBe(200);
    const list = res.json().data;
    expect(list.map((g: { title: string }) => g.title)).toEqual(['Forsinket', 'Snart', 'På pause']);
    expect(list.map((g: { overdue: boolean }) => g.overdue)).toEqual([true, false, false]);
    expect(list[0]).toMatchObject({ status: 'active', abilities: { readPlan: true, editPlan: true } });
    expect(list[0]).not.toHaveProperty('followUps');
    expect(await lastAudit(env.db, env.w.users.staff.id)).toMatchObject({
      action: 'read',
      entity: 'goal_list',
      citizen_ids: [env.w.citizens.onA],
    });
  });

  it('filters by status', async () => {
    const staff = await login(env.app, env.w.users.staff.username);
    const paused = (await staff.get(`/api/citizens/${env.w.citizens.onA}/goals?status=paused`)).json().data;
    expect(paused.map((g: { title: string }) => g.title)).toEqual(['På pause']);
    expect(paused[0].statusReason).toBe('test');
    expect((await staff.get(`/api/citizens/${env.w.citizens.onA}/goals?status=done`)).statusCode).toBe(400);
  });

  it('shows the plan to the assigned case worker, read-only', async () => {
    const caseWorker = await login(env.app, env.w.users.caseWorker.username);
    const list = (await caseWorker.get(`/api/citizens/${env.w.citizens.onA}/goals`)).json().data;
    expect(list).toHaveLength(3);
    expect(list[0].abilities).toMatchObject({ readPlan: true, editPlan: false, readJournal: false });
  });

  it('answers 401 without a session and 404 outside the actor’s scope', async () => {
    expect((await env.app.inject({ method: 'GET', url: `/api/citizens/${env.w.citizens.onA}/goals` })).statusCode).toBe(401);
    const staffB = await login(env.app, env.w.users.staffB.username);
    expect((await staffB.get(`/api/citizens/${env.w.citizens.onA}/goals`)).statusCode).toBe(404);
    const foreign = await login(env.app, env.other.users.facilityLeader.username);
    expect((await foreign.get(`/api/citizens/${env.w.citizens.onA}/goals`)).statusCode).toBe(404);
    const admin = await login(env.app, env.w.users.admin.username);
    expect((await admin.get(`/api/citizens/${env.w.citizens.onA}/goals`)).statusCode).toBe(404);
  });
});

describe('GET /api/goals/:id', () => {
  it('gives the goal with follow-ups newest first and linked notes (not those marked as error), and audits the read', async () => {
    const staff = await login(env.app, env.w.users.staff.username);
    const res = await staff.get(`/api/goals/${goals.overdue}`);
    expect(res.statusCode).toBe(200);
    const g = res.json().data;
    expect(g).toMatchObject({ id: goals.overdue, title: 'Forsinket', overdue: true, nextFollowUpDate: addDaysIso(today, -1) });
    expect(g.followUps.map((f: { followUpDate: string; note: string }) => [f.followUpDate, f.note])).toEqual([
      ['2025-07-01', 'Anden opfølgning'],
      ['2025-04-01', 'Første opfølgning'],
    ]);
    expect(g.followUps[0]).toMatchObject({
      progress: 'improved',
      level: { code: FFB.moderat, display: 'Moderat nedsat funktionsevne' },
      author: { id: env.w.users.unitLeader.id, name: 'Test unitLeader' },
    });
    expect(g.followUps[1].level).toBeNull();
    expect(g.notes.map((n: { body: string }) => n.body.slice(0, 10))).toEqual(['Handlede s', 'Lang note ']);
    expect(g.notes[1].body).toHaveLength(160);
    expect(g.notes[0]).toEqual({ id: expect.any(String), writtenAt: '2025-06-02T08:00:00.000Z', body: 'Handlede selv ind i dag.', authorName: 'Test staff' });
    expect(await lastAudit(env.db, env.w.users.staff.id)).toMatchObject({ action: 'read', entity: 'goal', entity_id: goals.overdue, citizen_ids: [env.w.citizens.onA] });
  });

  it('gives a case worker the goal and its follow-ups but not the daily journal’s notes', async () => {
    const caseWorker = await login(env.app, env.w.users.caseWorker.username);
    const g = (await caseWorker.get(`/api/goals/${goals.overdue}`)).json().data;
    expect(g.followUps).toHaveLength(2);
    expect(g).not.toHaveProperty('notes');
  });

  it('answers 404 for an unknown goal, another unit’s or another municipality’s goal', async () => {
    expect((await env.app.inject({ method: 'GET', url: `/api/goals/${goals.overdue}` })).statusCode).toBe(401);
    const staff = await login(env.app, env.w.users.staff.username);
    expect((await staff.get(`/api/goals/${goals.onB}`)).statusCode).toBe(404);
    expect((await staff.get('/api/goals/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await staff.get('/api/goals/not-a-uuid')).statusCode).toBe(400);
    const foreign = await login(env.app, env.other.users.facilityLeader.username);
    expect((await foreign.get(`/api/goals/${goals.overdue}`)).statusCode).toBe(404);
    const leader = await login(env.app, env.w.users.facilityLeader.username);
    expect((await leader.get(`/api/goals/${goals.onB}`)).statusCode).toBe(200);
  });
});
