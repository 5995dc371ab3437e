import type { Queryable } from '../../db/index.js';
import type { RequestCtx } from '../../context.js';
import { authorize, can, type CitizenFacts } from '../../access/index.js';
import { badRequest, notFound } from '../../errors.js';
import { todayInCopenhagen } from '../../../domain/dates.js';

/**
 * What the citizen rules need, as SQL columns of the citizen aliased `c`: `unit_ids`, the units of
 * its placements today (`$dayParam`), and `assigned`, whether it is assigned to the user `$userParam`.
 * Shared by the single-citizen gate and the list, so each list row is judged by the same rules.
 */
export const citizenFactsColumns = (userParam: number, dayParam: number) => `
  coalesce((SELECT array_agg(DISTINCT i.unit_id) FROM interventions i
             WHERE i.municipality_id = c.municipality_id AND i.citizen_id = c.id AND i.unit_id IS NOT NULL
               AND i.start_date <= $${dayParam}::date AND (i.end_date IS NULL OR i.end_date > $${dayParam}::date)), '{}') AS unit_ids,
  EXISTS (SELECT 1 FROM case_assignments a
           WHERE a.municipality_id = c.municipality_id AND a.citizen_id = c.id AND a.user_id = $${userParam}) AS assigned`;

/** A row carrying `citizenFactsColumns`. */
export interface CitizenFactsRow {
  id: string;
  municipality_id: string;
  unit_ids: string[];
  assigned: boolean;
}

export const toCitizenFacts = (row: CitizenFactsRow): CitizenFacts => ({
  id: row.id,
  municipalityId: row.municipality_id,
  unitIds: row.unit_ids,
  assignedToActor: row.assigned,
});

/** Loads what the citizen rules need: the units of today's placements and any assignment to the actor. */
export async function loadCitizenFacts(tx: Queryable, ctx: RequestCtx, citizenId: string): Promise<CitizenFacts | null> {
  const [row] = await tx.query<CitizenFactsRow>(`SELECT c.id, c.municipality_id, ${citizenFactsColumns(2, 3)} FROM citizens c WHERE c.id = $1`, [
    citizenId,
    ctx.actor.userId,
    todayInCopenhagen(),
  ]);
  return row ? toCitizenFacts(row) : null;
}

/**
 * The gate every citizen route passes: 404 when the citizen is unknown or outside the actor's
 * scope (so ids cannot be probed), 403 when visible but the action is not the actor's.
 */
export async function requireCitizen(tx: Queryable, ctx: RequestCtx, citizenId: string, action: string): Promise<CitizenFacts> {
  const facts = await loadCitizenFacts(tx, ctx, citizenId);
  if (!facts || !can(ctx.actor, 'read', 'citizen', facts)) throw notFound('Borgeren');
  authorize(ctx.actor, action, 'citizen', facts);
  return facts;
}

/** A citizen list's unit filter only narrows: a unit outside the actor's own never widens what they may list. */
export function requireOwnUnitFilter(ctx: RequestCtx, unitId: string | undefined): void {
  if (unitId && !ctx.actor.careUnitIds.includes(unitId)) {
    throw badRequest('Du kan kun vise borgerne på dine egne afdelinger.', { unitId: 'Du arbejder ikke på denne afdeling, eller din dækning af den er slut.' });
  }
}
