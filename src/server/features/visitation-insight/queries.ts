import type { Queryable } from '../../db/index.js';
import type { RequestCtx } from '../../context.js';
import type { FlowIntervention } from '../../../domain/visitation/ladder-flow.js';

export interface InsightUnitRow {
  id: string;
  name: string;
  kind: string;
  path: string;
}

/** The active org units under the actor's figure prefixes (not single units: the flow is of a facility and up), top down. */
export async function listFigureUnits(tx: Queryable, ctx: RequestCtx, prefixes: string[]): Promise<InsightUnitRow[]> {
  return tx.query<InsightUnitRow>(
    `SELECT u.id, u.name, u.kind, u.path FROM org_units u
      WHERE u.municipality_id = $1 AND u.active AND u.kind <> 'unit'
        AND EXISTS (SELECT 1 FROM unnest($2::text[]) AS s(prefix) WHERE starts_with(u.path, s.prefix))
      ORDER BY u.path`,
    [ctx.actor.municipalityId, prefixes],
  );
}

/** One org unit of the actor's municipality by id (undefined: unknown here). */
export async function getUnit(tx: Queryable, ctx: RequestCtx, id: string): Promise<InsightUnitRow | undefined> {
  const [row] = await tx.query<InsightUnitRow>(`SELECT id, name, kind, path FROM org_units WHERE municipality_id = $1 AND id = $2`, [ctx.actor.municipalityId, id]);
  return row;
}

/**
 * Every intervention of the citizens who had one delivered under `path` overlapping [from, to), in one
 * statement: the flow follows such a citizen through all their interventions (a move out of the part
 * is a move too). Citizen ids stay on the server: the answer is counts.
 */
export async function readFlowInterventions(tx: Queryable, ctx: RequestCtx, path: string, from: string, to: string): Promise<FlowIntervention[]> {
  const rows = await tx.query<{ c: string; s: number; f: string; t: string | null; b: string; p: string | null; d: FlowIntervention['delivery']; e: string | null }>(
    `WITH part AS (
       SELECT DISTINCT i.citizen_id FROM interventions i
         JOIN org_units u ON u.municipality_id = i.municipality_id AND u.id = i.unit_id
        WHERE i.municipality_id = $1 AND starts_with(u.path, $2)
          AND i.start_date < $4::date AND (i.end_date IS NULL OR i.end_date > $3::date))
     SELECT i.citizen_id AS c, i.ladder_step AS s, i.start_date AS f, i.end_date AS t, i.legal_basis AS b,
            u.path AS p, k.delivery AS d, i.end_destination_code AS e
       FROM part JOIN interventions i ON i.municipality_id = $1 AND i.citizen_id = part.citizen_id
       JOIN intervention_kinds k ON k.code = i.kind_code
       LEFT JOIN org_units u ON u.municipality_id = i.municipality_id AND u.id = i.unit_id`,
    [ctx.actor.municipalityId, path, from, to],
  );
  return rows.map((r) => ({ citizenId: r.c, step: r.s, startDate: r.f, endDate: r.t, legalBasis: r.b, unitPath: r.p, delivery: r.d, endDestination: r.e }));
}

// ---- The forecast's model from the data ----

export interface ReferralCountRow {
  legal_basis: string;
  target_group: string | null;
  received: number;
}

/** Referrals received in [since, today], per legal basis and primary target group. */
export async function countReferrals(tx: Queryable, ctx: RequestCtx, since: string, today: string): Promise<ReferralCountRow[]> {
  return tx.query<ReferralCountRow>(
    `SELECT r.legal_basis, tg.target_group_code AS target_group, count(*)::int AS received
       FROM referrals r
       LEFT JOIN referral_target_groups tg ON tg.municipality_id = r.municipality_id AND tg.referral_id = r.id AND tg.position = 1
      WHERE r.municipality_id = $1 AND r.received_on >= $2::date AND r.received_on <= $3::date
      GROUP BY r.legal_basis, tg.target_group_code
      ORDER BY r.legal_basis, tg.target_group_code NULLS LAST`,
    [ctx.actor.municipalityId, since, today],
  );
}

/** Lengths (days) of the stays in a place that ended in [since, today], per legal basis. */
export async function endedStays(tx: Queryable, ctx: RequestCtx, since: string, today: string): Promise<Array<{ legal_basis: string; days: number[] }>> {
  return tx.query(
    `SELECT i.legal_basis, array_agg(i.end_date - i.start_date ORDER BY i.end_date - i.start_date) AS days
       FROM interventions i JOIN intervention_kinds k ON k.code = i.kind_code
      WHERE i.municipality_id = $1 AND k.delivery = 'stay' AND i.end_date > i.start_date
        AND i.end_date >= $2::date AND i.end_date <= $3::date
      GROUP BY i.legal_basis`,
    [ctx.actor.municipalityId, since, today],
  );
}

export interface CapacityNowRow {
  places: number;
  occupied: number;
  queue: number;
  profile_rate: number | null;
  intervention_rate: number | null;
  purchased_rate: number | null;
}

/** Own places now (active places on active units), those occupied today, the waiting list, and the rates. */
export async function capacityNow(tx: Queryable, ctx: RequestCtx, today: string): Promise<CapacityNowRow> {
  const [row] = await tx.query<CapacityNowRow>(
    `SELECT
       (SELECT count(*)::int FROM places p JOIN org_units u ON u.municipality_id = p.municipality_id AND u.id = p.unit_id AND u.active
         WHERE p.municipality_id = $1 AND p.active AND p.active_from <= $2::date AND (p.active_until IS NULL OR p.active_until > $2::date)) AS places,
       (SELECT count(DISTINCT i.place_id)::int FROM interventions i JOIN places p ON p.municipality_id = i.municipality_id AND p.id = i.place_id AND p.active
          JOIN org_units u ON u.municipality_id = p.municipality_id AND u.id = p.unit_id AND u.active
         WHERE i.municipality_id = $1 AND daterange(i.start_date, i.end_date, '[)') @> $2::date
           AND p.active_from <= $2::date AND (p.active_until IS NULL OR p.active_until > $2::date)) AS occupied,
       (SELECT count(*)::int FROM referrals r WHERE r.municipality_id = $1 AND r.state = 'waiting') AS queue,
       (SELECT avg(daily_rate_dkk)::float8 FROM org_unit_profiles WHERE municipality_id = $1 AND daily_rate_dkk > 0) AS profile_rate,
       (SELECT avg(CASE i.rate_unit WHEN 'day' THEN i.rate_dkk ELSE i.rate_dkk * 12 / 365.25 END)::float8
          FROM interventions i JOIN intervention_kinds k ON k.code = i.kind_code
         WHERE i.municipality_id = $1 AND k.delivery = 'stay' AND i.rate_dkk > 0
           AND daterange(i.start_date, i.end_date, '[)') @> $2::date) AS intervention_rate,
       (SELECT avg(daily_rate_dkk)::float8 FROM purchased_places WHERE municipality_id = $1) AS purchased_rate`,
    [ctx.actor.municipalityId, today],
  );
  return row;
}

export interface PlannedPlaceRow {
  id: string;
  unit_id: string;
  unit_name: string;
  unit_path: string;
  legal_basis: string;
  places: number;
  opens_on: string;
  note: string;
}

/** Planned places not yet open (opening after `today`), soonest first. */
export async function listPlannedPlaces(tx: Queryable, ctx: RequestCtx, today: string): Promise<PlannedPlaceRow[]> {
  return tx.query<PlannedPlaceRow>(
    `SELECT pp.id, pp.org_unit_id AS unit_id, u.name AS unit_name, u.path AS unit_path, pp.legal_basis, pp.places, pp.opens_on, pp.note
       FROM planned_places pp JOIN org_units u ON u.municipality_id = pp.municipality_id AND u.id = pp.org_unit_id
      WHERE pp.municipality_id = $1 AND pp.opens_on > $2::date
      ORDER BY pp.opens_on, u.name, pp.id`,
    [ctx.actor.municipalityId, today],
  );
}

export async function getPlannedPlace(tx: Queryable, ctx: RequestCtx, id: string): Promise<PlannedPlaceRow | undefined> {
  const [row] = await tx.query<PlannedPlaceRow>(
    `SELECT pp.id, pp.org_unit_id AS unit_id, u.name AS unit_name, u.path AS unit_path, pp.legal_basis, pp.places, pp.opens_on, pp.note
       FROM planned_places pp JOIN org_units u ON u.municipality_id = pp.municipality_id AND u.id = pp.org_unit_id
      WHERE pp.municipality_id = $1 AND pp.id = $2`,
    [ctx.actor.municipalityId, id],
  );
  return row;
}

export async function insertPlannedPlace(
  tx: Queryable,
  ctx: RequestCtx,
  p: { unitId: string; legalBasis: string; places: number; opensOn: string; note: string },
): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `INSERT INTO planned_places (municipality_id, org_unit_id, legal_basis, places, opens_on, note, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [ctx.actor.municipalityId, p.unitId, p.legalBasis, p.places, p.opensOn, p.note, ctx.actor.userId],
  );
  return row.id;
}

export async function deletePlannedPlace(tx: Queryable, ctx: RequestCtx, id: string): Promise<void> {
  await tx.query(`DELETE FROM planned_places WHERE municipality_id = $1 AND id = $2`, [ctx.actor.municipalityId, id]);
}

export async function legalBasisExists(tx: Queryable, code: string): Promise<boolean> {
  const rows = await tx.query(`SELECT 1 FROM legal_bases WHERE code = $1`, [code]);
  return rows.length > 0;
}

/** Stays in a place started in [since, today], per legal basis: the rate of new stays where no referral is recorded. */
export async function countStartedStays(tx: Queryable, ctx: RequestCtx, since: string, today: string): Promise<ReferralCountRow[]> {
  return tx.query<ReferralCountRow>(
    `SELECT i.legal_basis, NULL::text AS target_group, count(*)::int AS received
       FROM interventions i JOIN intervention_kinds k ON k.code = i.kind_code
      WHERE i.municipality_id = $1 AND k.delivery = 'stay' AND i.start_date >= $2::date AND i.start_date <= $3::date
      GROUP BY i.legal_basis ORDER BY i.legal_basis`,
    [ctx.actor.municipalityId, since, today],
  );
}

/** The legal bases of the own places active now: streams with no referral yet (nothing to forecast but the queue draining). */
export async function placeLegalBases(tx: Queryable, ctx: RequestCtx, today: string): Promise<ReferralCountRow[]> {
  return tx.query<ReferralCountRow>(
    `SELECT DISTINCT p.legal_basis, NULL::text AS target_group, 0 AS received FROM places p
      WHERE p.municipality_id = $1 AND p.active AND p.active_from <= $2::date ORDER BY p.legal_basis`,
    [ctx.actor.municipalityId, today],
  );
}
