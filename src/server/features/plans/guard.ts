import type { Queryable } from '../../db/index.js';
import type { RequestCtx } from '../../context.js';
import { authorize, can, type CitizenFacts } from '../../access/index.js';
import { notFound } from '../../errors.js';
import { loadCitizenFacts } from '../citizens/guard.js';
import { getGoal, type GoalRow } from './queries.js';

/**
 * The gate of every goal route: loads the goal and its citizen's facts; 404 when the goal is
 * unknown or its citizen outside the actor's scope, 403 when visible but `action` (a citizen
 * action: readPlan, editPlan) is not the actor's.
 */
export async function requireGoal(
  tx: Queryable,
  ctx: RequestCtx,
  goalId: string,
  action: 'readPlan' | 'editPlan',
): Promise<{ goal: GoalRow; facts: CitizenFacts }> {
  const goal = await getGoal(tx, goalId);
  const facts = goal && (await loadCitizenFacts(tx, ctx, goal.citizen_id));
  if (!goal || !facts || !can(ctx.actor, 'read', 'citizen', facts)) throw notFound('Målet');
  authorize(ctx.actor, action, 'citizen', facts);
  return { goal, facts };
}
