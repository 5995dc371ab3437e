import type { Queryable } from '../../db/index.js';
import type { RequestCtx } from '../../context.js';
import { todayInCopenhagen } from '../../../domain/dates.js';
import { DEFAULT_TARGET_PCT, targetSql, yearOf } from './target-queries.js';

// Occupancy (belægning) now counts active places on active units; over a period, the place-days
// within each place's validity (active_from, active_until). A placement occupies its place on the
// days of daterange(start_date, end_date, '[)'): the move-out day is free again, as in the
// exclusion constraint on interventions, whose GiST index (municipality_id, place_id, range) serves these lookups.
// Placements lie within their place's validity (migration 009), so occupied never exceeds available.
// A planned place (active_from after today) counts from its first day, not before.
// Figures are per unit id: a unit moved to another facility (org_unit_moves) takes its places and
// their history with it, and each figure is held against its year's target (occupancy_targets).

export interface FacilityFiguresRow {
  id: string;
  name: string;
  center_name: string | null;
  places: number;
  occupied: number;
  /** Active goals of the citizens living there today whose follow-up date has passed. */
  overdue_follow_ups: number;
  /** Covers (vagtdækning) running now on its units. */
  running_covers: number;
  /** The facility's occupancy target this year (nearest up the tree, else the default). */
  target_pct: number;
}

/**
 * Occupancy today of every active facility under one of `pathPrefixes` (the actor's figure scope),
 * in one statement: active places, those with a placement covering `today`, and the counts a
 * center manager watches — overdue follow-ups and running covers. Counts only: no citizen or
 * colleague is named, so the figures' rule is enough.
 */
export async function listFacilityFigures(tx: Queryable, ctx: RequestCtx, today: string, pathPrefixes: string[]): Promise<FacilityFiguresRow[]> {
  return tx.query<FacilityFiguresRow>(
    `SELECT f.id, f.name,
            (SELECT c.name FROM org_units c WHERE c.municipality_id = f.municipality_id AND c.kind = 'center'
                AND starts_with(f.path, c.path) LIMIT 1) AS center_name,
            count(p.id)::int AS places,
            count(p.id) FILTER (WHERE EXISTS (
              SELECT 1 FROM interventions i WHERE i.municipality_id = p.municipality_id AND i.place_id = p.id
                 AND daterange(i.start_date, i.end_date, '[)') @> $2::date))::int AS occupied,
            (SELECT count(*) FROM goals g
              WHERE g.municipality_id = f.municipality_id AND g.status = 'active' AND g.next_follow_up_date < $2::date
                AND g.citizen_id IN (
                      SELECT i.citizen_id FROM interventions i JOIN org_units iu ON iu.id = i.unit_id
                       WHERE i.municipality_id = f.municipality_id AND iu.parent_id = f.id
                         AND i.start_date <= $2::date AND (i.end_date IS NULL OR i.end_date > $2::date)))::int AS overdue_follow_ups,
            (SELECT count(*) FROM unit_covers c JOIN org_units cu ON cu.id = c.unit_id
              WHERE c.municipality_id = f.municipality_id AND cu.parent_id = f.id
                AND c.ended_at IS NULL AND c.ends_at > now())::int AS running_covers,
            ${targetSql('f', '$4', '$5')} AS target_pct
       FROM org_units f
       LEFT JOIN org_units u ON u.municipality_id = f.municipality_id AND u.parent_id = f.id AND u.active
       LEFT JOIN places p ON p.municipality_id = u.municipality_id AND p.unit_id = u.id AND p.active AND p.active_from <= $2::date
      WHERE f.municipality_id = $1 AND f.kind = 'facility' AND f.active
        AND EXISTS (SELECT 1 FROM unnest($3::text[]) AS s(prefix) WHERE starts_with(f.path, s.prefix))
      GROUP BY f.municipality_id, f.id
      ORDER BY center_name, f.name`,
    [ctx.actor.municipalityId, today, pathPrefixes, yearOf(today), DEFAULT_TARGET_PCT],
  );
}

export interface FacilityRow {
  id: string;
  municipality_id: string;
  name: string;
  path: string;
  active: boolean;
  follow_up_interval_months: number;
  version: number;
  center_name: string | null;
  /** Its occupancy target in today's year and in the period's (the year of its last day). */
  target_now: number;
  target_period: number;
}

/**
 * A facility of the actor's municipality (undefined for an unknown id or another kind of unit), with
 * its targets for the years of `today` and of the period's last day.
 */
export async function getFacility(tx: Queryable, ctx: RequestCtx, id: string, today = todayInCopenhagen(), periodTo = today): Promise<FacilityRow | undefined> {
  const [row] = await tx.query<FacilityRow>(
    `SELECT f.id, f.municipality_id, f.name, f.path, f.active, f.follow_up_interval_months, f.version,
            (SELECT c.name FROM org_units c WHERE c.municipality_id = f.municipality_id AND c.kind = 'center'
                AND starts_with(f.path, c.path) LIMIT 1) AS center_name,
            ${targetSql('f', '$3', '$5')} AS target_now, ${targetSql('f', '$4', '$5')} AS target_period
       FROM org_units f WHERE f.municipality_id = $1 AND f.id = $2 AND f.kind = 'facility'`,
    [ctx.actor.municipalityId, id, yearOf(today), yearOf(periodTo), DEFAULT_TARGET_PCT],
  );
  return row;
}

/** Today's occupant of a place with what the citizen rules need (as loadCitizenFacts loads them). */
export interface OccupantFacts {
  citizenId: string;
  name: string;
  /** Units of the citizen's placements active today. */
  unitIds: string[] | null;
  assignedToActor: boolean;
}

export interface FacilityPlaceRow {
  unit_id: string;
  unit_name: string;
  unit_active: boolean;
  unit_version: number;
  /** null for a unit without places. */
  place_id: string | null;
  place_name: string | null;
  legal_basis: string | null;
  place_active: boolean | null;
  place_version: number | null;
  /** Has the place begun (active_from not after today)? A planned place counts only from its first day. */
  place_started: boolean | null;
  /** The place's validity, [active_from, active_until): the days it makes available to occupancy. */
  active_from: string | null;
  active_until: string | null;
  target_groups: Array<{ code: string; name: string }>;
  wheelchair_accessible: boolean | null;
  own_bath: boolean | null;
  own_kitchen: boolean | null;
  area_m2: string | null;
  /** Days of the period [from, to] the place was occupied: the sum of the placements' range intersections. */
  occupied_days: number;
  occupant: OccupantFacts | null;
}

/**
 * Every unit of a facility with its places, in one statement: each place's target groups, today's
 * occupant (with the facts the citizen rules need, so the caller decides whether to name them)
 * and its occupied days in the period [from, to], summed from daterange intersections rather
 * than a day-by-day series.
 */
export async function listFacilityPlaces(
  tx: Queryable,
  ctx: RequestCtx,
  facilityId: string,
  today: string,
  period: { from: string; to: string },
): Promise<FacilityPlaceRow[]> {
  return tx.query<FacilityPlaceRow>(
    `SELECT u.id AS unit_id, u.name AS unit_name, u.active AS unit_active, u.version AS unit_version,
            p.id AS place_id, p.name AS place_name, p.legal_basis, p.active AS place_active, p.version AS place_version,
            p.active_from, p.active_until, p.active_from <= $2::date AS place_started,
            p.wheelchair_accessible, p.own_bath, p.own_kitchen, p.area_m2,
            coalesce((SELECT json_agg(json_build_object('code', t.code, 'name', t.name) ORDER BY t.sort_order)
                        FROM place_target_groups pt JOIN target_groups t ON t.code = pt.target_group_code
                       WHERE pt.municipality_id = p.municipality_id AND pt.place_id = p.id), '[]') AS target_groups,
            coalesce((SELECT sum(upper(x.r) - lower(x.r))
                        FROM (SELECT daterange(i.start_date, i.end_date, '[)') * daterange($3::date, $4::date, '[]') AS r
                                FROM interventions i
                               WHERE i.municipality_id = p.municipality_id AND i.place_id = p.id
                                 AND daterange(i.start_date, i.end_date, '[)') && daterange($3::date, $4::date, '[]')) x), 0)::int
              AS occupied_days,
            occ.occupant
       FROM org_units u
       LEFT JOIN places p ON p.municipality_id = u.municipality_id AND p.unit_id = u.id
       LEFT JOIN LATERAL (
         SELECT json_build_object(
                  'citizenId', c.id, 'name', c.first_name || ' ' || c.last_name,
                  'unitIds', (SELECT array_agg(DISTINCT j.unit_id) FROM interventions j
                               WHERE j.municipality_id = c.municipality_id AND j.citizen_id = c.id AND j.unit_id IS NOT NULL
                                 AND daterange(j.start_date, j.end_date, '[)') @> $2::date),
                  'assignedToActor', EXISTS (SELECT 1 FROM case_assignments a
                                              WHERE a.municipality_id = c.municipality_id AND a.citizen_id = c.id AND a.user_id = $6)
                ) AS occupant
           FROM interventions i JOIN citizens c ON c.id = i.citizen_id
          WHERE i.municipality_id = p.municipality_id AND i.place_id = p.id AND daterange(i.start_date, i.end_date, '[)') @> $2::date
          LIMIT 1) occ ON true
      WHERE u.municipality_id = $1 AND u.parent_id = $5
      ORDER BY u.name, u.id, p.name, p.id`,
    [ctx.actor.municipalityId, today, period.from, period.to, facilityId, ctx.actor.userId],
  );
}
