import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/index.js';
import { createDemoDb } from '../../../../test/db.js';
import { login, testApp, type Client } from '../../../../test/http.js';
import { DEMO_PASSWORD } from '../../db/demo/seed.js';

let db: Db;
let app: FastifyInstance;
let bostotte: Client;

beforeAll(async () => {
  db = await createDemoDb();
  app = await testApp(db);
  bostotte = await login(app, 'bostotte', DEMO_PASSWORD);
}, 180_000);
afterAll(async () => {
  await app?.close();
  await db?.close();
});

type Row = { id: string; unitName: string; facilityName: string };

describe('the demo’s home-support service', () => {
  it('has Bostøtten Nord with three teams serving about 30 citizens at home, none on a place', async () => {
    const teams = await db.query<{ team: string; citizens: number; placed: number; staff: number }>(
      `SELECT unit.name AS team,
              (SELECT count(DISTINCT i.citizen_id)::int FROM interventions i WHERE i.unit_id = unit.id AND i.end_date IS NULL) AS citizens,
              (SELECT count(*)::int FROM interventions i WHERE i.unit_id = unit.id AND i.place_id IS NOT NULL) AS placed,
              (SELECT count(*)::int FROM user_roles r WHERE r.org_unit_id = unit.id AND r.role = 'staff') AS staff
         FROM org_units unit JOIN org_units f ON f.id = unit.parent_id WHERE f.name = 'Bostøtten Nord' ORDER BY unit.name`,
    );
    expect(teams.map((t) => t.team)).toEqual(['Team hjerneskade', 'Team psykiatri', 'Team syn']);
    expect(teams.reduce((n, t) => n + t.citizens, 0)).toBeGreaterThanOrEqual(25);
    for (const t of teams) expect(t).toMatchObject({ placed: 0, staff: expect.any(Number) });
    for (const t of teams) expect(t.staff).toBeGreaterThanOrEqual(3);
  });

  it('gives bostotte their team’s citizens on Mine borgere, with record, plan, journal and visits', async () => {
    const list = (await bostotte.get('/api/citizens')).json().data as Row[];
    expect(list.length).toBeGreaterThanOrEqual(8);
    expect(new Set(list.map((c) => `${c.facilityName}/${c.unitName}`))).toEqual(new Set(['Bostøtten Nord/Team psykiatri']));
    const record = (await bostotte.get(`/api/citizens/${list[0].id}`)).json().data;
    expect(record.abilities).toMatchObject({ read: true, readPlan: true, editPlan: true, readJournal: true, writeJournal: true });
    const visits = (await bostotte.get(`/api/citizens/${list[0].id}/visits`)).json().data;
    expect(visits.teams.map((t: { name: string }) => t.name)).toEqual(['Team psykiatri']);
  });

  it('has visits planned and done, and a coordinator’s overview that flags citizens not seen for long', async () => {
    const [counts] = await db.query<Record<string, number>>(
      `SELECT count(*) FILTER (WHERE status = 'done')::int AS done, count(*) FILTER (WHERE status = 'planned')::int AS planned,
              count(*) FILTER (WHERE status IN ('cancelled', 'not_home'))::int AS missed FROM visits`,
    );
    expect(counts.done).toBeGreaterThan(200);
    expect(counts.planned).toBeGreaterThan(10);
    expect(counts.missed).toBeGreaterThan(5);
    const [team] = (await bostotte.get('/api/visit-teams')).json().data;
    expect(team).toMatchObject({ name: 'Team psykiatri', facilityName: 'Bostøtten Nord' });
    const overview = (await bostotte.get(`/api/visit-teams/${team.id}?days=14`)).json().data;
    expect(overview.citizens.length).toBe(team.citizens);
    expect(overview.citizens.some((c: { overdue: boolean }) => !c.overdue)).toBe(true);
  });
});
