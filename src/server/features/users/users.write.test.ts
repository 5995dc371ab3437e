import { beforeAll, describe, expect, it } from 'vitest';
import { login, useTestApp, type Client } from '../../../../test/http.js';

const env = useTestApp({ worlds: 2 });
let admin: Client;

beforeAll(async () => {
  admin = await login(env.app, env.w.users.admin.username);
});

const NEW_PASSWORD = 'en-lang-adgangskode';
const countUsers = async () =>
  (await env.db.query<{ n: number }>(
    `SELECT (SELECT count(*) FROM users) + (SELECT count(*) FROM user_roles) AS n`,
  ))[0].n;
const userRow = async (id: string) =>
  (await env.db.query<{ display_name: string; active: boolean; version: number; password_hash: string }>(
    'SELECT display_name, active, version, password_hash FROM users WHERE id = $1',
    [id],
  ))[0];
const sessionsOf = async (id: string) =>
  (await env.db.query<{ n: number }>('SELECT count(*)::int AS n FROM sessions WHERE user_id = $1', [id]))[0].n;
const loginStatus = async (username: string, password: string) =>
  (await env.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } })).statusCode;
const newUser = (username: string, roles = [{ role: 'staff', orgUnitId: env.w.units.unitB }]) => ({
  username,
  displayName: `Ny ${username}`,
  password: NEW_PASSWORD,
  roles,
});

describe('POST /api/users', () => {
  it('creates a user with an argon2id hash who can then log in, and audits it', async () => {
    const res = await admin.post('/api/users', {
      ...newUser('  Ny.Medarbejder ', [
        { role: 'staff', orgUnitId: env.w.units.unitB },
        { role: 'staff', orgUnitId: env.w.units.unitB },
        { role: 'unit_leader', orgUnitId: env.w.units.unitB },
      ]),
      displayName: ' Nina Nielsen ',
    });
    expect(res.statusCode).toBe(201);
    const user = res.json().data;
    expect(user).toMatchObject({ username: 'ny.medarbejder', displayName: 'Nina Nielsen', active: true, version: 1 });
    expect(user.roles.map((r: { role: string }) => r.role).sort()).toEqual(['staff', 'unit_leader']);
    expect(res.body).not.toMatch(/argon2|password/i);
    expect((await userRow(user.id)).password_hash).toMatch(/^\$argon2id\$/);
    expect(await loginStatus('ny.medarbejder', NEW_PASSWORD)).toBe(200);
    const [row] = await env.db.query<{ action: string; entity: string; detail: Record<string, unknown> }>(
      `SELECT action, entity, detail FROM audit_log WHERE entity_id = $1`,
      [user.id],
    );
    expect(row).toMatchObject({ action: 'create', entity: 'user', detail: { username: 'ny.medarbejder' } });
    expect(JSON.stringify(row.detail)).not.toContain(NEW_PASSWORD);
  });

  it('refuses a taken username, also one taken in another municipality (409), and writes nothing', async () => {
    const before = await countUsers();
    for (const username of [env.w.users.staff.username, env.other.users.staff.username]) {
      const res = await admin.post('/api/users', newUser(username));
      expect(res.statusCode).toBe(409);
      expect(res.json().error.fields.username).toMatch(/optaget/);
    }
    expect(await countUsers()).toBe(before);
  });

  it('refuses roles on units of the wrong kind, deactivated or unknown units, and writes nothing', async () => {
    const before = await countUsers();
    const wrongKind = await admin.post('/api/users', newUser('forkert', [{ role: 'facility_leader', orgUnitId: env.w.units.municipality }]));
    expect(wrongKind.statusCode).toBe(400);
    expect(wrongKind.json().error.fields['roles.0.orgUnitId']).toMatch(/kan ikke gives/);
    const foreign = await admin.post('/api/users', newUser('fremmed', [{ role: 'staff', orgUnitId: env.w.units.unitA }, { role: 'staff', orgUnitId: env.other.units.unitA }]));
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.fields).toEqual({ 'roles.1.orgUnitId': 'Enheden findes ikke.' });
    await env.db.query('UPDATE org_units SET active = false WHERE id = $1', [env.w.units.unitC]);
    try {
      const inactive = await admin.post('/api/users', newUser('lukket', [{ role: 'staff', orgUnitId: env.w.units.unitC }]));
      expect(inactive.json().error.fields['roles.0.orgUnitId']).toBe('Enheden er deaktiveret.');
    } finally {
      await env.db.query('UPDATE org_units SET active = true WHERE id = $1', [env.w.units.unitC]);
    }
    expect(await countUsers()).toBe(before);
  });

  it('rejects bad input with field errors and writes nothing', async () => {
    const before = await countUsers();
    const bad: Array<[unknown, string]> = [
      [{ ...newUser('kort'), password: 'kort' }, 'password'],
      [{ ...newUser('x') }, 'username'],
      [{ ...newUser('med mellemrum') }, 'username'],
      [{ ...newUser('ingen-roller'), roles: [] }, 'roles'],
      [{ ...newUser('rolle'), roles: [{ role: 'king', orgUnitId: env.w.units.unitA }] }, 'roles.0.role'],
      [{ ...newUser('ekstra'), isSuperuser: true }, 'isSuperuser'],
      [{ ...newUser('hash'), passwordHash: 'x' }, 'passwordHash'],
      [{ ...newUser('navn'), displayName: 7 }, 'displayName'],
    ];
    for (const [body, field] of bad) {
      const res = await admin.post('/api/users', body);
      expect(res.statusCode, field).toBe(400);
      expect(Object.keys(res.json().error.fields), field).toContain(field);
    }
    expect((await admin.raw('POST', '/api/users', '{"username": "a"')).statusCode).toBe(400);
    expect(await countUsers()).toBe(before);
  });

  it('answers 401 without a session and 403 to staff and leaders, writing nothing', async () => {
    const before = await countUsers();
    expect((await env.app.inject({ method: 'POST', url: '/api/users', payload: newUser('anonym') })).statusCode).toBe(401);
    expect((await (await login(env.app, env.w.users.staff.username)).post('/api/users', newUser('fra-staff'))).statusCode).toBe(403);
    expect((await (await login(env.app, env.w.users.facilityLeader.username)).post('/api/users', newUser('fra-leder'))).statusCode).toBe(403);
    expect(await countUsers()).toBe(before);
  });
});

describe('PATCH /api/users/:id', () => {
  it('deactivates a user: their sessions end and they can no longer log in', async () => {
    const staffB = await login(env.app, env.w.users.staffB.username);
    expect((await staffB.get('/api/auth/session')).statusCode).toBe(200);
    const res = await admin.patch(`/api/users/${env.w.users.staffB.id}`, { version: 1, active: false });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({ active: false, version: 2 });
    expect(await sessionsOf(env.w.users.staffB.id)).toBe(0);
    expect((await staffB.get('/api/auth/session')).statusCode).toBe(401);
    expect(await loginStatus(env.w.users.staffB.username, 'test-password-1')).toBe(401);
    // Kept, never deleted; and can come back.
    expect((await admin.patch(`/api/users/${env.w.users.staffB.id}`, { version: 2, active: true })).json().data.active).toBe(true);
    expect(await loginStatus(env.w.users.staffB.username, 'test-password-1')).toBe(200);
  });

  it('replaces roles and display name, and sets a new password that ends the user’s sessions', async () => {
    const consultant = await login(env.app, env.w.users.consultant.username);
    const res = await admin.patch(`/api/users/${env.w.users.consultant.id}`, {
      version: 1,
      displayName: 'Konsulent Karen',
      roles: [{ role: 'consultant', orgUnitId: env.w.units.municipality }],
      password: NEW_PASSWORD,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({
      displayName: 'Konsulent Karen',
      version: 2,
      roles: [{ role: 'consultant', orgUnitId: env.w.units.municipality, kind: 'municipality' }],
    });
    expect((await consultant.get('/api/auth/session')).statusCode).toBe(401);
    expect(await loginStatus(env.w.users.consultant.username, NEW_PASSWORD)).toBe(200);
    const [audit] = await env.db.query<{ detail: Record<string, unknown> }>(
      `SELECT detail FROM audit_log WHERE entity = 'user' AND entity_id = $1 AND action = 'update'`,
      [env.w.users.consultant.id],
    );
    expect(audit.detail).toMatchObject({ displayName: 'Konsulent Karen', passwordChanged: true });
    expect(JSON.stringify(audit.detail)).not.toContain(NEW_PASSWORD);
  });

  it('answers 409 with the current user for a stale version', async () => {
    await admin.patch(`/api/users/${env.w.users.caseWorker.id}`, { version: 1, displayName: 'Sagsbehandler Sif' });
    const stale = await admin.patch(`/api/users/${env.w.users.caseWorker.id}`, { version: 1, displayName: 'Forældet' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current).toMatchObject({ displayName: 'Sagsbehandler Sif', version: 2 });
    expect(stale.body).not.toMatch(/argon2/);
    expect((await userRow(env.w.users.caseWorker.id)).display_name).toBe('Sagsbehandler Sif');
  });

  it('keeps an admin from deactivating themself or changing their own roles (403: no self-escalation)', async () => {
    const self = await admin.patch(`/api/users/${env.w.users.admin.id}`, { version: 1, active: false });
    expect(self.statusCode).toBe(400);
    expect(self.json().error.fields.active).toBeTruthy();
    const adminRole = { role: 'admin', orgUnitId: env.w.units.municipality };
    for (const roles of [[{ role: 'staff', orgUnitId: env.w.units.unitA }], [adminRole, { role: 'facility_leader', orgUnitId: env.w.units.facility1 }]]) {
      const res = await admin.patch(`/api/users/${env.w.users.admin.id}`, { version: 1, roles });
      expect(res.statusCode, JSON.stringify(roles)).toBe(403);
      expect(res.json().error.message).toMatch(/egne roller/);
    }
    expect(await userRow(env.w.users.admin.id)).toMatchObject({ active: true, version: 1 });
    expect((await admin.get(`/api/citizens/${env.w.citizens.onA}/notes`)).statusCode).toBe(404);
    // Sending one's roles unchanged with another edit is no change of roles.
    const rename = await admin.patch(`/api/users/${env.w.users.admin.id}`, { version: 1, displayName: 'Admin Anne', roles: [adminRole] });
    expect(rename.statusCode).toBe(200);
  });

  it('answers 403 to staff for a colleague, 404 for users outside their list or municipality', async () => {
    const staff = await login(env.app, env.w.users.staff.username);
    expect((await staff.patch(`/api/users/${env.w.users.unitLeader.id}`, { version: 1, active: false })).statusCode).toBe(403);
    expect((await staff.patch(`/api/users/${env.w.users.centerManager.id}`, { version: 1, active: false })).statusCode).toBe(404);
    expect((await admin.patch(`/api/users/${env.other.users.staff.id}`, { version: 1, active: false })).statusCode).toBe(404);
    expect((await admin.patch('/api/users/nope', { version: 1, active: false })).statusCode).toBe(400);
    expect(await userRow(env.w.users.unitLeader.id)).toMatchObject({ active: true, version: 1 });
    expect(await userRow(env.other.users.staff.id)).toMatchObject({ active: true, version: 1 });
  });

  it('rejects bad input and writes nothing', async () => {
    const before = await userRow(env.w.users.unitLeader.id);
    const bad: unknown[] = [
      { version: 1 },
      { version: 1, password: 'kort' },
      { version: 1, active: 'false' },
      { version: 1, roles: [] },
      { version: 1, roles: [{ role: 'staff' }] },
      { version: 1, username: 'nyt-navn' },
      { version: 1, roles: [{ role: 'unit_leader', orgUnitId: env.w.units.facility1 }] },
    ];
    for (const body of bad) expect((await admin.patch(`/api/users/${env.w.users.unitLeader.id}`, body)).statusCode, JSON.stringify(body)).toBe(400);
    expect((await admin.raw('PATCH', `/api/users/${env.w.users.unitLeader.id}`, 'version=1', 'application/x-www-form-urlencoded')).statusCode).toBe(415);
    expect(await userRow(env.w.users.unitLeader.id)).toEqual(before);
    const [{ n }] = await env.db.query<{ n: number }>('SELECT count(*)::int AS n FROM user_roles WHERE user_id = $1', [env.w.users.unitLeader.id]);
    expect(n).toBe(1);
  });
});
