import { beforeAll, describe, expect, it } from 'vitest';
import { login, useTestApp, type Client } from '../../../../test/http.js';

const env = useTestApp({ worlds: 1 });
let admin: Client;

beforeAll(async () => {
  admin = await login(env.app, env.w.users.admin.username);
});

const ADMIN_SET = 'blaa-hest-cykler-sent';
const OWN_CHOICE = 'grøn-kaffe-regner-tit';

describe('a password set by an admin is one-time', () => {
  it('restricts a new user’s first session to the password change, which the app is told', async () => {
    const res = await admin.post('/api/users', {
      username: 'ny-kollega',
      displayName: 'Ny Kollega',
      password: ADMIN_SET,
      roles: [{ role: 'staff', orgUnitId: env.w.units.unitA }],
    });
    expect(res.statusCode).toBe(201);
    const loginRes = await env.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'ny-kollega', password: ADMIN_SET } });
    expect(loginRes.json().passwordChangeRequired).toBe(true);

    const user = await login(env.app, 'ny-kollega', ADMIN_SET);
    expect((await user.get('/api/auth/session')).json().passwordChangeRequired).toBe(true);
    for (const blocked of [await user.get('/api/citizens'), await user.get(`/api/citizens/${env.w.citizens.onA}`), await user.post('/api/citizens/search', { cpr: '0101901234' })]) {
      expect(blocked.statusCode).toBe(403);
      expect(blocked.json().error.code).toBe('password_change_required');
    }
    expect((await user.post('/api/auth/password', { currentPassword: ADMIN_SET, newPassword: ADMIN_SET })).statusCode).toBe(400);
    expect((await user.post('/api/auth/password', { currentPassword: ADMIN_SET, newPassword: OWN_CHOICE })).statusCode).toBe(200);
    expect((await user.get('/api/auth/session')).json().passwordChangeRequired).toBe(false);
    expect((await user.get('/api/citizens')).statusCode).toBe(200);
    // The user's own password is not one-time.
    const again = await login(env.app, 'ny-kollega', OWN_CHOICE);
    expect((await again.get('/api/auth/session')).json().passwordChangeRequired).toBe(false);
    await again.post('/api/auth/logout');
    await user.post('/api/auth/logout');
  });

  it('marks every audited request of a session begun with an admin-set password, and shows the mark in the access log', async () => {
    const staff = env.w.users.staff;
    // The colleague's own session, before the reset: unmarked.
    expect((await (await login(env.app, staff.username)).get(`/api/citizens/${env.w.citizens.onA}`)).statusCode).toBe(200);
    const reset = await admin.patch(`/api/users/${staff.id}`, { version: 1, password: ADMIN_SET });
    expect(reset.statusCode).toBe(200);
    // Whoever knows the admin-set password signs in as the colleague and must change it, but the
    // session stays marked after the change: the reads are not simply the colleague's own.
    const impostor = await login(env.app, staff.username, ADMIN_SET);
    expect((await impostor.get(`/api/citizens/${env.w.citizens.onA}`)).statusCode).toBe(403);
    expect((await impostor.post('/api/auth/password', { currentPassword: ADMIN_SET, newPassword: OWN_CHOICE })).statusCode).toBe(200);
    expect((await impostor.get(`/api/citizens/${env.w.citizens.onA}`)).statusCode).toBe(200);

    const rows = await env.db.query<{ via_admin_password: boolean }>(
      `SELECT via_admin_password FROM audit_log WHERE user_id = $1 AND entity = 'citizen' ORDER BY id`,
      [staff.id],
    );
    expect(rows.map((r) => r.via_admin_password)).toEqual([false, true]);

    const leader = await login(env.app, env.w.users.unitLeader.username);
    const log = (await leader.get(`/api/citizens/${env.w.citizens.onA}/access-log`)).json().data as Array<{ userId: string; viaAdminPassword: boolean }>;
    expect(log.filter((e) => e.userId === staff.id).map((e) => e.viaAdminPassword)).toEqual([true, false]);
    // The colleague sees it in their own log, which names no citizen.
    const own = await impostor.get('/api/access-log/mine');
    expect(own.statusCode).toBe(200);
    const mine = own.json().data as Array<{ entity: string; viaAdminPassword: boolean }>;
    expect(mine.filter((e) => e.entity === 'citizen').map((e) => e.viaAdminPassword)).toEqual([true, false]);
    expect(own.body).not.toContain(env.w.citizens.onA);
  });

  it('leaves demo-style users (seeded, never set by an admin) unrestricted', async () => {
    const leader = await login(env.app, env.w.users.facilityLeader.username);
    expect((await leader.get('/api/auth/session')).json().passwordChangeRequired).toBe(false);
    expect((await leader.get('/api/citizens')).statusCode).toBe(200);
  });
});
