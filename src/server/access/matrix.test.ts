/**
 * The route × role × scope matrix: every API route, called by every role, on a record in the
 * caller's own municipality and on the same kind of record in another municipality. The test
 * fails if a route exists that the table does not list, so a new route cannot skip the matrix.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, type WorldUser } from '../../../test/world.js';
import { cases, resolveBody, ROLES, withFixtures, type Case, type Fixture } from '../../../test/route-cases.js';
import { login, useTestApp } from '../../../test/http.js';

/** Routes outside the matrix, and why. */
const notInMatrix: Record<string, string> = {
  'POST /api/auth/login': 'public: issues the session (auth.test.ts)',
  'GET /api/health': 'public: answers whether the database answers',
  'GET /api/openapi.json': 'public: the API description',
};

const env = useTestApp({ worlds: 0 });
let other: Fixture;

beforeAll(async () => {
  other = await withFixtures(env.db, await buildWorld(env.db, 'Anden kommune'));
});

async function call(f: Fixture, c: Case, role: WorldUser, target: Fixture): Promise<number> {
  return (await send(f, c, role, target)).statusCode;
}

async function send(f: Fixture, c: Case, role: WorldUser, target: Fixture) {
  const client = await login(env.app, f.users[role].username);
  const url = c.url(target);
  const body = c.body ? await resolveBody(env.db, c.body(target)) : undefined;
  const res =
    c.method === 'GET' ? await client.get(url)
    : c.method === 'DELETE' ? await client.delete(url)
    : c.method === 'PATCH' ? await client.patch(url, body)
    : await client.post(url, body);
  return res;
}

it('lists every API route', () => {
  const listed = new Set([...cases.map((c) => `${c.method} ${c.route}`), ...Object.keys(notInMatrix)]);
  const missing = env.app.apiRoutes.map((r) => `${r.method} ${r.url}`).filter((r) => !listed.has(r));
  expect(missing).toEqual([]);
});

describe.each(cases)('$method $route', (c) => {
  it('answers each role on its own municipality as the rules say', async () => {
    const got: number[] = [];
    // Reads share one world; writes get a fresh one per role, so one role's write cannot change the next one's answer.
    const shared = c.method === 'GET' ? await withFixtures(env.db, await buildWorld(env.db)) : undefined;
    for (const role of ROLES) {
      const f = shared ?? (await withFixtures(env.db, await buildWorld(env.db)));
      got.push(await call(f, c, role, f));
    }
    expect(Object.fromEntries(ROLES.map((r, i) => [r, got[i]]))).toEqual(Object.fromEntries(ROLES.map((r, i) => [r, c.own[i]])));
  });

  if (c.other !== undefined) {
    it('answers the same for every role on another municipality’s records', async () => {
      const f = await withFixtures(env.db, await buildWorld(env.db));
      const got: Record<string, number> = {};
      for (const role of ROLES) got[role] = await call(f, c, role, other);
      expect(got).toEqual(Object.fromEntries(ROLES.map((r) => [r, c.other])));
    });
  } else {
    it('never shows another municipality’s records to any role', async () => {
      const f = await withFixtures(env.db, await buildWorld(env.db));
      const foreignIds = [other.municipalityId, ...Object.values(other.citizens), ...Object.values(other.units), other.goalId, other.noteId];
      for (const role of ROLES) {
        const res = await send(f, c, role, f);
        expect(foreignIds.filter((id) => res.body.includes(id)), role).toEqual([]);
      }
    });
  }
});
