import { describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../../../test/world.js';
import { login, useTestApp } from '../../../test/http.js';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { PASSWORD_LIMITS } from './throttle.js';

const env = useTestApp({ worlds: 1 });

const loginFrom = (ip: string, username: string, password: string, headers: Record<string, string> = {}, app = env.app) =>
  app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress: ip, headers });
const attemptsOf = async (username: string) =>
  env.db.query<{ ip: string; succeeded: boolean | null }>('SELECT ip, succeeded FROM login_attempts WHERE username = $1 ORDER BY id', [username]);

describe('login throttling', () => {
  it('checks at most the limit of 30 parallel wrong passwords; the rest answer 429 unchecked', async () => {
    const user = env.w.users.caseWorker.username;
    const answers = await Promise.all(Array.from({ length: 30 }, () => loginFrom('10.0.0.30', user, 'wrong-password-x')));
    const statuses = answers.map((r) => r.statusCode).sort();
    expect(statuses.filter((s) => s === 401)).toHaveLength(PASSWORD_LIMITS.pair);
    expect(statuses.filter((s) => s === 429)).toHaveLength(30 - PASSWORD_LIMITS.pair);
    expect((await attemptsOf(user)).map((a) => a.succeeded)).toEqual(Array(PASSWORD_LIMITS.pair).fill(false));
    expect(answers.find((r) => r.statusCode === 429)!.headers['retry-after']).toBe(String(PASSWORD_LIMITS.windowMinutes * 60));
  });

  it('locks the guessing address out of the account, not the account’s owner on their own address', async () => {
    const user = env.w.users.unitLeader.username;
    for (let i = 0; i < 10; i++) await loginFrom('203.0.113.9', user, `wrong-password-${i}`);
    expect((await loginFrom('203.0.113.9', user, TEST_PASSWORD)).statusCode).toBe(429);
    expect((await loginFrom('127.0.0.1', user, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('limits one address across usernames', async () => {
    const ip = '198.51.100.7';
    for (let i = 0; i < PASSWORD_LIMITS.address; i++) expect((await loginFrom(ip, `ukendt-${i}`, 'wrong-password')).statusCode).toBe(401);
    expect((await loginFrom(ip, env.w.users.consultant.username, TEST_PASSWORD)).statusCode).toBe(429);
    expect((await loginFrom('127.0.0.1', env.w.users.consultant.username, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('locks an account across all addresses only after many failures', async () => {
    const user = env.w.users.admin.username;
    await env.db.query(
      `INSERT INTO login_attempts (username, ip, succeeded) SELECT $1, '10.9.' || (n / 4) || '.' || n, false FROM generate_series(1, $2) AS n`,
      [user, PASSWORD_LIMITS.account - 1],
    );
    expect((await loginFrom('127.0.0.1', user, TEST_PASSWORD)).statusCode).toBe(200);
    await loginFrom('10.10.10.10', user, 'wrong-password');
    expect((await loginFrom('127.0.0.1', user, TEST_PASSWORD)).statusCode).toBe(429);
  });

  it('rate-limits guessing the current password on the password change like a login', async () => {
    const c = await login(env.app, env.w.users.centerManager.username);
    for (let i = 0; i < PASSWORD_LIMITS.pair; i++) {
      expect((await c.post('/api/auth/password', { currentPassword: `gæt-nummer-${i}`, newPassword: 'blaa-hest-cykler-sent' })).statusCode).toBe(400);
    }
    const blocked = await c.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'blaa-hest-cykler-sent' });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('rate_limited');
  });
});

describe('TRUST_PROXY', () => {
  const appWith = (value: string) => buildApp({ db: env.db, logger: false, webDir: '/nonexistent', trustProxy: loadConfig({ TRUST_PROXY: value }).trustProxy });
  const forged = { 'x-forwarded-for': '6.6.6.6, 192.0.2.44' };

  it('ignores X-Forwarded-For without proxies (0): a forged header neither evades the limit nor reaches the log', async () => {
    const app = await appWith('0');
    const user = env.w.users.staffB.username;
    for (let i = 0; i < PASSWORD_LIMITS.pair; i++) {
      await loginFrom('192.0.2.1', user, 'wrong-password', { 'x-forwarded-for': `6.6.6.${i}` }, app);
    }
    expect((await loginFrom('192.0.2.1', user, TEST_PASSWORD, { 'x-forwarded-for': '7.7.7.7' }, app)).statusCode).toBe(429);
    expect(new Set((await attemptsOf(user)).map((a) => a.ip))).toEqual(new Set(['192.0.2.1']));
    await app.close();
  });

  it('takes the client address from the configured hops only: 1 is the proxy in front, not what the client wrote', async () => {
    for (const [value, user] of [['1', env.w.users.staff.username], ['127.0.0.1', env.w.users.facilityLeader.username]] as const) {
      const app = await appWith(value);
      expect((await loginFrom('127.0.0.1', user, TEST_PASSWORD, forged, app)).statusCode).toBe(200);
      expect((await attemptsOf(user)).at(-1)!.ip, value).toBe('192.0.2.44');
      await app.close();
    }
  });

  it('refuses a value that is neither hops nor addresses', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    for (const bad of ['yes', '10.0.0.1,', '10.0.0.300']) expect(() => loadConfig({ TRUST_PROXY: bad }), bad).toThrow(/TRUST_PROXY/);
  });
});
