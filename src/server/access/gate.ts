import type { Queryable } from '../db/index.js';
import type { RequestCtx } from '../context.js';
import { authorize, can } from './policy.js';
import type { CitizenFacts } from './citizen.js';
import { forbidden, notFound } from '../errors.js';
import { todayInCopenhagen } from '../../domain/dates.js';

declare const admitted: unique symbol;

/**
 * A citizen the policy has let this actor act on. Only this module makes one, so a query of
 * personal data that takes a `VisibleCitizen` (never a bare id) cannot run without the gate.
 */
export type VisibleCitizen = CitizenFacts & { readonly [admitted]: true };

const admit = (facts: CitizenFacts) => facts as VisibleCitizen;

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
 * The citizen gate: 404 (naming `what`, e.g. the goal asked for) when the citizen is unknown or
 * outside the actor's scope, so ids cannot be probed; 403 when visible but `action` is not the actor's.
 */
export async function requireCitizen(tx: Queryable, ctx: RequestCtx, citizenId: string, action: string, what = 'Borgeren'): Promise<VisibleCitizen> {
  const facts = await loadCitizenFacts(tx, ctx, citizenId);
  if (!facts || !can(ctx.actor, 'read', 'citizen', facts)) throw notFound(what);
  authorize(ctx.actor, action, 'citizen', facts);
  return admit(facts);
}

/**
 * The gate for an action another subject's rule decides on a record that carries its citizen, such
 * as moving a citizen in: that rule may admit a citizen the actor does not see yet (one nobody has
 * in care). The policy is asked here; allowed, the record's citizen is admitted. Denied: 404 (naming
 * `what`) when the citizen is outside the actor's sight, so ids cannot be probed, 403 when they see it.
 */
export function admitThrough<R extends { citizen: CitizenFacts }>(ctx: RequestCtx, action: string, subject: string, record: R, what: string): VisibleCitizen {
  if (can(ctx.actor, action, subject, record)) return admit(record.citizen);
  if (!can(ctx.actor, 'read', 'citizen', record.citizen)) throw notFound(what);
  throw forbidden();
}

/**
 * The citizen the actor registered in this same transaction, to answer with the record just
 * written: a registrar may not see a citizen yet placed nowhere, but gets back what they sent.
 */
export async function registeredCitizen(tx: Queryable, ctx: RequestCtx, citizenId: string): Promise<VisibleCitizen> {
  const facts = await loadCitizenFacts(tx, ctx, citizenId);
  if (!facts) throw new Error('unreachable: the citizen was inserted in this transaction');
  return admit(facts);
}
