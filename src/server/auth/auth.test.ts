import { describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../../../test/world.js';
import { login, useTestApp } from '../../../test/http.js';
import { loadConfig } from '../config.js';

const env = useTestApp({ worlds: 1 });

const loginRaw = (username: string, password: string, headers: Record<string, string> = {}) =>
  env.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, headers });

describe('login', () => {
  it('sets an httpOnly, SameSite=Strict session cookie and returns the user and a CSRF token', async () => {
    const res = await loginRaw(env.w.users.staff.username, TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'mestring_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Strict');
    expect(res.json().csrfToken).toMatch(/^[\w-]{40,}$/);
    expect(res.json().user).toMatchObject({ username: env.w.users.staff.username, navigation: { myCitizens: true, administration: false } });
  });

  it('marks the cookie Secure behind HTTPS', async () => {
    const secureApp = await (await import('../app.js')).buildApp({ db: env.db, logger: false, webDir: '/nonexistent', trustProxy: true });
    const res = await secureApp.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: env.w.users.staff.username, password: TEST_PASSWORD },
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(res.cookies.find((c) => c.name === 'mestring_session')!.secure).toBe(true);
    await secureApp.close();
  });

  it('gives the same answer for an unknown user and a wrong password', async () => {
    const unknown = await loginRaw('nobody-here', 'whatever-password');
    const wrong = await loginRaw(env.w.users.admin.username, 'wrong-password');
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
  });

  it('answers 429 after repeated failures for a username, even with the right password', async () => {
    const user = env.w.users.consultant.username;
    for (let i = 0; i < 5; i++) expect((await loginRaw(user, 'wrong-password')).statusCode).toBe(401);
    const blocked = await loginRaw(user, TEST_PASSWORD);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['retry-after']).toBeDefined();
  });

  it('rejects a login posted from another origin', async () => {
    const res = await loginRaw(env.w.users.staff.username, TEST_PASSWORD, { origin: 'https://evil.example', host: 'localhost' });
    expect(res.statusCode).toBe(403);
  });

  it('issues a new session id on every login', async () => {
    const a = await loginRaw(env.w.users.staff.username, TEST_PASSWORD);
    const b = await loginRaw(env.w.users.staff.username, TEST_PASSWORD);
    expect(a.cookies[0].value).not.toBe(b.cookies[0].value);
  });

  it('validates the body field by field', async () => {
    const res = await env.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: '', extra: 1 } });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields).sort()).toEqual(['extra', 'password', 'username']);
  });
});

describe('session', () => {
  it('returns the user and CSRF token, and ends at logout', async () => {
    const c = await login(env.app, env.w.users.staff.username);
    const s = await c.get('/api/auth/session');
    expect(s.statusCode).toBe(200);
    expect(s.json().csrfToken).toBe(c.csrfToken);
    expect((await c.post('/api/auth/logout')).statusCode).toBe(200);
    expect((await c.get('/api/auth/session')).statusCode).toBe(401);
  });

  it('expires when idle', async () => {
    const c = await login(env.app, env.w.users.staff.username);
    await env.db.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [env.w.users.staff.id]);
    expect((await c.get('/api/citizens')).statusCode).toBe(401);
  });

  it('ends SESSION_MAX_HOURS (default 16) after login however active, with a cookie that lasts as long', async () => {
    const res = await loginRaw(env.w.users.centerManager.username, TEST_PASSWORD);
    expect(res.cookies.find((c) => c.name === 'mestring_session')!.maxAge).toBe(16 * 60 * 60);
    const c = await login(env.app, env.w.users.centerManager.username);
    const age = (minutes: number) =>
      env.db.query(`UPDATE sessions SET created_at = now() - make_interval(mins => $2), last_seen_at = now() - interval '2 minutes' WHERE user_id = $1`, [
        env.w.users.centerManager.id,
        minutes,
      ]);
    await age(16 * 60 - 5);
    expect((await c.get('/api/auth/session')).statusCode).toBe(200);
    await age(16 * 60 + 1);
    expect((await c.get('/api/auth/session')).statusCode).toBe(401);
  });

  it('takes SESSION_MAX_HOURS from 12 to 24', () => {
    expect(loadConfig({}).sessionMaxHours).toBe(16);
    expect(loadConfig({ SESSION_MAX_HOURS: '24' }).sessionMaxHours).toBe(24);
    for (const bad of ['11', '25', '12.5', 'lang']) expect(() => loadConfig({ SESSION_MAX_HOURS: bad }), bad).toThrow(/SESSION_MAX_HOURS/);
  });

  it('refuses a state-changing request without the CSRF token', async () => {
    const c = await login(env.app, env.w.users.staff.username);
    const res = await env.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: c.cookie } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('csrf');
  });
});

describe('password change', () => {
  it('needs the current password, then works with the new one', async () => {
    const c = await login(env.app, env.w.users.unitLeader.username);
    const wrong = await c.post('/api/auth/password', { currentPassword: 'nope-nope-nope', newPassword: 'a-new-password-2' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields.currentPassword).toBeDefined();
    const short = await c.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'short' });
    expect(short.statusCode).toBe(400);
    expect((await c.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'a-new-password-2' })).statusCode).toBe(200);
    expect((await loginRaw(env.w.users.unitLeader.username, TEST_PASSWORD)).statusCode).toBe(401);
    expect((await loginRaw(env.w.users.unitLeader.username, 'a-new-password-2')).statusCode).toBe(200);
  });
});

describe('platform', () => {
  it('answers health when the database answers', async () => {
    expect((await env.app.inject({ method: 'GET', url: '/api/health' })).json()).toEqual({ ok: true });
  });

  it('publishes an OpenAPI 3 document generated from the schemas', async () => {
    const doc = (await env.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.paths['/api/citizens/{citizenId}']).toBeDefined();
    expect(doc.paths['/api/auth/login'].post.requestBody).toBeDefined();
  });

  it('declares a success answer for every operation of the features with contracts', async () => {
    const doc = (await env.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const withContracts = new Set(['auth', 'citizens', 'placements', 'journal', 'covers', 'catalogue', 'access-log']);
    const undeclared: string[] = [];
    let checked = 0;
    for (const [path, operations] of Object.entries(doc.paths as Record<string, Record<string, { tags?: string[]; responses?: object }>>)) {
      for (const [method, op] of Object.entries(operations)) {
        if (!op.tags?.some((t) => withContracts.has(t))) continue;
        checked++;
        if (!Object.keys(op.responses ?? {}).some((status) => /^2\d\d$/.test(status))) undeclared.push(`${method.toUpperCase()} ${path}`);
      }
    }
    expect(checked).toBeGreaterThanOrEqual(29);
    expect(undeclared).toEqual([]);
    // A download is described by its content type.
    const xlsx = doc.paths['/api/citizens/export.xlsx'].get.responses['200'].content;
    expect(Object.keys(xlsx)).toEqual(['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']);
  });

  it('answers malformed JSON with 400 and a body over 1 MB with 413', async () => {
    const c = await login(env.app, env.w.users.staff.username);
    const bad = await c.raw('POST', '/api/citizens/search', '{"cpr": ');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('bad_request');
    const huge = await c.raw('POST', '/api/citizens/search', JSON.stringify({ cpr: 'x'.repeat(1_100_000) }));
    expect(huge.statusCode).toBe(413);
  });

  it('sends security headers', async () => {
    const res = await env.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});
