import type { Queryable } from '../../db/index.js';
import type { RequestCtx } from '../../context.js';
import { requireCitizen, type VisibleCitizen } from '../../access/gate.js';
import { notFound } from '../../errors.js';
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
): Promise<{ goal: GoalRow; facts: VisibleCitizen }> {
  const goal = await getGoal(tx, goalId);
  if (!goal) throw notFound('Målet');
  return { goal, facts: await requireCitizen(tx, ctx, goal.citizen_id, action, 'Målet') };
}
