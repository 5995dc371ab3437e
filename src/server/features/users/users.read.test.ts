import { describe, expect, it } from 'vitest';
import type { WorldUser } from '../../../../test/world.js';
import { login, useTestApp } from '../../../../test/http.js';

const env = useTestApp({ worlds: 2 });

type UserItem = { id: string; username: string; displayName: string; active: boolean; roles: Array<{ role: string; orgUnitId: string; orgUnitName: string; kind: string }>; abilities: { update: boolean } };
const list = async (user: WorldUser) => (await login(env.app, env.w.users[user].username)).get('/api/users');
const names = async (user: WorldUser) => ((await list(user)).json().data as UserItem[]).map((u) => u.displayName);

describe('GET /api/users', () => {
  it('requires a session', async () => {
    expect((await env.app.inject({ method: 'GET', url: '/api/users' })).statusCode).toBe(401);
  });

  it('gives an admin every user of the municipality with roles, and never a password hash', async () => {
    const res = await list('admin');
    expect(res.statusCode).toBe(200);
    const users = res.json().data as UserItem[];
    expect(users).toHaveLength(8);
    const staff = users.find((u) => u.id === env.w.users.staff.id)!;
    expect(staff).toEqual({
      id: env.w.users.staff.id,
      username: env.w.users.staff.username,
      displayName: 'Test staff',
      active: true,
      version: 1,
      roles: [{ role: 'staff', orgUnitId: env.w.units.unitA, orgUnitName: 'Afdeling A', kind: 'unit' }],
      abilities: { update: true },
    });
    expect(res.body).not.toMatch(/argon2|password/i);
    expect(res.body).not.toContain(env.other.users.staff.id);
  });

  it('lets leaders see the users of their facility and staff those of their unit, read-only', async () => {
    const facility1 = ['Test facilityLeader', 'Test staff', 'Test unitLeader'];
    expect(await names('facilityLeader')).toEqual(facility1);
    expect(await names('unitLeader')).toEqual(facility1);
    expect(await names('staff')).toEqual(['Test staff', 'Test unitLeader']);
    expect(await names('staffB')).toEqual(['Test staffB']);
    const leaderView = (await list('facilityLeader')).json().data as UserItem[];
    expect(leaderView.every((u) => u.abilities.update === false)).toBe(true);
  });

  it('shows deactivated users to admins only', async () => {
    await env.db.query('UPDATE users SET active = false WHERE id = $1', [env.w.users.staff.id]);
    try {
      expect(await names('facilityLeader')).toEqual(['Test facilityLeader', 'Test unitLeader']);
      const all = (await list('admin')).json().data as UserItem[];
      expect(all.find((u) => u.id === env.w.users.staff.id)?.active).toBe(false);
    } finally {
      await env.db.query('UPDATE users SET active = true WHERE id = $1', [env.w.users.staff.id]);
    }
  });

  it('answers 403 to a role without a list of colleagues (case worker)', async () => {
    expect((await list('caseWorker')).statusCode).toBe(403);
  });
});
