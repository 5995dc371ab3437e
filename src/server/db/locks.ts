import type { Db, Queryable } from './index.js';

/**
 * PostgreSQL advisory lock keys, one per job that only one process at a time may do: several
 * Mestring processes may start together behind a load balancer on one database.
 */
export const LOCKS = { migrate: 7_401_001, maintenance: 7_401_002 } as const;

/** Runs `fn` in a transaction holding the lock; another process asking waits until it commits. */
export function withLock<T>(db: Db, key: number, fn: (tx: Queryable) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [key]);
    return fn(tx);
  });
}

/** Runs `fn` in a transaction holding the lock, or answers null at once when another process holds it. */
export function withLockIfFree<T>(db: Db, key: number, fn: (tx: Queryable) => Promise<T>): Promise<T | null> {
  return db.transaction(async (tx) => {
    const [{ locked }] = await tx.query<{ locked: boolean }>('SELECT pg_try_advisory_xact_lock($1) AS locked', [key]);
    return locked ? fn(tx) : null;
  });
}
