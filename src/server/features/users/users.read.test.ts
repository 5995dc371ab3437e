import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/index.js';
import { createTestDb } from '../../../../test/db.js';
import { buildWorld, type World, type WorldUser } from '../../../../test/world.js';
import { login, testApp } from '../../../../test/http.js';

let db: Db;
let app: FastifyInstance;
let w: World;
let other: World;

beforeAll(async () => {
  db = await createTestDb();
  app = await testApp(db);
  w = await buildWorld(db);
  other = await buildWorld(db, 'Nabokommune');
});
afterAll(async () => {
  await app.close();
  await db.close();
});

type UserItem = { id: string; username: string; displayName: string; active: boolean; roles: Array<{ role: string; orgUnitId: string; orgUnitName: string; kind: string }>; abilities: { update: boolean } };
const list = async (user: WorldUser) => (await login(app, w.users[user].username)).get('/api/users');
const names = async (user: WorldUser) => ((await list(user)).json().data as UserItem[]).map((u) => u.displayName);

describe('GET /api/users', () => {
  it('requires a session', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/users' })).statusCode).toBe(401);
  });

  it('gives an admin every user of the municipality with roles, and never a password hash', async () => {
    const res = await list('admin');
    expect(res.statusCode).toBe(200);
    const users = res.json().data as UserItem[];
    expect(users).toHaveLength(8);
    const staff = users.find((u) => u.id === w.users.staff.id)!;
    expect(staff).toEqual({
      id: w.users.staff.id,
      username: w.users.staff.username,
      displayName: 'Test staff',
      active: true,
      version: 1,
      roles: [{ role: 'staff', orgUnitId: w.units.unitA, orgUnitName: 'Afdeling A', kind: 'unit' }],
      abilities: { update: true },
    });
    expect(res.body).not.toMatch(/argon2|password/i);
    expect(res.body).not.toContain(other.users.staff.id);
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
    await db.query('UPDATE users SET active = false WHERE id = $1', [w.users.staff.id]);
    try {
      expect(await names('facilityLeader')).toEqual(['Test facilityLeader', 'Test unitLeader']);
      const all = (await list('admin')).json().data as UserItem[];
      expect(all.find((u) => u.id === w.users.staff.id)?.active).toBe(false);
    } finally {
      await db.query('UPDATE users SET active = true WHERE id = $1', [w.users.staff.id]);
    }
  });

  it('answers 403 to a role without a list of colleagues (case worker)', async () => {
    expect((await list('caseWorker')).statusCode).toBe(403);
  });
});
