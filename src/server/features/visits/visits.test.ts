import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { login, useTestApp, type Client } from '../../../../test/http.js';
import { lastAudit } from '../../../../test/audit.js';
import { testPasswordHash } from '../../../../test/world.js';
import { todayInCopenhagen } from '../../../domain/dates.js';
import { weekOf } from './routes.js';

const env = useTestApp({ worlds: 2 });

/** A home-support service (a facility without places) with two teams, their staff, and citizens living at home. */
interface Home {
  facility: string;
  teamPsych: string;
  teamVision: string;
  worker: { id: string; username: string };
  colleague: { id: string; username: string };
  visionWorker: { id: string; username: string };
  /** At home, served by the psychiatry team (§ 85). */
  atHome: string;
  /** At home, served by the vision team only. */
  visionOnly: string;
}
let home: Home;
let worker: Client;

async function addHomeSupport(): Promise<Home> {
  const { db, w } = env;
  const m = w.municipalityId;
  const [center] = await db.query<{ path: string }>('SELECT path FROM org_units WHERE id = $1', [w.units.center]);
  const unit = async (kind: string, name: string, parent: string, parentPath: string) => {
    const id = randomUUID();
    await db.query('INSERT INTO org_units (id, municipality_id, parent_id, kind, name, path) VALUES ($1, $2, $3, $4, $5, $6)', [id, m, parent, kind, name, `${parentPath}${id}/`]);
    return { id, path: `${parentPath}${id}/` };
  };
  const facility = await unit('facility', 'Bostøtten Nord', w.units.center, center.path);
  const psych = await unit('unit', 'Team psykiatri', facility.id, facility.path);
  const vision = await unit('unit', 'Team syn', facility.id, facility.path);
  const hash = await testPasswordHash();
  const user = async (name: string, at: string) => {
    const id = randomUUID();
    const username = `${name}-${id.slice(0, 6)}`;
    await db.query('INSERT INTO users (id, municipality_id, username, display_name, password_hash) VALUES ($1, $2, $3, $4, $5)', [id, m, username, `Test ${name}`, hash]);
    await db.query(`INSERT INTO user_roles (municipality_id, user_id, role, org_unit_id) VALUES ($1, $2, 'staff', $3)`, [m, id, at]);
    return { id, username };
  };
  const citizen = async (first: string, cpr: string, kind: string, basis: string, team: string) => {
    const id = randomUUID();
    await db.query(`INSERT INTO citizens (id, municipality_id, cpr, first_name, last_name, birth_date) VALUES ($1, $2, $3, $4, 'Hjemme', '1970-05-05')`, [id, m, cpr, first]);
    await db.query(
      `INSERT INTO interventions (municipality_id, citizen_id, kind_code, legal_basis, unit_id, start_date) VALUES ($1, $2, $3, $4, $5, '2025-01-01')`,
      [m, id, kind, basis, team],
    );
    return id;
  };
  return {
    facility: facility.id,
    teamPsych: psych.id,
    teamVision: vision.id,
    worker: await user('bostotte', psych.id),
    colleague: await user('kollega', psych.id),
    visionWorker: await user('syn', vision.id),
    atHome: await citizen('Hanne', `050570${String(Math.floor(Math.random() * 9000) + 1000)}`, 'housing_support', '§85', psych.id),
    visionOnly: await citizen('Vagn', `050570${String(Math.floor(Math.random() * 9000) + 1000)}`, 'housing_support', '§85', vision.id),
  };
}

beforeAll(async () => {
  home = await addHomeSupport();
  worker = await login(env.app, home.worker.username);
});

const plan = (c: Client, citizenId: string, body: Record<string, unknown> = {}) =>
  c.post(`/api/citizens/${citizenId}/visits`, {
    unitId: home.teamPsych, date: todayInCopenhagen(), startTime: '10:00', plannedMinutes: 60, staffIds: [home.worker.id], note: 'Hjælp med post', ...body,
  });

describe('support in one’s own home', () => {
  it('gives the team’s staff their citizens living at home: Mine borgere, record, plan and journal', async () => {
    const list = (await worker.get('/api/citizens')).json().data as Array<{ id: string; unitName: string; facilityName: string }>;
    expect(list.map((c) => c.id)).toEqual([home.atHome]);
    expect(list[0]).toMatchObject({ unitName: 'Team psykiatri', facilityName: 'Bostøtten Nord' });
    const record = await worker.get(`/api/citizens/${home.atHome}`);
    expect(record.statusCode).toBe(200);
    expect(record.json().data.abilities).toMatchObject({ read: true, readPlan: true, editPlan: true, readJournal: true, writeJournal: true });
    // No place: the record's service names the team that delivers it.
    expect(record.json().data.placement).toBeNull();
    expect(record.json().data.interventions).toEqual([
      expect.objectContaining({ kindCode: 'housing_support', active: true, placeName: null, unitName: 'Team psykiatri', facilityName: 'Bostøtten Nord' }),
    ]);
    expect((await worker.get(`/api/citizens/${home.atHome}/goals`)).statusCode).toBe(200);
    expect((await worker.post(`/api/citizens/${home.atHome}/notes`, { body: 'Besøg hjemme, Hanne havde ryddet op' })).statusCode).toBe(201);
    // Another team's citizen of the same service is not theirs.
    expect((await worker.get(`/api/citizens/${home.visionOnly}`)).statusCode).toBe(404);
  });
});

describe('visits', () => {
  it('plans a visit for the team’s staff and records it done, with its real length and who went', async () => {
    const res = await plan(worker, home.atHome, { staffIds: [home.worker.id, home.colleague.id] });
    expect(res.statusCode).toBe(201);
    const visit = res.json().data;
    expect(visit).toMatchObject({
      status: 'planned', team: { id: home.teamPsych, name: 'Team psykiatri' }, startTime: '10:00', plannedMinutes: 60, note: 'Hjælp med post',
      version: 1, abilities: { record: true },
    });
    expect(visit.plannedStaff.map((s: { id: string }) => s.id).sort()).toEqual([home.worker.id, home.colleague.id].sort());
    expect(await lastAudit(env.db, home.worker.id)).toMatchObject({ action: 'create', entity: 'visit', entity_id: visit.id, citizen_ids: [home.atHome] });

    const done = await worker.post(`/api/visits/${visit.id}/record`, { version: 1, status: 'done', startTime: '10:10', endTime: '11:05', staffIds: [home.colleague.id], note: 'Post åbnet' });
    expect(done.statusCode).toBe(200);
    expect(done.json().data).toMatchObject({
      status: 'done', actualStart: '10:10', actualEnd: '11:05', actualMinutes: 55, performedBy: [{ id: home.colleague.id, name: 'Test kollega' }],
      outcomeNote: 'Post åbnet', recordedBy: 'Test bostotte', version: 2, abilities: { record: false },
    });
    expect(await lastAudit(env.db, home.worker.id)).toMatchObject({ action: 'update', entity: 'visit', entity_id: visit.id, citizen_ids: [home.atHome] });

    // Recorded once: a second recording, or one on the old version, is a 409 with the visit as it is.
    const again = await worker.post(`/api/visits/${visit.id}/record`, { version: 2, status: 'cancelled', note: 'Aflyst' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.current).toMatchObject({ status: 'done', version: 2 });

    const listed = (await worker.get(`/api/citizens/${home.atHome}/visits`)).json().data;
    expect(listed.visits.map((v: { id: string }) => v.id)).toContain(visit.id);
    expect(listed.teams).toEqual([{ id: home.teamPsych, name: 'Team psykiatri', staff: expect.arrayContaining([{ id: home.worker.id, name: 'Test bostotte' }]) }]);
  });

  it('records a cancelled visit or a citizen not at home with a reason; a stale version is a 409', async () => {
    const visit = (await plan(worker, home.atHome)).json().data;
    expect((await worker.post(`/api/visits/${visit.id}/record`, { version: 1, status: 'not_home', note: '' })).json().error.fields).toEqual({ note: 'Skriv årsagen (mindst 3 tegn).' });
    const stale = await worker.post(`/api/visits/${visit.id}/record`, { version: 7, status: 'not_home', note: 'Lukkede ikke op' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current).toMatchObject({ id: visit.id, version: 1, status: 'planned' });
    const res = await worker.post(`/api/visits/${visit.id}/record`, { version: 1, status: 'not_home', note: 'Lukkede ikke op' });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({ status: 'not_home', outcomeNote: 'Lukkede ikke op', actualStart: null, actualMinutes: null });
  });

  it('refuses bad input field by field, and writes nothing', async () => {
    const [{ n: before }] = await env.db.query<{ n: number }>('SELECT count(*)::int AS n FROM visits');
    const fields = async (body: Record<string, unknown>) => {
      const res = await plan(worker, home.atHome, body);
      expect(res.statusCode).toBe(400);
      return res.json().error.fields;
    };
    expect(await fields({ plannedMinutes: 0 })).toEqual({ plannedMinutes: 'Varigheden skal være mindst 1 minut.' });
    expect(await fields({ plannedMinutes: 24 * 60 + 1 })).toEqual({ plannedMinutes: 'Et besøg varer højst 24 timer.' });
    expect(await fields({ startTime: '25:00' })).toEqual({ startTime: 'Skriv et klokkeslæt (TT:MM).' });
    expect(await fields({ date: '2026-02-30' })).toEqual({ date: 'Ugyldig dato (ÅÅÅÅ-MM-DD).' });
    expect(await fields({ staffIds: [] })).toEqual({ staffIds: 'Vælg mindst én medarbejder.' });
    // A colleague on another team is not the team's staff.
    expect(await fields({ staffIds: [home.visionWorker.id] })).toEqual({ staffIds: 'Vælg medarbejdere fra teamet.' });

    const visit = (await plan(worker, home.atHome)).json().data;
    const record = await worker.post(`/api/visits/${visit.id}/record`, { version: 1, status: 'done', startTime: '11:00', endTime: '10:30', staffIds: [home.worker.id] });
    expect(record.statusCode).toBe(400);
    expect(record.json().error.fields).toEqual({ endTime: 'Besøget skal slutte efter det begyndte.' });
    const ahead = (await plan(worker, home.atHome, { date: '2199-01-05' })).json().data;
    const early = await worker.post(`/api/visits/${ahead.id}/record`, { version: 1, status: 'done', startTime: '10:00', endTime: '10:30', staffIds: [home.worker.id] });
    expect(early.json().error.fields).toEqual({ status: 'Et besøg i fremtiden kan kun aflyses.' });
    expect((await worker.post(`/api/visits/${ahead.id}/record`, { version: 1, status: 'cancelled', note: 'Borgeren er bortrejst' })).statusCode).toBe(200);
    const missing = await worker.post(`/api/visits/${visit.id}/record`, { version: 1, status: 'done' });
    expect(Object.keys(missing.json().error.fields).sort()).toEqual(['endTime', 'staffIds', 'startTime']);
    const [{ n: after }] = await env.db.query<{ n: number }>('SELECT count(*)::int AS n FROM visits');
    expect(after).toBe(before + 2);
    expect((await worker.get(`/api/citizens/${home.atHome}/visits`)).json().data.visits.find((v: { id: string }) => v.id === visit.id).status).toBe('planned');
  });

  it('does not let a team visit a citizen it does not serve, nor other teams record its visits', async () => {
    // The vision team's citizen: the psychiatry worker does not see them at all.
    expect((await plan(worker, home.visionOnly)).statusCode).toBe(404);
    // The vision worker sees their citizen but the psychiatry team serves no service to them.
    const vision = await login(env.app, home.visionWorker.username);
    expect((await plan(vision, home.visionOnly, { staffIds: [home.visionWorker.id] })).json().error.message).toBe('Teamet findes ikke.');
    const ok = await plan(vision, home.visionOnly, { unitId: home.teamVision, staffIds: [home.visionWorker.id] });
    expect(ok.statusCode).toBe(201);
    // The psychiatry worker cannot reach the vision team's visit.
    expect((await worker.post(`/api/visits/${ok.json().data.id}/record`, { version: 1, status: 'cancelled', note: 'Syg' })).statusCode).toBe(404);
    expect((await worker.post(`/api/visits/${randomUUID()}/record`, { version: 1, status: 'cancelled', note: 'Syg' })).statusCode).toBe(404);
  });

  it('lets a cover read a citizen’s visits but not plan or record them', async () => {
    // Staff of unit A covers unit B for the night; onB's visits are readable, planning is not theirs.
    const staff = await login(env.app, env.w.users.staff.username);
    expect((await staff.post('/api/unit-covers', { unitId: env.w.units.unitB, hours: 8, reason: 'Nattevagt' })).statusCode).toBe(201);
    expect((await staff.get(`/api/citizens/${env.w.citizens.onB}/visits`)).json().data).toEqual({ visits: [], teams: [] });
    const res = await staff.post(`/api/citizens/${env.w.citizens.onB}/visits`, {
      unitId: env.w.units.unitB, date: todayInCopenhagen(), startTime: '10:00', plannedMinutes: 30, staffIds: [env.w.users.staff.id], note: '',
    });
    expect(res.statusCode).toBe(403);
    expect((await staff.get(`/api/visit-teams/${env.w.units.unitB}`)).statusCode).toBe(404);
    await env.db.query('UPDATE unit_covers SET ended_at = now(), ended_by = user_id WHERE ended_at IS NULL');
  });
});

describe('the coordinator’s overview of a team', () => {
  it('lists the team’s citizens with their last and next visit, flags who has not been seen, and names them all in the audit row', async () => {
    const today = todayInCopenhagen();
    const teams = (await worker.get('/api/visit-teams')).json().data;
    expect(teams).toEqual([{ id: home.teamPsych, name: 'Team psykiatri', facilityName: 'Bostøtten Nord', citizens: 1 }]);
    // Staff of a botilbud have no home-support team.
    expect((await (await login(env.app, env.w.users.staff.username)).get('/api/visit-teams')).json().data).toEqual([]);

    const res = await worker.get(`/api/visit-teams/${home.teamPsych}?days=7`);
    expect(res.statusCode).toBe(200);
    const data = res.json().data;
    expect(data).toMatchObject({ team: { id: home.teamPsych, name: 'Team psykiatri' }, days: 7, weekStart: weekOf(today)[0], weekEnd: weekOf(today)[1] });
    expect(data.citizens).toEqual([
      expect.objectContaining({ citizen: { id: home.atHome, name: 'Hanne Hjemme' }, lastVisit: today, daysSinceLastVisit: 0, overdue: false }),
    ]);
    expect(data.week.every((v: { citizen: { id: string } }) => v.citizen.id === home.atHome)).toBe(true);
    expect(await lastAudit(env.db, home.worker.id)).toMatchObject({ action: 'read', entity: 'team_visits', entity_id: home.teamPsych, citizen_ids: [home.atHome] });

    // Not seen for longer than the overview's days: flagged.
    await env.db.query(`UPDATE visits SET planned_date = planned_date - 30 WHERE citizen_id = $1`, [home.atHome]);
    const later = (await worker.get(`/api/visit-teams/${home.teamPsych}?days=7`)).json().data.citizens[0];
    expect(later).toMatchObject({ daysSinceLastVisit: 30, overdue: true, nextVisit: null });
    expect((await worker.get(`/api/visit-teams/${home.teamPsych}?days=0`)).statusCode).toBe(400);

    // Another team's overview, or another municipality's, is not there.
    expect((await worker.get(`/api/visit-teams/${home.teamVision}`)).statusCode).toBe(404);
    expect((await worker.get(`/api/visit-teams/${env.other.units.unitA}`)).statusCode).toBe(404);
  });

  it('lists exactly the teams whose overview the user may open (the list’s SQL twin agrees with the rule)', async () => {
    const users = [...Object.values(env.w.users).map((u) => u.username), home.worker.username, home.visionWorker.username];
    const teams = [home.teamPsych, home.teamVision, env.w.units.unitA, env.w.units.unitB, env.w.units.unitC];
    for (const username of users) {
      const c = await login(env.app, username);
      const listed = ((await c.get('/api/visit-teams')).json().data as Array<{ id: string }>).map((t) => t.id).sort();
      const open: string[] = [];
      // Units A–C deliver stays on places, so they are no home-support teams and never listed.
      for (const id of [home.teamPsych, home.teamVision]) if ((await c.get(`/api/visit-teams/${id}`)).statusCode === 200) open.push(id);
      expect(listed, username).toEqual(open.sort());
      expect(teams).toEqual(expect.arrayContaining(listed));
    }
  });

  it('gives the week from Monday to Sunday', () => {
    expect(weekOf('2026-12-07')).toEqual(['2026-12-07', '2026-12-13']);
    expect(weekOf('2026-12-13')).toEqual(['2026-12-07', '2026-12-13']);
    expect(weekOf('2026-12-06')).toEqual(['2026-11-30', '2026-12-06']);
  });
});
