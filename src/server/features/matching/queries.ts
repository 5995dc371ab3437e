import type { Queryable } from '../../db/index.js';
import type { RequestCtx } from '../../context.js';
import { citizenFactsColumns, type CitizenFactsRow, type VisibleCitizen } from '../../access/gate.js';
import { DEFAULT_WEIGHTS, FACTORS, type MatchingWeights } from '../../../domain/visitation/weights.js';
import { EFFECTIVE_PROFILES_SQL, type EffectiveProfileRow } from '../facility-profiles/effective.js';

/** A referral as matching reads it, with its citizen's facts for the gate (one statement). */
export interface ReferralRow extends CitizenFactsRow {
  referral_id: string;
  case_worker_id: string;
  state: string;
  legal_basis: string;
  urgency: 'normal' | 'urgent' | 'acute';
  flags: string[];
  methods_wanted: string[];
  needs_own_bath: boolean;
  needs_own_kitchen: boolean;
  needs_min_area_m2: number | null;
  wish_municipality_code: string | null;
  wish_district: string | null;
  family_municipality_code: string | null;
  family_district: string | null;
  wishes_pets: boolean;
  expected_move_in: string | null;
  first_name: string;
  last_name: string;
  birth_date: string;
  target_groups: string[];
  /** The assessment's conditions with their area and the area's parent (for the roll-up). */
  assessments: Array<{ conditionCode: string; levelCode: string; area: string | null; areaParent: string | null }>;
}

export async function getReferral(tx: Queryable, ctx: RequestCtx, referralId: string, today: string): Promise<ReferralRow | undefined> {
  const [row] = await tx.query<ReferralRow>(
    `SELECT r.id AS referral_id, r.case_worker_id, r.state, r.legal_basis, r.urgency, r.flags, r.methods_wanted,
            r.needs_own_bath, r.needs_own_kitchen, r.needs_min_area_m2, r.wish_municipality_code, r.wish_district,
            r.family_municipality_code, r.family_district, r.wishes_pets, r.expected_move_in,
            c.id, c.municipality_id, c.first_name, c.last_name, c.birth_date, ${citizenFactsColumns(3, 4)},
            coalesce((SELECT array_agg(t.target_group_code ORDER BY t.position) FROM referral_target_groups t
                       WHERE t.municipality_id = r.municipality_id AND t.referral_id = r.id), '{}') AS target_groups,
            coalesce((SELECT jsonb_agg(jsonb_build_object('conditionCode', a.condition_code, 'levelCode', a.level_code,
                                                          'area', cc.parent_code, 'areaParent', ac.parent_code))
                        FROM referral_assessments a
                        JOIN ffb_concepts cc ON cc.code = a.condition_code
                        LEFT JOIN ffb_concepts ac ON ac.code = cc.parent_code
                       WHERE a.municipality_id = r.municipality_id AND a.referral_id = r.id), '[]') AS assessments
       FROM referrals r
       JOIN citizens c ON c.municipality_id = r.municipality_id AND c.id = r.citizen_id
      WHERE r.municipality_id = $1 AND r.id = $2`,
    [ctx.actor.municipalityId, referralId, ctx.actor.userId, today],
  );
  return row;
}

/**
 * Active places of one unit alike in everything matching reads (legal basis, target groups,
 * physical standard), with their unit and facility: how many, and the first place's id (stable
 * whatever the occupancy); `members` are the places' ids.
 */
export interface PlaceGroupRow {
  id: string;
  members: string[];
  legal_basis: string;
  wheelchair_accessible: boolean;
  own_bath: boolean;
  own_kitchen: boolean;
  area_m2: number | null;
  target_groups: string[];
  unit_id: string;
  unit_name: string;
  facility_id: string;
  facility_name: string;
  places: number;
}

/** What a ranking reads that seldom changes, with the version of it (null: the municipality has none yet). */
export interface StandingRows {
  version: string | null;
  groups: PlaceGroupRow[];
  /** The effective profile (facility-profiles' merge rule) of each unit with a place. */
  profiles: EffectiveProfileRow[];
}

/**
 * The places, units and profiles, in one statement (one snapshot, so the version read tags exactly
 * the rows read): the active places on active units, alike places of a unit as one group (`group`;
 * else a group per place), and EFFECTIVE_PROFILES_SQL, the one merge rule, for the units with a place.
 */
export async function standingRows(tx: Queryable, municipalityId: string, group: boolean): Promise<StandingRows> {
  const [row] = await tx.query<{ version: string | null; groups: PlaceGroupRow[] | null; profiles: EffectiveProfileRow[] | null }>(
    `WITH prof AS (${EFFECTIVE_PROFILES_SQL}),
     tg AS (
       SELECT place_id, array_agg(target_group_code ORDER BY target_group_code) AS codes FROM place_target_groups
        WHERE municipality_id = $1 GROUP BY place_id),
     pl AS (
       SELECT p.id, p.unit_id, p.legal_basis, p.wheelchair_accessible, p.own_bath, p.own_kitchen, p.area_m2, coalesce(tg.codes, '{}') AS target_groups
         FROM places p LEFT JOIN tg ON tg.place_id = p.id
        WHERE p.municipality_id = $1 AND p.active),
     cand AS (
       SELECT min(pl.id::text) AS id, array_agg(pl.id ORDER BY pl.id) AS members,
              pl.legal_basis, pl.wheelchair_accessible, pl.own_bath, pl.own_kitchen, pl.area_m2, pl.target_groups,
              u.id AS unit_id, u.name AS unit_name, f.id AS facility_id, f.name AS facility_name, count(*)::int AS places
         FROM pl
         JOIN org_units u ON u.municipality_id = $1 AND u.id = pl.unit_id AND u.active
         JOIN org_units f ON f.municipality_id = $1 AND f.id = CASE WHEN u.kind = 'facility' THEN u.id ELSE u.parent_id END
        GROUP BY u.id, u.name, f.id, f.name, pl.legal_basis, pl.wheelchair_accessible, pl.own_bath, pl.own_kitchen, pl.area_m2, pl.target_groups, CASE WHEN $3::boolean THEN NULL ELSE pl.id END)
     SELECT (SELECT version FROM matching_data_versions WHERE municipality_id = $1) AS version,
            (SELECT json_agg(cand ORDER BY cand.id) FROM cand) AS groups,
            (SELECT json_agg(prof) FROM prof WHERE prof.org_unit_id IN (SELECT unit_id FROM cand)) AS profiles`,
    [municipalityId, null, group],
  );
  return { version: row.version, groups: row.groups ?? [], profiles: row.profiles ?? [] };
}

/** What a ranking reads afresh each time: who lives where, and the catalogues' names. */
export interface CurrentRows {
  /** The standing rows' version now. */
  version: string | null;
  /**
   * Each place with a stay today, by id: the earliest day after today that no stay covers (null:
   * none known, an open-ended stay runs). A place not named is free today.
   */
  freeFrom: Record<string, string | null>;
  /** Per unit, how many of its current residents carry each flag. */
  flags: Array<{ unit_id: string; flag: string; n: number }>;
  /** The tenant's own municipality code (where a profile states no area). */
  code: string | null;
  /** The catalogues' names by code, lower-case first; a code in both ('autism') is named as a target group, as the hard rule's text names it. */
  names: Record<string, string>;
}

/**
 * The occupancy and resident mix, in one statement with the standing rows' version. A place with a
 * stay today is free from the first end of its stays that no other stay starts on (stays on a place
 * never overlap: the exclusion constraint on interventions), so the running stay's end unless
 * another starts on it, then that one's, and so on; none while an open-ended stay runs. A place
 * without a stay today is free today. The resident mix counts each current resident (a stay on one
 * of the unit's places today) under the flags of their latest placed referral.
 */
export async function currentRows(tx: Queryable, municipalityId: string, today: string): Promise<CurrentRows> {
  const [row] = await tx.query<{ [K in keyof CurrentRows]: CurrentRows[K] | null }>(
    `WITH st AS (
       SELECT place_id, start_date, end_date, lead(start_date) OVER (PARTITION BY place_id ORDER BY start_date) AS next_start FROM interventions
        WHERE municipality_id = $1 AND place_id IS NOT NULL AND (end_date IS NULL OR end_date > $2)),
     free AS (
       SELECT place_id, min(end_date) FILTER (WHERE end_date IS NOT NULL AND next_start IS DISTINCT FROM end_date) AS free_from
         FROM st GROUP BY place_id HAVING bool_or(start_date <= $2)),
     mix AS (
       SELECT i.unit_id, f.flag, count(DISTINCT i.citizen_id)::int AS n
         FROM interventions i
         JOIN (SELECT DISTINCT ON (r.citizen_id) r.citizen_id, r.flags FROM referrals r
                WHERE r.municipality_id = $1 AND r.state = 'placed'
                ORDER BY r.citizen_id, r.decided_at DESC, r.received_on DESC, r.id) r ON r.citizen_id = i.citizen_id AND r.flags <> '{}'
        CROSS JOIN LATERAL unnest(r.flags) AS f(flag)
        WHERE i.municipality_id = $1 AND i.place_id IS NOT NULL AND i.start_date <= $2 AND (i.end_date IS NULL OR i.end_date > $2)
        GROUP BY i.unit_id, f.flag)
     SELECT (SELECT version FROM matching_data_versions WHERE municipality_id = $1) AS version,
            (SELECT json_object_agg(free.place_id, free.free_from) FROM free) AS "freeFrom",
            (SELECT json_agg(mix) FROM mix) AS flags,
            (SELECT m.code FROM municipalities m WHERE m.id = $1) AS code,
            (SELECT json_object_agg(n.code, lower(left(n.name, 1)) || substr(n.name, 2))
               FROM (SELECT code, name FROM visitation_methods WHERE code NOT IN (SELECT code FROM target_groups)
                     UNION ALL SELECT code, name FROM target_groups) n) AS names`,
    [municipalityId, today],
  );
  return { version: row.version, freeFrom: row.freeFrom ?? {}, flags: row.flags ?? [], code: row.code, names: row.names ?? {} };
}

// Weights ---------------------------------------------------------------------------------------

export interface WeightsRow {
  version: string;
  weights: Record<string, number>;
  params: MatchingWeights['params'];
  note: string;
  created_by: string | null;
  created_by_name: string | null;
  created_at: string;
}

const weightsColumns = `w.version, w.weights, w.params, w.note, w.created_by, u.display_name AS created_by_name,
  to_char(w.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS created_at`;

/** The tenant's weights versions, newest (the one in use) first. */
export async function weightVersions(tx: Queryable, municipalityId: string): Promise<WeightsRow[]> {
  return tx.query<WeightsRow>(
    `SELECT ${weightsColumns} FROM matching_weight_versions w
       LEFT JOIN users u ON u.municipality_id = w.municipality_id AND u.id = w.created_by
      WHERE w.municipality_id = $1 ORDER BY w.created_at DESC, w.version DESC`,
    [municipalityId],
  );
}

/** A stored version as the engine takes it: a factor it does not name weighs 0. */
export const toWeights = (row: Pick<WeightsRow, 'version' | 'weights' | 'params'>): MatchingWeights => ({
  version: row.version,
  weights: Object.fromEntries(FACTORS.map((f) => [f, Number(row.weights[f] ?? 0)])) as MatchingWeights['weights'],
  params: row.params,
});

/** The version a ranking would use now, without putting the defaults in (a read). */
export async function versionInUse(tx: Queryable, municipalityId: string): Promise<string> {
  const [row] = await tx.query<{ version: string }>(newest, [municipalityId]);
  return row?.version ?? DEFAULT_WEIGHTS.version;
}

const newest = `SELECT version, weights, params FROM matching_weight_versions WHERE municipality_id = $1 ORDER BY created_at DESC, version DESC LIMIT 1`;

/**
 * The weights in use: the tenant's newest version. A tenant without one gets Mestring's defaults
 * as its first version, stored on first use (a concurrent first use inserts nothing twice).
 */
export async function weightsInUse(tx: Queryable, municipalityId: string): Promise<MatchingWeights> {
  let [row] = await tx.query<Pick<WeightsRow, 'version' | 'weights' | 'params'>>(newest, [municipalityId]);
  if (!row) {
    await tx.query(
      `INSERT INTO matching_weight_versions (municipality_id, version, weights, params, note)
       VALUES ($1, $2, $3, $4, 'Mestrings standardvægte, sat ind ved første matchning.') ON CONFLICT DO NOTHING`,
      [municipalityId, DEFAULT_WEIGHTS.version, JSON.stringify(DEFAULT_WEIGHTS.weights), JSON.stringify(DEFAULT_WEIGHTS.params)],
    );
    [row] = await tx.query<Pick<WeightsRow, 'version' | 'weights' | 'params'>>(newest, [municipalityId]);
  }
  return toWeights(row);
}

/** Adds a version; false when the name is taken. */
export async function insertWeights(tx: Queryable, ctx: RequestCtx, w: MatchingWeights, note: string): Promise<boolean> {
  const rows = await tx.query(
    `INSERT INTO matching_weight_versions (municipality_id, version, weights, params, note, created_by, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, greatest(now(), (SELECT max(created_at) + interval '1 millisecond' FROM matching_weight_versions WHERE municipality_id = $1)))
     ON CONFLICT DO NOTHING RETURNING version`,
    [ctx.actor.municipalityId, w.version, JSON.stringify(w.weights), JSON.stringify(w.params), note, ctx.actor.userId],
  );
  return rows.length === 1;
}

// Rankings --------------------------------------------------------------------------------------

export interface RankingRow {
  id: string;
  weights_version: string;
  ranked_on: string;
  ranked_at: string;
  ranked_by_name: string;
  result: { ranked: unknown[]; excluded: unknown[] };
}

/** Stores a ranking made now by the actor. */
export async function insertRanking(
  tx: Queryable, ctx: RequestCtx, citizen: VisibleCitizen, r: { referralId: string; id: string; version: string; today: string; at: string; result: string },
): Promise<void> {
  await tx.query(
    `INSERT INTO referral_rankings (municipality_id, id, referral_id, weights_version, ranked_on, result, ranked_by, ranked_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [citizen.municipalityId, r.id, r.referralId, r.version, r.today, r.result, ctx.actor.userId, r.at],
  );
}

/** The referral's newest ranking. */
export async function latestRanking(tx: Queryable, citizen: VisibleCitizen, referralId: string): Promise<RankingRow | undefined> {
  const [row] = await tx.query<RankingRow>(
    `SELECT k.id, k.weights_version, k.ranked_on, to_char(k.ranked_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS ranked_at,
            u.display_name AS ranked_by_name, k.result
       FROM referral_rankings k JOIN users u ON u.municipality_id = k.municipality_id AND u.id = k.ranked_by
      WHERE k.municipality_id = $1 AND k.referral_id = $2
      ORDER BY k.ranked_at DESC, k.id DESC LIMIT 1`,
    [citizen.municipalityId, referralId],
  );
  return row;
}
