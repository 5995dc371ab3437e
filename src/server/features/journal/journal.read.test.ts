import { beforeAll, describe, expect, it } from 'vitest';
import { login, useTestApp } from '../../../../test/http.js';
import { auditRows, insertGoal, writeNote } from './test-fixtures.js';

const env = useTestApp({ worlds: 2 });
const ids: string[] = []; // the five notes on Anna, oldest first

beforeAll(async () => {
  const staff = await login(env.app, env.w.users.staff.username);
  const goal = await insertGoal(env.db, env.w, env.w.citizens.onA, 'Sove om natten');
  for (let day = 1; day <= 5; day++) {
    const note = await writeNote(staff, env.w.citizens.onA, {
      body: `Dag ${day}`,
      writtenAt: `2025-03-0${day}T08:00:00Z`,
      goalIds: day % 2 ? [goal] : [],
    });
    ids.push(note.id);
  }
});

const notesUrl = (citizenId: string) => `/api/citizens/${citizenId}/notes`;
type Listed = { id: string; body: string; writtenAt: string };

describe('the journal of one citizen', () => {
  it('lists newest first and pages with before/limit', async () => {
    const { w, app } = env;
    const staff = await login(app, w.users.staff.username);
    const first = (await staff.get(`${notesUrl(w.citizens.onA)}?limit=2`)).json();
    expect(first.data.map((n: Listed) => n.body)).toEqual(['Dag 5', 'Dag 4']);
    expect(first.nextBefore).toBe('2025-03-04T08:00:00.000Z');
    const second = (await staff.get(`${notesUrl(w.citizens.onA)}?limit=2&before=${first.nextBefore}`)).json();
    expect(second.data.map((n: Listed) => n.body)).toEqual(['Dag 3', 'Dag 2']);
    const last = (await staff.get(`${notesUrl(w.citizens.onA)}?limit=2&before=${second.nextBefore}`)).json();
    expect(last.data.map((n: Listed) => n.body)).toEqual(['Dag 1']);
    expect(last.nextBefore).toBeNull();
    const all = (await staff.get(notesUrl(w.citizens.onA))).json().data;
    expect(all.map((n: Listed) => n.id)).toEqual([...ids].reverse());
  });

  it('pages through notes written in the same instant without skipping one', async () => {
    const { w, app } = env;
    const staff = await login(app, w.users.facilityLeader.username);
    const same: string[] = [];
    for (let i = 0; i < 5; i++) same.push((await writeNote(staff, w.citizens.onB, { body: `Samtidig ${i}`, writtenAt: '2025-05-01T12:00:00Z' })).id);
    const seen: string[] = [];
    let cursor = '';
    for (let page = 0; page < 5; page++) {
      const res = (await staff.get(`${notesUrl(w.citizens.onB)}?limit=2${cursor}`)).json();
      seen.push(...res.data.map((n: Listed) => n.id));
      if (!res.nextBefore) break;
      cursor = `&before=${res.nextBefore}&beforeId=${res.nextBeforeId}`;
    }
    expect([...seen].sort()).toEqual([...same].sort());
    expect(new Set(seen).size).toBe(5);
  });

  it('filters by goal', async () => {
    const { w, app, db } = env;
    const staff = await login(app, w.users.staff.username);
    const [{ id: goal }] = await db.query<{ id: string }>(`SELECT id FROM goals WHERE citizen_id = $1`, [w.citizens.onA]);
    const res = (await staff.get(`${notesUrl(w.citizens.onA)}?goalId=${goal}`)).json().data;
    expect(res.map((n: Listed) => n.body)).toEqual(['Dag 5', 'Dag 3', 'Dag 1']);
    const otherGoal = await insertGoal(db, w, w.citizens.onA, 'Uden notater');
    expect((await staff.get(`${notesUrl(w.citizens.onA)}?goalId=${otherGoal}`)).json().data).toEqual([]);
  });

  it('audits the read naming the citizen', async () => {
    const { w, app, db } = env;
    const leader = await login(app, w.users.unitLeader.username);
    const res = await leader.get(`${notesUrl(w.citizens.onA)}?limit=3`);
    expect(res.statusCode).toBe(200);
    const rows = await auditRows(db, w.users.unitLeader.id, 'journal_note_list');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'read', entity_id: w.citizens.onA, citizen_ids: [w.citizens.onA], detail: { notes: 3 } });
  });

  it('shows abilities: the author may correct, another reader may not', async () => {
    const { w, app } = env;
    const staff = await login(app, w.users.staff.username);
    expect((await staff.get(notesUrl(w.citizens.onA))).json().data[0].abilities).toEqual({ readHistory: true, correct: true, markError: true, addAddendum: true });
    // A leader marks a note in error but never rewrites it: they add an addendum.
    const leader = await login(app, w.users.facilityLeader.username);
    expect((await leader.get(notesUrl(w.citizens.onA))).json().data[0].abilities).toEqual({ readHistory: true, correct: false, markError: true, addAddendum: true });
  });
});

describe('who may read the journal', () => {
  it('refuses a case worker who may read the plan but not the journal (403), and audits nothing', async () => {
    const { w, app, db } = env;
    const caseWorker = await login(app, w.users.caseWorker.username);
    expect((await caseWorker.get(`/api/citizens/${w.citizens.onA}`)).statusCode).toBe(200);
    const res = await caseWorker.get(notesUrl(w.citizens.onA));
    expect(res.statusCode).toBe(403);
    expect(res.body).not.toContain('Dag 1');
    expect(await auditRows(db, w.users.caseWorker.id, 'journal_note_list')).toEqual([]);
  });

  it('answers 404 for staff on another unit, another municipality, an unplaced or unknown citizen', async () => {
    const { w, other, app } = env;
    const staffC = await login(app, w.users.staffB.username);
    expect((await staffC.get(notesUrl(w.citizens.onA))).statusCode).toBe(404);
    const otherStaff = await login(app, other.users.staff.username);
    expect((await otherStaff.get(notesUrl(w.citizens.onA))).statusCode).toBe(404);
    const staff = await login(app, w.users.staff.username);
    expect((await staff.get(notesUrl(w.citizens.unplaced))).statusCode).toBe(404);
    expect((await staff.get(notesUrl('00000000-0000-4000-8000-000000000000'))).statusCode).toBe(404);
  });

  it('lets only the citizen’s leaders ask for notes marked in error', async () => {
    const { w, app } = env;
    const staff = await login(app, w.users.staff.username);
    expect((await staff.get(`${notesUrl(w.citizens.onA)}?includeErrors=true`)).statusCode).toBe(403);
    const leader = await login(app, w.users.unitLeader.username);
    expect((await leader.get(`${notesUrl(w.citizens.onA)}?includeErrors=true`)).statusCode).toBe(200);
  });

  it('requires a session', async () => {
    const { w, app } = env;
    expect((await app.inject({ method: 'GET', url: notesUrl(w.citizens.onA) })).statusCode).toBe(401);
  });

  it('rejects bad query parameters', async () => {
    const { w, app } = env;
    const staff = await login(app, w.users.staff.username);
    for (const q of ['limit=0', 'limit=201', 'limit=abc', 'before=2026-02-30T00:00:00Z', 'before=yesterday', 'goalId=42', 'sort=asc']) {
      const res = await staff.get(`${notesUrl(w.citizens.onA)}?${q}`);
      expect(res.statusCode, q).toBe(400);
      expect(res.json().error.code).toBe('invalid_input');
    }
    expect((await staff.get(`${notesUrl('not-a-uuid')}`)).statusCode).toBe(400);
  });
});
