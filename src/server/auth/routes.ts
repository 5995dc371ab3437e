import { timingSafeEqual } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireCtx } from '../context.js';
import { AppError, badRequest, unauthorized } from '../errors.js';
import { isSameOrigin } from '../input.js';
import { createSession, deleteSession, loadSession, SESSION_COOKIE, SESSION_MAX_HOURS } from './sessions.js';
import { dummyHash, hashPassword, verifyPassword } from './passwords.js';
import { requireUsablePassword } from './password-rules.js';
import { reserveAttempt, settleAttempt } from './throttle.js';
import { answerSession } from './me.js';

import { LoginBody, Ok, PasswordBody, SessionResponse } from '../../contracts/auth.js';

export const sameString = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.db;

  app.post('/auth/login', { schema: { body: LoginBody, response: { 200: SessionResponse }, tags: ['auth'] } }, async (req, reply) => {
    // Login is the one state-changing request without a CSRF token (it issues one): check Origin.
    const origin = req.headers.origin;
    if (origin && !isSameOrigin(origin, req.headers.host)) throw new AppError(403, 'bad_origin', 'Ugyldig oprindelse.');
    const { username, password } = req.body;
    // Reserved before the check, so parallel guesses cannot all be checked (throttle.ts).
    const attempt = await reserveAttempt(db, reply, username, req.ip);
    // The login directory names the user's municipality: then the user is read by its full key.
    const [user] = await db.query<{ id: string; municipality_id: string; password_hash: string; must_change_password: boolean }>(
      `SELECT u.id, u.municipality_id, u.password_hash, u.must_change_password
         FROM login_names l JOIN users u ON u.municipality_id = l.municipality_id AND u.id = l.user_id
        WHERE l.username = $1 AND u.active`,
      [username],
    );
    const ok = await verifyPassword(user?.password_hash ?? (await dummyHash()), password);
    await settleAttempt(db, attempt, Boolean(user && ok));
    if (!user || !ok) throw new AppError(401, 'invalid_credentials', 'Forkert brugernavn eller adgangskode.');

    // A new session id on every login (no fixation); the old one, if any, ends.
    const old = req.cookies[SESSION_COOKIE];
    if (old) await deleteSession(db, old);
    // A password an admin set: this session is marked in the audit log, and must change it first.
    const { token } = await createSession(db, { id: user.id, municipalityId: user.municipality_id }, user.must_change_password);
    reply.setCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: req.protocol === 'https',
      path: '/',
      maxAge: SESSION_MAX_HOURS * 60 * 60,
    });
    const loaded = await loadSession(db, token);
    if (!loaded) throw unauthorized();
    return answerSession(db, loaded);
  });

  app.get('/auth/session', { schema: { response: { 200: SessionResponse }, tags: ['auth'] } }, async (req) => {
    const ctx = requireCtx(req);
    return answerSession(db, { actor: ctx.actor, csrfToken: req.csrfToken!, passwordStatus: req.passwordStatus! });
  });

  app.post('/auth/logout', { schema: { response: { 200: Ok }, tags: ['auth'] } }, async (req, reply) => {
    const token = req.cookies[SESSION_COOKIE];
    if (token) await deleteSession(db, token);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true as const };
  });

  app.post('/auth/password', { schema: { body: PasswordBody, response: { 200: Ok }, tags: ['auth'] } }, async (req, reply) => {
    const { actor } = requireCtx(req);
    const { currentPassword, newPassword } = req.body;
    // Guessing the current password from a session left open counts like guessing at login.
    const attempt = await reserveAttempt(db, reply, actor.username, req.ip);
    const [user] = await db.query<{ password_hash: string }>('SELECT password_hash FROM users WHERE municipality_id = $1 AND id = $2', [
      actor.municipalityId,
      actor.userId,
    ]);
    const ok = await verifyPassword(user.password_hash, currentPassword);
    await settleAttempt(db, attempt, ok);
    if (!ok) throw badRequest('Adgangskoden blev ikke ændret.', { currentPassword: 'Den nuværende adgangskode er forkert.' });
    if (newPassword === currentPassword) {
      throw badRequest('Adgangskoden blev ikke ændret.', { newPassword: 'Vælg en ny adgangskode, ikke den du har nu.' });
    }
    requireUsablePassword(newPassword, actor, 'newPassword');
    // The user's own choice now: no longer one-time.
    await db.query('UPDATE users SET password_hash = $3, must_change_password = false, version = version + 1 WHERE municipality_id = $1 AND id = $2', [
      actor.municipalityId,
      actor.userId,
      await hashPassword(newPassword),
    ]);
    // Other sessions of this user end; this one stays.
    await db.query('DELETE FROM sessions WHERE user_id = $1 AND token_hash <> encode(sha256(convert_to($2, \'UTF8\')), \'hex\')', [
      actor.userId,
      req.cookies[SESSION_COOKIE] ?? '',
    ]);
    return { ok: true as const };
  });
};
