import type { FastifyReply } from 'fastify';
import type { Db } from '../db/index.js';
import { tooManyRequests } from '../errors.js';

/**
 * Failed password checks allowed within the window. The pair (account, address) locks after a few;
 * an address after more across accounts; an account across all addresses only after many, so a
 * stranger guessing from elsewhere cannot lock a colleague out where they work.
 */
export const PASSWORD_LIMITS = { pair: 5, address: 30, account: 100, windowMinutes: 15 };

/**
 * Reserves one password check for `username` from `ip` before the password is verified, or throws
 * 429. Per account and per address one reservation at a time (advisory locks, account first, so
 * no two waits cross): concurrent guesses are counted, and at most the limit is ever checked.
 * Returns the attempt to settle with `settleAttempt`; one never settled counts as a failure.
 */
export async function reserveAttempt(db: Db, reply: FastifyReply, username: string, ip: string): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(1, hashtext($1))', [username]);
    await tx.query('SELECT pg_advisory_xact_lock(2, hashtext($1))', [ip]);
    const [failed] = await tx.query<{ pair: number; address: number; account: number }>(
      `SELECT count(*) FILTER (WHERE username = $1 AND ip = $2)::int AS pair,
              count(*) FILTER (WHERE ip = $2)::int AS address,
              count(*) FILTER (WHERE username = $1)::int AS account
         FROM login_attempts
        WHERE succeeded IS NOT TRUE AND at > now() - make_interval(mins => $3) AND (username = $1 OR ip = $2)`,
      [username, ip, PASSWORD_LIMITS.windowMinutes],
    );
    if (failed.pair >= PASSWORD_LIMITS.pair || failed.address >= PASSWORD_LIMITS.address || failed.account >= PASSWORD_LIMITS.account) {
      reply.header('retry-after', PASSWORD_LIMITS.windowMinutes * 60);
      throw tooManyRequests(PASSWORD_LIMITS.windowMinutes * 60);
    }
    const [{ id }] = await tx.query<{ id: number }>('INSERT INTO login_attempts (username, ip, succeeded) VALUES ($1, $2, NULL) RETURNING id', [
      username,
      ip,
    ]);
    return id;
  });
}

export async function settleAttempt(db: Db, attemptId: number, succeeded: boolean): Promise<void> {
  await db.query('UPDATE login_attempts SET succeeded = $2 WHERE id = $1', [attemptId, succeeded]);
}
