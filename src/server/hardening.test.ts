/**
 * Input and request hardening of the whole API: NUL bytes anywhere are a field-level 400 (never
 * PostgreSQL's 500), a malformed Origin on login is refused, no API answer may be cached, and the
 * session/CSRF check holds however the URL is spelled.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildWorld, TEST_PASSWORD } from '../../test/world.js';
import { login, testApp, useTestApp, type Client } from '../../test/http.js';
import { allowedUser, resolveBody, type Case, type Fixture } from '../../test/route-cases.js';
import { cases, withFixtures } from '../../test/access-cases.js';
import type { WorldUser } from '../../test/world.js';
import { NUL_MESSAGE } from './input.js';

const env = useTestApp({ worlds: 0 });
let f: Fixture;
const clients = new Map<WorldUser, Client>();

beforeAll(async () => {
  f = await withFixtures(env.db, await buildWorld(env.db));
});

/** A client of a role the route allows, so the answer is about the input, not about access. */
async function clientFor(c: Case): Promise<Client> {
  const role = allowedUser(c)!;
  if (!clients.has(role)) clients.set(role, await login(env.app, f.users[role].username));
  return clients.get(role)!;
}

/** Text with a NUL byte somewhere in it. */
const withNul = fc.tuple(fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 })).map(([a, b]) => `${a}\0${b}`);
const RUNS = { numRuns: Number(process.env.NUL_RUNS ?? 5), seed: process.env.CI ? 20261206 : undefined };

/** The URL with its last path parameter replaced (e.g. `:noteId`), and that parameter's name. */
function withLastParam(c: Case, value: string): { url: string; name: string } | undefined {
  const pattern = c.route.split('/');
  const at = pattern.findLastIndex((s) => s.startsWith(':'));
  if (at < 0) return undefined;
  const segments = c.url(f).split('/');
  segments[at] = encodeURIComponent(value);
  return { url: segments.join('/'), name: pattern[at].slice(1).replace(/\..*$/, '') };
}

describe('a NUL byte in any text', () => {
  // A route no role reaches with JSON (a file upload: the matrix sees its 415) is tested in its own feature.
  describe.each(cases.filter((c) => allowedUser(c) !== undefined))('$method $route', (c) => {
    const send = async (url: string, body?: unknown) => {
      const client = await clientFor(c);
      if (c.method === 'GET') return client.get(url);
      if (c.method === 'DELETE') return client.delete(url);
      return client[c.method === 'PATCH' ? 'patch' : c.method === 'PUT' ? 'put' : 'post'](url, body);
    };
    const validBody = async () => (c.body ? ((await resolveBody(env.db, c.body(f))) as Record<string, unknown>) : undefined);
    const expectNulAnswer = (res: Awaited<ReturnType<typeof send>>, field: string) => {
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.fields).toEqual({ [field]: NUL_MESSAGE });
    };

    it('in a query parameter answers 400 naming that parameter', async () => {
      const body = await validBody();
      await fc.assert(
        fc.asyncProperty(withNul, async (text) => {
          const url = c.url(f);
          expectNulAnswer(await send(`${url}${url.includes('?') ? '&' : '?'}q=${encodeURIComponent(text)}`, body), 'q');
        }),
        RUNS,
      );
    });

    if (c.route.includes('/:')) it('in a path parameter answers 400 naming that parameter', async () => {
      const body = await validBody();
      await fc.assert(
        fc.asyncProperty(withNul, async (text) => {
          const { url, name } = withLastParam(c, text)!;
          expectNulAnswer(await send(url, body), name);
        }),
        RUNS,
      );
    });

    if (c.body) it('in any string of the body answers 400 naming that field', async () => {
      const valid = (await validBody())!;
      const textFields = Object.keys(valid).filter((k) => typeof valid[k] === 'string');
      if (!textFields.length) return;
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...textFields), withNul, async (key, text) => {
          expectNulAnswer(await send(c.url(f), { ...valid, [key]: text }), key);
        }),
        RUNS,
      );
    });
  });

  it('in the login username answers 400 naming the field', async () => {
    const res = await env.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'medarbej\0der', password: TEST_PASSWORD } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({ username: NUL_MESSAGE });
  });

  it('nested in arrays and objects answers 400 with the path', async () => {
    const client = await login(env.app, f.users.staff.username);
    const res = await client.post(`/api/citizens/${f.citizens.onA}/notes`, { body: 'ok', goalIds: ['a\0'], extra: { deep: ['x', 'y\0'] } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({ 'goalIds.0': NUL_MESSAGE, 'extra.deep.1': NUL_MESSAGE });
  });

  it('that reaches PostgreSQL some other way answers 400, not 500', async () => {
    const app = await testApp(env.db);
    app.get('/nul-in-sql', async () => env.db.query('SELECT $1::text AS t', ['a\0b']));
    const res = await app.inject({ method: 'GET', url: '/nul-in-sql' });
    await app.close();
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toEqual({ code: 'invalid_input', message: NUL_MESSAGE });
  });
});

describe('a malformed Origin on login', () => {
  it.each(['null', 'http://[::1', 'not a url'])('"%s" answers 403 bad_origin', async (origin) => {
    const res = await env.app.inject({
      method: 'POST', url: '/api/auth/login', headers: { origin, host: 'localhost' }, payload: { username: f.users.staff.username, password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('bad_origin');
  });

  it('while the page’s own origin logs in', async () => {
    const res = await env.app.inject({
      method: 'POST', url: '/api/auth/login', headers: { origin: 'http://localhost', host: 'localhost' }, payload: { username: f.users.staff.username, password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
  });
});

describe('API answers are never cached', () => {
  it('success, refusal, error and unknown route all carry Cache-Control: no-store', async () => {
    const staff = await login(env.app, f.users.staff.username);
    const answers = [
      await staff.get('/api/citizens'),
      await staff.get(`/api/citizens/${f.citizens.onA}`),
      await env.app.inject({ method: 'GET', url: '/api/citizens' }),
      await staff.post(`/api/citizens/${f.citizens.onA}/notes`, { body: 12 }),
      await staff.get('/api/no-such-route'),
    ];
    expect(answers.map((r) => r.statusCode)).toEqual([200, 200, 401, 400, 404]);
    for (const res of answers) expect(res.headers['cache-control']).toBe('no-store');
  });
});

describe('the session and CSRF check, however the URL is spelled', () => {
  it('a POST to /%61pi/auth/logout without the CSRF token answers 403 and keeps the session', async () => {
    const staff = await login(env.app, f.users.staff.username);
    const res = await env.app.inject({ method: 'POST', url: '/%61pi/auth/logout', headers: { cookie: staff.cookie } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('csrf');
    expect((await staff.get('/api/auth/session')).statusCode).toBe(200);
  });

  it('a GET of /%61pi/citizens without a session answers 401', async () => {
    const res = await env.app.inject({ method: 'GET', url: '/%61pi/citizens' });
    expect(res.statusCode).toBe(401);
  });

  it('an encoded login path is still login: no session needed', async () => {
    const res = await env.app.inject({ method: 'POST', url: '/%61pi/auth/login', payload: { username: f.users.staff.username, password: TEST_PASSWORD } });
    expect(res.statusCode).toBe(200);
  });
});
