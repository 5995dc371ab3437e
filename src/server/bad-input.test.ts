/**
 * Bad input on every write route: malformed JSON, unknown fields, wrong types and random bodies
 * get a 4xx with field-level errors — never a 500 — and leave no row behind.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildWorld } from '../../test/world.js';
import { expectPlainDanishFields } from '../../test/messages.js';
import { login, useTestApp, type Client } from '../../test/http.js';
import { allowedUser, resolveBody, type Fixture } from '../../test/route-cases.js';
import { cases, withFixtures } from '../../test/access-cases.js';

const TABLES = ['org_units', 'places', 'users', 'user_roles', 'citizens', 'citizen_target_groups', 'relatives', 'interventions', 'goals', 'goal_steps',
  'follow_ups', 'journal_notes', 'journal_note_revisions', 'journal_note_goals'];

const env = useTestApp({ worlds: 0 });
let f: Fixture;

beforeAll(async () => {
  f = await withFixtures(env.db, await buildWorld(env.db));
});

/** A fingerprint of every data table (row counts and versions), to prove nothing was written. */
async function snapshot(): Promise<string> {
  const parts = await Promise.all(
    TABLES.map(async (t) => JSON.stringify(await env.db.query(`SELECT count(*)::int AS n${['goals', 'citizens', 'journal_notes', 'relatives', 'interventions', 'places', 'org_units', 'users'].includes(t) ? ', coalesce(sum(version), 0)::int AS v' : ''} FROM ${t}`))),
  );
  return parts.join('|');
}

// A route no role reaches with JSON (a file upload: the matrix sees its 415) is tested in its own feature.
const writeCases = cases.filter((c) => c.method !== 'GET' && c.method !== 'DELETE' && c.body && !c.route.startsWith('/api/auth/') && allowedUser(c) !== undefined);

describe.each(writeCases)('$method $route', (c) => {
  let client: Client;
  let valid: Record<string, unknown>;

  beforeAll(async () => {
    // Act as a role the route allows, so the answer is about the input, not about access.
    const role = allowedUser(c)!;
    client = await login(env.app, f.users[role].username);
    valid = (await resolveBody(env.db, c.body!(f))) as Record<string, unknown>;
  });

  const send = (body: unknown) => (c.method === 'PATCH' ? client.patch(c.url(f), body) : c.method === 'PUT' ? client.put(c.url(f), body) : client.post(c.url(f), body));

  it('answers malformed JSON, unknown fields and wrong types with 400 and field errors, writing nothing', async () => {
    const before = await snapshot();
    const method = c.method === 'PATCH' || c.method === 'PUT' ? c.method : 'POST';
    expect((await client.raw(method, c.url(f), '{"a": ')).statusCode).toBe(400);
    const unknown = await send({ ...valid, notAField: 1 });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields).toHaveProperty('notAField');
    for (const key of Object.keys(valid)) {
      const wrong = await send({ ...valid, [key]: typeof valid[key] === 'number' ? 'x' : 12345 });
      expect(wrong.statusCode, `${key} as wrong type`).toBe(400);
      expect(Object.keys(wrong.json().error.fields ?? {}).join(' '), key).toContain(key);
      expectPlainDanishFields(wrong.json().error.fields, key);
    }
    expect(await snapshot()).toBe(before);
  });

  // Only edits carry the version they read.
  if (/\bversion\b/.test(String(c.body))) it('answers a version beyond the integer range with 400', async () => {
    const before = await snapshot();
    const res = await send({ ...valid, version: 2 ** 31 });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toHaveProperty('version');
    expect(await snapshot()).toBe(before);
  });

  it('answers impossible dates with 400', async () => {
    const dateKeys = Object.keys(valid).filter((k) => /Date$/.test(k));
    for (const key of dateKeys) {
      const before = await snapshot();
      const res = await send({ ...valid, [key]: '2026-02-30' });
      expect(res.statusCode, key).toBe(400);
      expect(res.json().error.fields).toHaveProperty(key);
      expect(await snapshot()).toBe(before);
    }
  });

  it('never answers 500 to random bodies, and writes nothing when it refuses', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.anything(), fc.record(Object.fromEntries(Object.keys(valid).map((k) => [k, fc.anything()])))),
        async (body) => {
          const before = await snapshot();
          const res = await send(body);
          expect(res.statusCode).toBeLessThan(500);
          if (res.statusCode >= 400) expect(await snapshot()).toBe(before);
        },
      ),
      // A fixed seed in CI keeps a landing reproducible; locally every run explores new bodies.
      { numRuns: Number(process.env.BAD_INPUT_RUNS ?? 15), seed: process.env.CI ? 20261124 : undefined },
    );
  });
});

describe('bad query strings', () => {
  it('answer 400 with field errors in plain Danish', async () => {
    const staff = await login(env.app, f.users.staff.username);
    const queries: Array<[string, string]> = [
      [`/api/citizens/${f.citizens.onA}/goals?status=paused2`, 'status'],
      ['/api/follow-ups/due?days=abc', 'days'],
      ['/api/follow-ups/due?days=500', 'days'],
      ['/api/handover?hours=100', 'hours'],
      ['/api/handover?hours=1.5', 'hours'],
      ['/api/citizens?limit=0', 'limit'],
      [`/api/citizens/${f.citizens.onA}/notes?limit=x`, 'limit'],
      [`/api/citizens/${f.citizens.onA}/notes?before=yesterday`, 'before'],
    ];
    for (const [url, field] of queries) {
      const res = await staff.get(url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json().error.fields, url).toHaveProperty([field]);
      expectPlainDanishFields(res.json().error.fields, url);
    }
  });
});
