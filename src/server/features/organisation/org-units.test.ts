import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/index.js';
import { createTestDb } from '../../../../test/db.js';
import { buildWorld, type World } from '../../../../test/world.js';
import { login, testApp, type Client } from '../../../../test/http.js';

let db: Db;
let app: FastifyInstance;
let w: World;
let other: World;
let admin: Client;
let staff: Client;

beforeAll(async () => {
  db = await createTestDb();
  app = await testApp(db);
  w = await buildWorld(db);
  other = await buildWorld(db, 'Nabokommune');
  admin = await login(app, w.users.admin.username);
  staff = await login(app, w.users.staff.username);
});
afterAll(async () => {
  await app.close();
  await db.close();
});

const countUnits = async (m: string) =>
  (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM org_units WHERE municipality_id = $1', [m]))[0].n;
const unitRow = async (id: string) =>
  (await db.query<{ name: string; active: boolean; version: number; path: string }>('SELECT name, active, version, path FROM org_units WHERE id = $1', [id]))[0];
const pathOf = (...ids: string[]) => `/${ids.join('/')}/`;

describe('GET /api/org-units', () => {
  it('requires a session', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/org-units' })).statusCode).toBe(401);
  });

  it('gives any signed-in user the municipality’s tree, flat and depth first, with stored paths', async () => {
    const res = await staff.get('/api/org-units');
    expect(res.statusCode).toBe(200);
    const units = res.json().data as Array<{ id: string; parentId: string | null; kind: string; name: string; path: string; abilities: Record<string, boolean> }>;
    expect(units.map((u) => u.name)).toEqual([
      'Testkommune',
      'Center for Boformer',
      'Bostedet Lærkehøj',
      'Afdeling A',
      'Afdeling B',
      'Botilbuddet Strandly',
      'Afdeling C',
    ]);
    const unitA = units.find((u) => u.id === w.units.unitA)!;
    expect(unitA).toMatchObject({
      parentId: w.units.facility1,
      kind: 'unit',
      path: pathOf(w.units.municipality, w.units.center, w.units.facility1, w.units.unitA),
      active: true,
      followUpIntervalMonths: 3,
      version: 1,
    });
    expect(units[0].parentId).toBeNull();
    // Names only for staff: no management, no figures.
    expect(unitA.abilities).toMatchObject({ read: true, manage: false, readFigures: false });
    expect(res.body).not.toContain(other.units.unitA);
  });

  it('tells an admin what they may manage', async () => {
    const units = (await admin.get('/api/org-units')).json().data as Array<{ abilities: Record<string, boolean> }>;
    expect(units.every((u) => u.abilities.manage)).toBe(true);
  });
});

describe('POST /api/org-units', () => {
  it('builds center → area → facility → unit with each path computed from its parent, and audits it', async () => {
    const area = await admin.post('/api/org-units', { parentId: w.units.center, kind: 'area', name: 'Område Nord' });
    expect(area.statusCode).toBe(201);
    const a = area.json().data;
    expect(a).toMatchObject({ parentId: w.units.center, kind: 'area', name: 'Område Nord', active: true, version: 1 });
    expect(a.path).toBe(pathOf(w.units.municipality, w.units.center, a.id));

    const facility = (await admin.post('/api/org-units', { parentId: a.id, kind: 'facility', name: 'Bofællesskabet Nord' })).json().data;
    expect(facility.path).toBe(`${a.path}${facility.id}/`);
    const unit = (await admin.post('/api/org-units', { parentId: facility.id, kind: 'unit', name: 'Nord 1' })).json().data;
    expect(unit.path).toBe(pathOf(w.units.municipality, w.units.center, a.id, facility.id, unit.id));
    expect((await unitRow(unit.id)).path).toBe(unit.path);

    // The area level is optional: a facility straight under the center is fine too.
    expect((await admin.post('/api/org-units', { parentId: w.units.center, kind: 'facility', name: 'Direkte' })).statusCode).toBe(201);

    const [row] = await db.query<{ action: string; entity: string; citizen_ids: string[] }>(
      `SELECT action, entity, citizen_ids FROM audit_log WHERE entity_id = $1`,
      [unit.id],
    );
    expect(row).toEqual({ action: 'create', entity: 'org_unit', citizen_ids: [] });
  });

  it('refuses a kind that does not fit under the parent (400) and writes nothing', async () => {
    const before = await countUnits(w.municipalityId);
    const cases: Array<[string, string]> = [
      [w.units.center, 'unit'],
      [w.units.municipality, 'facility'],
      [w.units.facility1, 'facility'],
      [w.units.unitA, 'unit'],
      [w.units.center, 'municipality'],
      [w.units.center, 'center'],
    ];
    for (const [parentId, kind] of cases) {
      const res = await admin.post('/api/org-units', { parentId, kind, name: 'Forkert' });
      expect(res.statusCode, `${kind} under ${parentId}`).toBe(400);
      expect(res.json().error.fields.kind).toMatch(/kan ikke ligge under/);
    }
    expect(await countUnits(w.municipalityId)).toBe(before);
  });

  it('answers 403 to staff, 404 for another municipality’s parent, and writes nothing', async () => {
    const before = await countUnits(w.municipalityId);
    expect((await staff.post('/api/org-units', { parentId: w.units.facility1, kind: 'unit', name: 'Ny' })).statusCode).toBe(403);
    const leader = await login(app, w.users.facilityLeader.username);
    expect((await leader.post('/api/org-units', { parentId: w.units.facility1, kind: 'unit', name: 'Ny' })).statusCode).toBe(403);
    expect((await admin.post('/api/org-units', { parentId: other.units.facility1, kind: 'unit', name: 'Ny' })).statusCode).toBe(404);
    expect(await countUnits(w.municipalityId)).toBe(before);
    expect(await countUnits(other.municipalityId)).toBe(7);
  });

  it('rejects bad input with field errors and writes nothing', async () => {
    const before = await countUnits(w.municipalityId);
    const bad: unknown[] = [
      { parentId: w.units.center, kind: 'facility' },
      { parentId: w.units.center, kind: 'facility', name: '' },
      { parentId: w.units.center, kind: 'facility', name: 'x'.repeat(201) },
      { parentId: w.units.center, kind: 'department', name: 'X' },
      { parentId: 'not-a-uuid', kind: 'facility', name: 'X' },
      { parentId: w.units.center, kind: 'facility', name: 42 },
      { parentId: w.units.center, kind: 'facility', name: 'X', path: '/hacked/' },
    ];
    for (const body of bad) {
      const res = await admin.post('/api/org-units', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.fields).toBeTruthy();
    }
    expect((await admin.post('/api/org-units', { parentId: w.units.center, kind: 'facility', name: 'X', path: '/h/' })).json().error.fields).toEqual({
      path: 'Ukendt felt.',
    });
    expect((await admin.raw('POST', '/api/org-units', '{"parentId": ')).statusCode).toBe(400);
    expect(await countUnits(w.municipalityId)).toBe(before);
  });
});

describe('PATCH /api/org-units/:id', () => {
  it('renames and sets the follow-up interval, naming the version read; a stale version is 409 with the current record', async () => {
    const ok = await admin.patch(`/api/org-units/${w.units.facility2}`, { version: 1, name: 'Strandly', followUpIntervalMonths: 6 });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().data).toMatchObject({ name: 'Strandly', followUpIntervalMonths: 6, version: 2, active: true });

    const stale = await admin.patch(`/api/org-units/${w.units.facility2}`, { version: 1, name: 'Gammelt navn' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'conflict', current: { name: 'Strandly', version: 2 } });
    expect(await unitRow(w.units.facility2)).toMatchObject({ name: 'Strandly', version: 2 });
  });

  it('deactivates (never deletes) only a unit without active sub-units or places, and reactivates only under an active parent', async () => {
    const busy = await admin.patch(`/api/org-units/${w.units.unitC}`, { version: 1, active: false });
    expect(busy.statusCode).toBe(400);
    expect(busy.json().error.fields.active).toMatch(/aktive underenheder eller pladser/);
    expect((await admin.patch(`/api/org-units/${w.units.facility1}`, { version: 1, active: false })).statusCode).toBe(400);

    const facility = (await admin.post('/api/org-units', { parentId: w.units.center, kind: 'facility', name: 'Lukker' })).json().data;
    const unit = (await admin.post('/api/org-units', { parentId: facility.id, kind: 'unit', name: 'Lukker 1' })).json().data;
    expect((await admin.patch(`/api/org-units/${unit.id}`, { version: 1, active: false })).json().data).toMatchObject({ active: false, version: 2 });
    expect((await admin.patch(`/api/org-units/${facility.id}`, { version: 1, active: false })).json().data.active).toBe(false);
    expect(await unitRow(unit.id)).toMatchObject({ active: false, name: 'Lukker 1' });

    // A new unit cannot go under a deactivated facility, nor be reactivated under one.
    const under = await admin.post('/api/org-units', { parentId: facility.id, kind: 'unit', name: 'Lukker 2' });
    expect(under.statusCode).toBe(400);
    expect(under.json().error.fields.parentId).toBeTruthy();
    const revive = await admin.patch(`/api/org-units/${unit.id}`, { version: 2, active: true });
    expect(revive.statusCode).toBe(400);
    expect((await admin.patch(`/api/org-units/${facility.id}`, { version: 2, active: true })).statusCode).toBe(200);
    expect((await admin.patch(`/api/org-units/${unit.id}`, { version: 2, active: true })).json().data.active).toBe(true);
  });

  it('answers 403 to staff, 404 for another municipality’s unit, 400 for a bad id, and writes nothing', async () => {
    expect((await app.inject({ method: 'PATCH', url: `/api/org-units/${w.units.unitA}`, payload: { version: 1, name: 'X' } })).statusCode).toBe(401);
    expect((await staff.patch(`/api/org-units/${w.units.unitA}`, { version: 1, name: 'Hacket' })).statusCode).toBe(403);
    expect((await admin.patch(`/api/org-units/${other.units.unitA}`, { version: 1, name: 'Hacket' })).statusCode).toBe(404);
    expect((await admin.patch('/api/org-units/not-a-uuid', { version: 1, name: 'Hacket' })).statusCode).toBe(400);
    expect(await unitRow(w.units.unitA)).toMatchObject({ name: 'Afdeling A', version: 1 });
    expect(await unitRow(other.units.unitA)).toMatchObject({ name: 'Afdeling A', version: 1 });
  });

  it('rejects bad input and writes nothing', async () => {
    const bad: unknown[] = [
      { version: 1 },
      { name: 'Uden version' },
      { version: '1', name: 'X' },
      { version: 1, followUpIntervalMonths: 0 },
      { version: 1, followUpIntervalMonths: 25 },
      { version: 1, followUpIntervalMonths: 2.5 },
      { version: 1, active: 'nej' },
      { version: 1, kind: 'facility' },
      { version: 1, parentId: w.units.center },
    ];
    for (const body of bad) expect((await admin.patch(`/api/org-units/${w.units.unitB}`, body)).statusCode, JSON.stringify(body)).toBe(400);
    expect((await admin.raw('PATCH', `/api/org-units/${w.units.unitB}`, '{version: 1}')).statusCode).toBe(400);
    expect(await unitRow(w.units.unitB)).toMatchObject({ name: 'Afdeling B', version: 1, active: true });
  });
});
