/**
 * The route × role × scope matrix: every API route, called by every role, on a record in the
 * caller's own municipality and on the same kind of record in another municipality. The test
 * fails if a route exists that the table does not list, so a new route cannot skip the matrix.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/index.js';
import { createTestDb } from '../../../test/db.js';
import { buildWorld, type WorldUser } from '../../../test/world.js';
import { cases, resolveBody, ROLES, withFixtures, type Case, type Fixture } from '../../../test/route-cases.js';
import { login, testApp } from '../../../test/http.js';

/** Routes outside the matrix, and why. */
const notInMatrix: Record<string, string> = {
  'POST /api/auth/login': 'public: issues the session (auth.test.ts)',
  'GET /api/health': 'public: answers whether the database answers',
  'GET /api/openapi.json': 'public: the API description',
};

let db: Db;
let app: FastifyInstance;
let other: Fixture;

beforeAll(async () => {
  db = await createTestDb();
  app = await testApp(db);
  other = await withFixtures(db, await buildWorld(db, 'Anden kommune'));
});
afterAll(async () => {
  await app.close();
  await db.close();
});

async function call(f: Fixture, c: Case, role: WorldUser, target: Fixture): Promise<number> {
  const client = await login(app, f.users[role].username);
  const url = c.url(target);
  const body = c.body ? await resolveBody(db, c.body(target)) : undefined;
  const res =
    c.method === 'GET' ? await client.get(url)
    : c.method === 'DELETE' ? await client.delete(url)
    : c.method === 'PATCH' ? await client.patch(url, body)
    : await client.post(url, body);
  return res.statusCode;
}

it('lists every API route', () => {
  const listed = new Set([...cases.map((c) => `${c.method} ${c.route}`), ...Object.keys(notInMatrix)]);
  const missing = app.apiRoutes.map((r) => `${r.method} ${r.url}`).filter((r) => !listed.has(r));
  expect(missing).toEqual([]);
});

describe.each(cases)('$method $route', (c) => {
  it('answers each role on its own municipality as the rules say', async () => {
    const got: number[] = [];
    // Reads share one world; writes get a fresh one per role, so one role's write cannot change the next one's answer.
    const shared = c.method === 'GET' ? await withFixtures(db, await buildWorld(db)) : undefined;
    for (const role of ROLES) {
      const f = shared ?? (await withFixtures(db, await buildWorld(db)));
      got.push(await call(f, c, role, f));
    }
    expect(Object.fromEntries(ROLES.map((r, i) => [r, got[i]]))).toEqual(Object.fromEntries(ROLES.map((r, i) => [r, c.own[i]])));
  });

  it.runIf(c.other !== undefined)('answers 404 for every role on another municipality’s records', async () => {
    const f = await withFixtures(db, await buildWorld(db));
    const got: Record<string, number> = {};
    for (const role of ROLES) got[role] = await call(f, c, role, other);
    expect(got).toEqual(Object.fromEntries(ROLES.map((r) => [r, c.other])));
  });
});
