import type { FastifyRequest } from 'fastify';
import type { Queryable } from '../../db/index.js';
import type { RequestCtx } from '../../context.js';
import { requireCitizen, type VisibleCitizen } from '../../access/gate.js';
import { gatedRoute, type AuditAs, type AuditNote } from '../../citizen-route.js';
import { notFound } from '../../errors.js';
import { getGoal, type GoalRow } from './queries.js';

export interface AdmittedGoal {
  goal: GoalRow;
  citizen: VisibleCitizen;
  entityId: string;
}

/**
 * The gate of every goal route: loads the goal and gates its citizen; 404 when the goal is
 * unknown or its citizen outside the actor's scope, 403 when visible but `action` (a citizen
 * action: readPlan, editPlan) is not the actor's.
 */
export async function requireGoal(tx: Queryable, ctx: RequestCtx, goalId: string, action: 'readPlan' | 'editPlan'): Promise<AdmittedGoal> {
  const goal = await getGoal(tx, goalId);
  if (!goal) throw notFound('Målet');
  return { goal, citizen: await requireCitizen(tx, ctx, goal.citizen_id, action, 'Målet'), entityId: goal.id };
}

/** A route on `:goalId`: gated by `action` on the goal's citizen, audited with the goal as entity (citizenRoute's kernel). */
export const goalRoute = <T>(
  req: FastifyRequest & { params: { goalId: string } },
  action: 'readPlan' | 'editPlan',
  auditAs: AuditAs,
  handler: (tx: Queryable, ctx: RequestCtx, admitted: AdmittedGoal, note: AuditNote) => Promise<T>,
) => gatedRoute(req, (tx, ctx) => requireGoal(tx, ctx, req.params.goalId, action), auditAs, handler);
