import type { FastifyRequest } from 'fastify';
import { requireCitizen, type VisibleCitizen } from './access/gate.js';
import { coveringNow } from './access/citizen.js';
import { audit, type AuditAction, type AuditEntity } from './audit/index.js';
import { withTenant, type RequestCtx } from './context.js';
import type { Queryable } from './db/index.js';
import { AppError } from './errors.js';

/** What a handler may add to the audit row the kernel writes for it. */
export interface AuditNote {
  /** The record touched when it is not the citizen itself (the goal created, the relative changed). */
  entityId?: string;
  detail?: Record<string, unknown>;
}

/** The audit row written when the handler succeeds, naming the admitted citizen. */
export interface AuditAs {
  action: AuditAction;
  entity: AuditEntity;
}

/** What a gate admits: the citizen (by asking the policy) and the record of theirs the route is on. */
export interface Admitted {
  citizen: VisibleCitizen;
  /** The audit row's entity id unless the handler names another. */
  entityId: string;
}

/**
 * Every route on one citizen's data runs through here: tenant transaction → gate (404 out of scope,
 * 403 not the actor's action) → handler → audit row, all in one transaction, so no handler can
 * forget the gate or the audit. A handler that throws leaves no audit row, except a conflict that
 * commits (a 409 sending the record as it is now): that answer is a read of the citizen's data,
 * audited as one (`detail.conflict`) on the record the handler named.
 */
export function gatedRoute<A extends Admitted, T>(
  req: FastifyRequest,
  gate: (tx: Queryable, ctx: RequestCtx) => Promise<A>,
  auditAs: AuditAs,
  handler: (tx: Queryable, ctx: RequestCtx, admitted: A, note: AuditNote) => Promise<T>,
): Promise<T> {
  return withTenant(req, async (tx, ctx) => {
    const admitted = await gate(tx, ctx);
    const note: AuditNote = {};
    // Whatever is done under a night cover (not the actor's own care) says so in the access log.
    const underCover = coveringNow(ctx.actor, admitted.citizen) ? { underCover: true } : undefined;
    const row = (action: AuditAction, detail?: Record<string, unknown>) =>
      audit(tx, ctx, {
        action, entity: auditAs.entity, entityId: note.entityId ?? admitted.entityId, citizenIds: [admitted.citizen.id],
        detail: underCover ? { ...detail, ...underCover } : detail,
      });
    try {
      const result = await handler(tx, ctx, admitted, note);
      await row(auditAs.action, note.detail);
      return result;
    } catch (err) {
      if (err instanceof AppError && err.commit) await row('read', { conflict: true });
      throw err;
    }
  });
}

export interface CitizenRouteOptions {
  /** The citizen action the route needs, as the policy names it: 'read', 'readPlan', 'editPlan', ... */
  action: string;
  audit: AuditAs;
}

/** A route on `:citizenId`: gated by `opts.action` on that citizen, audited with the citizen as entity. */
export function citizenRoute<T>(
  req: FastifyRequest & { params: { citizenId: string } },
  opts: CitizenRouteOptions,
  handler: (tx: Queryable, ctx: RequestCtx, citizen: VisibleCitizen, note: AuditNote) => Promise<T>,
): Promise<T> {
  const gate = async (tx: Queryable, ctx: RequestCtx) => {
    const citizen = await requireCitizen(tx, ctx, req.params.citizenId, opts.action);
    return { citizen, entityId: citizen.id };
  };
  return gatedRoute(req, gate, opts.audit, (tx, ctx, { citizen }, note) => handler(tx, ctx, citizen, note));
}

/** What the handler of an `auditedRoute` adds to its audit row: every citizen its answer names, besides entity and detail. */
export interface ListAuditNote extends AuditNote {
  citizenIds: string[];
}

export interface ListAuditAs extends AuditAs {
  /** Write no row when the answer named no citizen (a page that otherwise shows counts only). */
  onlyWhenNamed?: boolean;
}

/**
 * A route on no single citizen (a list, a search, a registration, a cover): tenant transaction →
 * handler → audit row, so the row is written by the kernel, naming the citizens the handler lists
 * in `note.citizenIds` (a list's scope is the policy's SQL filter in its query).
 */
export function auditedRoute<T>(
  req: FastifyRequest,
  auditAs: ListAuditAs,
  handler: (tx: Queryable, ctx: RequestCtx, note: ListAuditNote) => Promise<T>,
): Promise<T> {
  return withTenant(req, async (tx, ctx) => {
    const note: ListAuditNote = { citizenIds: [] };
    const result = await handler(tx, ctx, note);
    const { onlyWhenNamed, ...as } = auditAs;
    if (!onlyWhenNamed || note.citizenIds.length > 0) {
      await audit(tx, ctx, { ...as, entityId: note.entityId, citizenIds: [...new Set(note.citizenIds)], detail: note.detail });
    }
    return result;
  });
}
