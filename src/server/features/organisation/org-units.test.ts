import { beforeAll, describe, expect, it } from 'vitest';
import { login, useTestApp, type Client } from '../../../../test/http.js';

const env = useTestApp({ worlds: 2 });
let admin: Client;
let staff: Client;

beforeAll(async () => {
  admin = await login(env.app, env.w.users.admin.username);
  staff = await login(env.app, env.w.users.staff.username);
});

const countUnits = async (m: string) =>
  (await env.db.query<{ n: number }>('SELECT count(*)::int AS n FROM org_units WHERE municipality_id = $1', [m]))[0].n;
const unitRow = async (id: string) =>
  (await env.db.query<{ name: string; active: boolean; version: number; path: string }>('SELECT name, active, version, path FROM org_units WHERE id = $1', [id]))[0];
const pathOf = (...ids: string[]) => `/${ids.join('/')}/`;

describe('GET /api/org-units', () => {
  it('requires a session', async () => {
    expect((await env.app.inject({ method: 'GET', url: '/api/org-units' })).statusCode).toBe(401);
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
    const unitA = units.find((u) => u.id === env.w.units.unitA)!;
    expect(unitA).toMatchObject({
      parentId: env.w.units.facility1,
      kind: 'unit',
      path: pathOf(env.w.units.municipality, env.w.units.center, env.w.units.facility1, env.w.units.unitA),
      active: true,
      followUpIntervalMonths: 3,
      version: 1,
    });
    expect(units[0].parentId).toBeNull();
    // Names only for staff: no management, no figures.
    expect(unitA.abilities).toMatchObject({ read: true, manage: false, readFigures: false });
    expect(res.body).not.toContain(env.other.units.unitA);
  });

  it('tells an admin what they may manage', async () => {
    const units = (await admin.get('/api/org-units')).json().data as Array<{ abilities: Record<string, boolean> }>;
    expect(units.every((u) => u.abilities.manage)).toBe(true);
  });
});

describe('POST /api/org-units', () => {
  it('builds center → area → facility → unit with each path computed from its parent, and audits it', async () => {
    const area = await admin.post('/api/org-units', { parentId: env.w.units.center, kind: 'area', name: 'Område Nord' });
    expect(area.statusCode).toBe(201);
    const a = area.json().data;
    expect(a).toMatchObject({ parentId: env.w.units.center, kind: 'area', name: 'Område Nord', active: true, version: 1 });
    expect(a.path).toBe(pathOf(env.w.units.municipality, env.w.units.center, a.id));

    const facility = (await admin.post('/api/org-units', { parentId: a.id, kind: 'facility', name: 'Bofællesskabet Nord' })).json().data;
    expect(facility.path).toBe(`${a.path}${facility.id}/`);
    const unit = (await admin.post('/api/org-units', { parentId: facility.id, kind: 'unit', name: 'Nord 1' })).json().data;
    expect(unit.path).toBe(pathOf(env.w.units.municipality, env.w.units.center, a.id, facility.id, unit.id));
    expect((await unitRow(unit.id)).path).toBe(unit.path);

    // The area level is optional: a facility straight under the center is fine too.
    expect((await admin.post('/api/org-units', { parentId: env.w.units.center, kind: 'facility', name: 'Direkte' })).statusCode).toBe(201);

    const [row] = await env.db.query<{ action: string; entity: string; citizen_ids: string[] }>(
      `SELECT action, entity, citizen_ids FROM audit_log WHERE entity_id = $1`,
      [unit.id],
    );
    expect(row).toEqual({ action: 'create', entity: 'org_unit', citizen_ids: [] });
  });

  it('refuses a kind that does not fit under the parent (400) and writes nothing', async () => {
    const before = await countUnits(env.w.municipalityId);
    const cases: Array<[string, string]> = [
      [env.w.units.center, 'unit'],
      [env.w.units.municipality, 'facility'],
      [env.w.units.facility1, 'facility'],
      [env.w.units.unitA, 'unit'],
      [env.w.units.center, 'municipality'],
      [env.w.units.center, 'center'],
    ];
    for (const [parentId, kind] of cases) {
      const res = await admin.post('/api/org-units', { parentId, kind, name: 'Forkert' });
      expect(res.statusCode, `${kind} under ${parentId}`).toBe(400);
      expect(res.json().error.fields.kind).toMatch(/kan ikke ligge under/);
    }
    expect(await countUnits(env.w.municipalityId)).toBe(before);
  });

  it('answers 403 to staff, 404 for another municipality’s parent, and writes nothing', async () => {
    const before = await countUnits(env.w.municipalityId);
    expect((await staff.post('/api/org-units', { parentId: env.w.units.facility1, kind: 'unit', name: 'Ny' })).statusCode).toBe(403);
    const leader = await login(env.app, env.w.users.facilityLeader.username);
    expect((await leader.post('/api/org-units', { parentId: env.w.units.facility1, kind: 'unit', name: 'Ny' })).statusCode).toBe(403);
    expect((await admin.post('/api/org-units', { parentId: env.other.units.facility1, kind: 'unit', name: 'Ny' })).statusCode).toBe(404);
    expect(await countUnits(env.w.municipalityId)).toBe(before);
    expect(await countUnits(env.other.municipalityId)).toBe(7);
  });

  it('rejects bad input with field errors and writes nothing', async () => {
    const before = await countUnits(env.w.municipalityId);
    const bad: unknown[] = [
      { parentId: env.w.units.center, kind: 'facility' },
      { parentId: env.w.units.center, kind: 'facility', name: '' },
      { parentId: env.w.units.center, kind: 'facility', name: 'x'.repeat(201) },
      { parentId: env.w.units.center, kind: 'department', name: 'X' },
      { parentId: 'not-a-uuid', kind: 'facility', name: 'X' },
      { parentId: env.w.units.center, kind: 'facility', name: 42 },
      { parentId: env.w.units.center, kind: 'facility', name: 'X', path: '/hacked/' },
    ];
    for (const body of bad) {
      const res = await admin.post('/api/org-units', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.fields).toBeTruthy();
    }
    expect((await admin.post('/api/org-units', { parentId: env.w.units.center, kind: 'facility', name: 'X', path: '/h/' })).json().error.fields).toEqual({
      path: 'Ukendt felt.',
    });
    expect((await admin.raw('POST', '/api/org-units', '{"parentId": ')).statusCode).toBe(400);
    expect(await countUnits(env.w.municipalityId)).toBe(before);
  });
});

describe('PATCH /api/org-units/:id', () => {
  it('renames and sets the follow-up interval, naming the version read; a stale version is 409 with the current record', async () => {
    const ok = await admin.patch(`/api/org-units/${env.w.units.facility2}`, { version: 1, name: 'Strandly', followUpIntervalMonths: 6 });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().data).toMatchObject({ name: 'Strandly', followUpIntervalMonths: 6, version: 2, active: true });

    const stale = await admin.patch(`/api/org-units/${env.w.units.facility2}`, { version: 1, name: 'Gammelt navn' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'conflict', current: { name: 'Strandly', version: 2 } });
    expect(await unitRow(env.w.units.facility2)).toMatchObject({ name: 'Strandly', version: 2 });
  });

  it('deactivates (never deletes) only a unit without active sub-units or places, and reactivates only under an active parent', async () => {
    const busy = await admin.patch(`/api/org-units/${env.w.units.unitC}`, { version: 1, active: false });
    expect(busy.statusCode).toBe(400);
    expect(busy.json().error.fields.active).toMatch(/aktive underenheder eller pladser/);
    expect((await admin.patch(`/api/org-units/${env.w.units.facility1}`, { version: 1, active: false })).statusCode).toBe(400);

    const facility = (await admin.post('/api/org-units', { parentId: env.w.units.center, kind: 'facility', name: 'Lukker' })).json().data;
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
    expect((await env.app.inject({ method: 'PATCH', url: `/api/org-units/${env.w.units.unitA}`, payload: { version: 1, name: 'X' } })).statusCode).toBe(401);
    expect((await staff.patch(`/api/org-units/${env.w.units.unitA}`, { version: 1, name: 'Hacket' })).statusCode).toBe(403);
    expect((await admin.patch(`/api/org-units/${env.other.units.unitA}`, { version: 1, name: 'Hacket' })).statusCode).toBe(404);
    expect((await admin.patch('/api/org-units/not-a-uuid', { version: 1, name: 'Hacket' })).statusCode).toBe(400);
    expect(await unitRow(env.w.units.unitA)).toMatchObject({ name: 'Afdeling A', version: 1 });
    expect(await unitRow(env.other.units.unitA)).toMatchObject({ name: 'Afdeling A', version: 1 });
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
      { version: 1, parentId: env.w.units.center },
    ];
    for (const body of bad) expect((await admin.patch(`/api/org-units/${env.w.units.unitB}`, body)).statusCode, JSON.stringify(body)).toBe(400);
    expect((await admin.raw('PATCH', `/api/org-units/${env.w.units.unitB}`, '{version: 1}')).statusCode).toBe(400);
    expect(await unitRow(env.w.units.unitB)).toMatchObject({ name: 'Afdeling B', version: 1, active: true });
  });
});
