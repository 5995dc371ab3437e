import type { Queryable } from '../../db/index.js';
import type { RequestCtx } from '../../context.js';
import { authorize, can, type CitizenFacts } from '../../access/index.js';
import { notFound } from '../../errors.js';
import { todayInCopenhagen } from '../../../domain/dates.js';

/** Loads what the citizen rules need: the units of today's placements and any assignment to the actor. */
export async function loadCitizenFacts(tx: Queryable, ctx: RequestCtx, citizenId: string): Promise<CitizenFacts | null> {
  const [row] = await tx.query<{ id: string; municipality_id: string; unit_ids: string[]; assigned: boolean }>(
    `SELECT c.id, c.municipality_id,
            coalesce((SELECT array_agg(DISTINCT i.unit_id) FROM interventions i
                       WHERE i.citizen_id = c.id AND i.unit_id IS NOT NULL AND i.start_date <= $3::date
                         AND (i.end_date IS NULL OR i.end_date > $3::date)), '{}') AS unit_ids,
            EXISTS (SELECT 1 FROM case_assignments a WHERE a.citizen_id = c.id AND a.user_id = $2) AS assigned
       FROM citizens c WHERE c.id = $1`,
    [citizenId, ctx.actor.userId, todayInCopenhagen()],
  );
  if (!row) return null;
  return { id: row.id, municipalityId: row.municipality_id, unitIds: row.unit_ids, assignedToActor: row.assigned };
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
