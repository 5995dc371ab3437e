import type { RequestCtx } from '../../context.js';
import { badRequest } from '../../errors.js';

/** A citizen list's unit filter only narrows: a unit outside the actor's own never widens what they may list. */
export function requireOwnUnitFilter(ctx: RequestCtx, unitId: string | undefined): void {
  if (unitId && !ctx.actor.careUnitIds.includes(unitId)) {
    throw badRequest('Du kan kun vise borgerne på dine egne afdelinger.', { unitId: 'Du arbejder ikke på denne afdeling, eller din dækning af den er slut.' });
  }
}
