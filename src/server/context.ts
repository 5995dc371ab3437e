import type { FastifyRequest } from 'fastify';
import type { Db, Queryable } from './db/index.js';
import type { Actor } from './access/roles.js';
import type { PasswordStatus } from './auth/sessions.js';
import { AppError, unauthorized } from './errors.js';

/** Who is asking and from where; passed explicitly into queries and the audit writer. */
export interface RequestCtx {
  actor: Actor;
  ip: string;
  /** The session began with a password an admin set: the audit writer marks its rows. */
  viaAdminPassword?: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    actor?: Actor;
    csrfToken?: string;
    passwordStatus?: PasswordStatus;
  }
  interface FastifyInstance {
    db: Db;
    apiRoutes: Array<{ method: string; url: string }>;
  }
}

/** The signed-in context, or 401. */
export function requireCtx(req: FastifyRequest): RequestCtx {
  if (!req.actor) throw unauthorized();
  return { actor: req.actor, ip: req.ip, viaAdminPassword: req.passwordStatus?.viaAdminPassword ?? false };
}

/**
 * Runs `fn` in one transaction as the non-superuser app role with the actor's municipality set,
 * so row-level security filters every statement (the second wall behind the access policies).
 * An error rolls everything back, except an `AppError` with `commit` (a 409 `conflict`): then the
 * transaction commits what `fn` did until it threw (the audited read of the current record) and
 * the error is thrown after the commit.
 */
export async function inTenant<T>(db: Db, ctx: RequestCtx, fn: (tx: Queryable) => Promise<T>): Promise<T> {
  let committedError: AppError | undefined;
  const result = await db.transaction(
    async (tx) => {
      try {
        return await fn(tx);
      } catch (err) {
        if (!(err instanceof AppError && err.commit)) throw err;
        committedError = err;
        return undefined;
      }
    },
    // A prepared statement keeps one plan for every tenant and parameter (the tenant is a setting, the
    // hot reads go by index): planning it afresh cost more than running it.
    { role: 'mestring_app', 'app.municipality_id': ctx.actor.municipalityId, plan_cache_mode: 'force_generic_plan' },
  );
  if (committedError) throw committedError;
  return result as T;
}

/** Shorthand for routes: the request's context and a tenant transaction. */
export function withTenant<T>(req: FastifyRequest, fn: (tx: Queryable, ctx: RequestCtx) => Promise<T>): Promise<T> {
  const ctx = requireCtx(req);
  return inTenant(req.server.db, ctx, (tx) => fn(tx, ctx));
}
