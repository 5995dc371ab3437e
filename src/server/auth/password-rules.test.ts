import { beforeAll, describe, expect, it } from 'vitest';
import { login, useTestApp, type Client } from '../../../test/http.js';
import { TEST_PASSWORD } from '../../../test/world.js';

const env = useTestApp({ worlds: 1 });
let admin: Client;
beforeAll(async () => {
  admin = await login(env.app, env.w.users.admin.username);
});

/** Ten characters or more, yet guessable: each must be refused with a reason on the field. */
const weak = (username: string) => ['aaaaaaaaaa', ' '.repeat(10), '1234567890', 'mestring-demo', 'qwertyuiop', 'password123', username + username];

describe('weak passwords', () => {
  it('are refused on the own password change, with a Danish reason', async () => {
    const { username, id } = env.w.users.staff;
    const c = await login(env.app, username);
    for (const newPassword of [...weak(username), 'Test staff is my name'.replaceAll(' ', '-')]) {
      const res = await c.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword });
      expect(res.statusCode, newPassword).toBe(400);
      expect(res.json().error.fields.newPassword, newPassword).toMatch(/Adgangskoden|Demoadgangskoden/);
    }
    const [{ n }] = await env.db.query<{ n: number }>('SELECT version AS n FROM users WHERE id = $1', [id]);
    expect(n).toBe(1);
    expect((await c.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'blaa-hest-cykler-sent' })).statusCode).toBe(200);
  });

  it('are refused when an admin creates a user or sets a new password', async () => {
    for (const password of weak('ny-bruger')) {
      const res = await admin.post('/api/users', { username: 'ny-bruger', displayName: 'Ny Bruger', password, roles: [{ role: 'staff', orgUnitId: env.w.units.unitA }] });
      expect(res.statusCode, password).toBe(400);
      expect(res.json().error.fields.password, password).toBeTruthy();
    }
    const { username, id } = env.w.users.staffB;
    for (const password of weak(username)) {
      const res = await admin.patch(`/api/users/${id}`, { version: 1, password });
      expect(res.statusCode, password).toBe(400);
      expect(res.json().error.fields.password, password).toBeTruthy();
    }
    const [{ n }] = await env.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM users WHERE username = 'ny-bruger'`);
    expect(n).toBe(0);
  });
});
