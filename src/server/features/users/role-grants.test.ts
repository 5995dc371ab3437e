import { beforeAll, describe, expect, it } from 'vitest';
import { login, useTestApp, type Client } from '../../../../test/http.js';

const env = useTestApp({ worlds: 2 });
let admin: Client;

type Grant = { at: string; role: string; orgUnitName: string; userId: string; userName: string; grantedByName: string };
const grantsSeenBy = async (who: 'unitLeader' | 'facilityLeader', facility = env.w.units.facility1) =>
  (await login(env.app, env.w.users[who].username)).get(`/api/facilities/${facility}/role-grants`);

beforeAll(async () => {
  admin = await login(env.app, env.w.users.admin.username);
  // A new colleague on unit B, and the case worker given staff access on unit A beside their own role.
  const created = await admin.post('/api/users', {
    username: 'ny-paa-b',
    displayName: 'Ny på B',
    password: 'blaa-hest-cykler-sent',
    roles: [{ role: 'staff', orgUnitId: env.w.units.unitB }],
  });
  expect(created.statusCode).toBe(201);
  const patched = await admin.patch(`/api/users/${env.w.users.caseWorker.id}`, {
    version: 1,
    roles: [{ role: 'case_worker', orgUnitId: env.w.units.municipality }, { role: 'staff', orgUnitId: env.w.units.unitA }],
  });
  expect(patched.statusCode).toBe(200);
  // An admin role reads no records: not listed.
  await admin.patch(`/api/users/${env.w.users.consultant.id}`, {
    version: 1,
    roles: [{ role: 'consultant', orgUnitId: env.w.units.center }, { role: 'admin', orgUnitId: env.w.units.municipality }],
  });
});

describe('GET /api/facilities/:id/role-grants', () => {
  it('shows the facility leader who granted which record-reading role to whom, when, on the facility', async () => {
    const res = await grantsSeenBy('facilityLeader');
    expect(res.statusCode).toBe(200);
    const grants = res.json().data as Grant[];
    expect(grants.map((g) => [g.userName, g.role, g.orgUnitName, g.grantedByName])).toEqual([
      ['Test caseWorker', 'staff', 'Afdeling A', 'Test admin'],
      ['Ny på B', 'staff', 'Afdeling B', 'Test admin'],
    ]);
    expect(Date.now() - Date.parse(grants[0].at)).toBeLessThan(60_000);
  });

  it('shows a unit leader the grants on their own unit, not on the sibling unit', async () => {
    const grants = (await grantsSeenBy('unitLeader')).json().data as Grant[];
    expect(grants.map((g) => [g.userName, g.orgUnitName])).toEqual([['Test caseWorker', 'Afdeling A']]);
  });

  it('keeps a grant after the role is taken away again (append-only)', async () => {
    const again = await admin.patch(`/api/users/${env.w.users.caseWorker.id}`, { version: 2, roles: [{ role: 'case_worker', orgUnitId: env.w.units.municipality }] });
    expect(again.statusCode).toBe(200);
    expect(((await grantsSeenBy('unitLeader')).json().data as Grant[])).toHaveLength(1);
  });

  it('is for leaders of the facility only, and 404 in another municipality', async () => {
    const as = async (who: 'staff' | 'admin' | 'centerManager') => (await login(env.app, env.w.users[who].username)).get(`/api/facilities/${env.w.units.facility1}/role-grants`);
    for (const who of ['staff', 'admin', 'centerManager'] as const) expect((await as(who)).statusCode, who).toBe(403);
    expect((await grantsSeenBy('facilityLeader', env.w.units.facility2)).statusCode).toBe(403);
    expect((await grantsSeenBy('facilityLeader', env.other.units.facility1)).statusCode).toBe(404);
  });
});
