import type { FastifyRequest } from 'fastify';
import { requireCitizen, type VisibleCitizen } from './access/gate.js';
import { audit, type AuditAction } from './audit/index.js';
import { withTenant, type RequestCtx } from './context.js';
import type { Queryable } from './db/index.js';

/** What a handler may add to the audit row the kernel writes for it. */
export interface AuditNote {
  /** The record touched when it is not the citizen itself (the goal created, the relative changed). */
  entityId?: string;
  detail?: Record<string, unknown>;
}

export interface CitizenRouteOptions {
  /** The citizen action the route needs, as the policy names it: 'read', 'readPlan', 'editPlan', ... */
  action: string;
  /** The audit row written when the handler succeeds, naming this citizen. */
  audit: { action: AuditAction; entity: string };
}

export type CitizenHandler<T> = (tx: Queryable, ctx: RequestCtx, citizen: VisibleCitizen, note: AuditNote) => Promise<T>;

/**
 * Every route on one citizen (`:citizenId`) runs through here: tenant transaction → citizen gate
 * (404 out of scope, 403 not the actor's action) → handler → audit row, all in one transaction, so
 * no handler can forget the gate or the audit. A handler that throws leaves no audit row (a 409
 * that commits audits its own read of the current record before it throws).
 */
export function citizenRoute<T>(req: FastifyRequest & { params: { citizenId: string } }, opts: CitizenRouteOptions, handler: CitizenHandler<T>): Promise<T> {
  return withTenant(req, async (tx, ctx) => {
    const citizen = await requireCitizen(tx, ctx, req.params.citizenId, opts.action);
    const note: AuditNote = {};
    const result = await handler(tx, ctx, citizen, note);
    await audit(tx, ctx, { ...opts.audit, entityId: note.entityId ?? citizen.id, citizenIds: [citizen.id], detail: note.detail });
    return result;
  });
}
