import { beforeAll, describe, expect, it } from 'vitest';
import { login, useTestApp } from '../../../../test/http.js';
import { auditRows, writeNote } from './test-fixtures.js';

const env = useTestApp({ worlds: 2 });
const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000).toISOString();
const notes = {} as Record<'annaRecent' | 'annaOlder' | 'annaOld' | 'bentRecent' | 'carlaRecent' | 'annaWrong', string>;

beforeAll(async () => {
  const { w, other, app } = env;
  const staff = await login(app, w.users.staff.username);
  const leader = await login(app, w.users.facilityLeader.username);
  const staffC = await login(app, w.users.staffB.username);
  notes.annaOld = (await writeNote(staff, w.citizens.onA, { body: 'Anna for 30 timer siden.', writtenAt: hoursAgo(30) })).id;
  notes.annaOlder = (await writeNote(staff, w.citizens.onA, { body: 'Anna for 5 timer siden.', writtenAt: hoursAgo(5) })).id;
  notes.bentRecent = (await writeNote(leader, w.citizens.onB, { body: 'Bent for 2 timer siden.', writtenAt: hoursAgo(2) })).id;
  notes.carlaRecent = (await writeNote(staffC, w.citizens.onC, { body: 'Carla for 1 time siden.', writtenAt: hoursAgo(1) })).id;
  notes.annaRecent = (await writeNote(staff, w.citizens.onA, { body: 'Anna for lidt siden.' })).id;
  notes.annaWrong = (await writeNote(staff, w.citizens.onA, { body: 'Forkert borger.' })).id;
  expect((await staff.post(`/api/notes/${notes.annaWrong}/mark-error`, { version: 1, reason: 'Forkert borger.' })).statusCode).toBe(200);
  await writeNote(await login(app, other.users.staff.username), other.citizens.onA, { body: 'Nabokommunen.' });
});

type Group = { citizen: { id: string; name: string; unitName: string }; notes: Array<{ id: string }> };
const shape = (groups: Group[]) => groups.map((g) => [g.citizen.name, g.notes.map((n) => n.id)]);

describe('vagtoverlevering', () => {
  it('lists the last 24 hours on the staff member’s own unit, grouped by citizen, newest first', async () => {
    const { w, app, db } = env;
    const staff = await login(app, w.users.staff.username);
    const res = await staff.get('/api/handover');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ hours: 24, truncated: false });
    expect(shape(res.json().data)).toEqual([['Anna Andersen', [notes.annaRecent, notes.annaOlder]]]);
    expect(res.json().data[0].citizen.unitName).toBe('Afdeling A');
    expect(res.json().data[0].notes[0].abilities).toEqual({ readHistory: true, correct: true, markError: true, addAddendum: true });
    const [row] = await auditRows(db, w.users.staff.id, 'handover');
    expect(row).toMatchObject({ action: 'read', citizen_ids: [w.citizens.onA], detail: { hours: 24, notes: 2 } });
  });

  it('widens with hours and covers every unit a facility leader leads; narrows to one unit', async () => {
    const { w, app, db } = env;
    const leader = await login(app, w.users.facilityLeader.username);
    const all = (await leader.get('/api/handover?hours=48')).json().data;
    expect(shape(all)).toEqual([
      ['Anna Andersen', [notes.annaRecent, notes.annaOlder, notes.annaOld]],
      ['Bent Bertelsen', [notes.bentRecent]],
    ]);
    const [row] = await auditRows(db, w.users.facilityLeader.id, 'handover');
    expect([...row.citizen_ids].sort()).toEqual([w.citizens.onA, w.citizens.onB].sort());
    const unitB = (await leader.get(`/api/handover?unitId=${w.units.unitB}`)).json().data;
    expect(shape(unitB)).toEqual([['Bent Bertelsen', [notes.bentRecent]]]);
  });

  it('answers 404 for a unit that is not the caller’s, and shows a case worker nothing', async () => {
    const { w, other, app } = env;
    const staff = await login(app, w.users.staff.username);
    expect((await staff.get(`/api/handover?unitId=${w.units.unitC}`)).statusCode).toBe(404);
    expect((await staff.get(`/api/handover?unitId=${other.units.unitA}`)).statusCode).toBe(404);
    expect((await staff.get(`/api/handover?unitId=${w.units.facility1}`)).statusCode).toBe(404);
    const caseWorker = await login(app, w.users.caseWorker.username);
    const res = await caseWorker.get('/api/handover?hours=72');
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toEqual([]);
  });

  it('rejects bad parameters and requires a session', async () => {
    const { w, app } = env;
    const staff = await login(app, w.users.staff.username);
    for (const q of ['hours=0', 'hours=73', 'hours=2.5', 'unitId=x', 'citizenId=1']) {
      expect((await staff.get(`/api/handover?${q}`)).statusCode, q).toBe(400);
    }
    expect((await app.inject({ method: 'GET', url: '/api/handover' })).statusCode).toBe(401);
  });
});
