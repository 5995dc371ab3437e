import { timingSafeEqual } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireCtx } from '../context.js';
import { AppError, badRequest, tooManyRequests, unauthorized } from '../errors.js';
import { isSameOrigin } from '../input.js';
import { createSession, deleteSession, IDLE_MINUTES, loadSession, SESSION_COOKIE } from './sessions.js';
import { dummyHash, hashPassword, verifyPassword } from './passwords.js';
import { loadMe } from './me.js';

const LoginBody = z.strictObject({
  username: z.string().trim().toLowerCase().min(1, 'Skriv dit brugernavn.').max(64),
  password: z.string().min(1, 'Skriv din adgangskode.').max(200),
});
const PasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(10, 'Den nye adgangskode skal have mindst 10 tegn.').max(200),
});

/** Failed attempts within the window before login answers 429. */
const MAX_FAILURES_PER_USER = 5;
const MAX_FAILURES_PER_IP = 30;
const WINDOW_MINUTES = 15;

export const sameString = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.db;

  app.post('/auth/login', { schema: { body: LoginBody, tags: ['auth'] } }, async (req, reply) => {
    // Login is the one state-changing request without a CSRF token (it issues one): check Origin.
    const origin = req.headers.origin;
    if (origin && !isSameOrigin(origin, req.headers.host)) throw new AppError(403, 'bad_origin', 'Ugyldig oprindelse.');
    const { username, password } = req.body;
    const [{ user_failures, ip_failures }] = await db.query<{ user_failures: number; ip_failures: number }>(
      `SELECT count(*) FILTER (WHERE username = $1)::int AS user_failures, count(*) FILTER (WHERE ip = $2)::int AS ip_failures
         FROM login_attempts WHERE NOT succeeded AND at > now() - make_interval(mins => $3) AND (username = $1 OR ip = $2)`,
      [username, req.ip, WINDOW_MINUTES],
    );
    if (user_failures >= MAX_FAILURES_PER_USER || ip_failures >= MAX_FAILURES_PER_IP) {
      reply.header('retry-after', WINDOW_MINUTES * 60);
      throw tooManyRequests(WINDOW_MINUTES * 60);
    }
    const [user] = await db.query<{ id: string; password_hash: string }>(
      'SELECT id, password_hash FROM users WHERE username = $1 AND active',
      [username],
    );
    const ok = await verifyPassword(user?.password_hash ?? (await dummyHash()), password);
    await db.query('INSERT INTO login_attempts (username, ip, succeeded) VALUES ($1, $2, $3)', [username, req.ip, Boolean(user && ok)]);
    if (!user || !ok) throw new AppError(401, 'invalid_credentials', 'Forkert brugernavn eller adgangskode.');

    // A new session id on every login (no fixation); the old one, if any, ends.
    const old = req.cookies[SESSION_COOKIE];
    if (old) await deleteSession(db, old);
    const { token, csrfToken } = await createSession(db, user.id);
    reply.setCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: req.protocol === 'https',
      path: '/',
      maxAge: 12 * 60 * 60,
    });
    const loaded = await loadSession(db, token);
    if (!loaded) throw unauthorized();
    return { user: await loadMe(db, loaded.actor), csrfToken, idleMinutes: IDLE_MINUTES };
  });

  app.get('/auth/session', { schema: { tags: ['auth'] } }, async (req) => {
    const ctx = requireCtx(req);
    return { user: await loadMe(db, ctx.actor), csrfToken: req.csrfToken, idleMinutes: IDLE_MINUTES };
  });

  app.post('/auth/logout', { schema: { tags: ['auth'] } }, async (req, reply) => {
    const token = req.cookies[SESSION_COOKIE];
    if (token) await deleteSession(db, token);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });

  app.post('/auth/password', { schema: { body: PasswordBody, tags: ['auth'] } }, async (req) => {
    const ctx = requireCtx(req);
    const [user] = await db.query<{ password_hash: string }>('SELECT password_hash FROM users WHERE id = $1', [ctx.actor.userId]);
    if (!(await verifyPassword(user.password_hash, req.body.currentPassword))) {
      throw badRequest('Adgangskoden blev ikke ændret.', { currentPassword: 'Den nuværende adgangskode er forkert.' });
    }
    await db.query('UPDATE users SET password_hash = $2, version = version + 1 WHERE id = $1', [
      ctx.actor.userId,
      await hashPassword(req.body.newPassword),
    ]);
    // Other sessions of this user end; this one stays.
    await db.query('DELETE FROM sessions WHERE user_id = $1 AND token_hash <> encode(sha256(convert_to($2, \'UTF8\')), \'hex\')', [
      ctx.actor.userId,
      req.cookies[SESSION_COOKIE] ?? '',
    ]);
    return { ok: true };
  });
};
