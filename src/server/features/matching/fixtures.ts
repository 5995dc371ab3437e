/**
 * Test fixtures in plain SQL: referrals, profiles and physical standards as the referrals and
 * facility-profiles features would write them (matching only reads those tables).
 */
import type { Queryable } from '../../db/index.js';
import type { World } from '../../../../test/world.js';
import { FFB_GROUPS } from '../../../domain/ffb.js';
import { SUPPORT_NEED_LEVEL_ORDER } from '../../../domain/visitation/support-need.js';

export interface ReferralFixture {
  citizenId: string;
  caseWorkerId: string;
  legalBasis?: string;
  targetGroups?: string[];
  flags?: string[];
  methodsWanted?: string[];
  urgency?: 'normal' | 'urgent' | 'acute';
  state?: 'submitted' | 'placed';
  /** For a placed referral: when it was decided. */
  decidedAt?: string;
  needs?: { ownBath?: boolean; ownKitchen?: boolean; minAreaM2?: number | null };
  wish?: { municipalityCode: string; district: string | null } | null;
  family?: { municipalityCode: string; district: string | null } | null;
  pets?: boolean;
  expectedMoveIn?: string | null;
  /** Support need per area, by the area's position (1–6) under Aktivitet og deltagelse: one condition of it assessed at that level (0–4). */
  supportNeed?: Record<number, number>;
}

/** Inserts a referral (with its target groups and assessment); returns its id. */
export async function insertReferral(db: Queryable, w: World, r: ReferralFixture): Promise<string> {
  const placed = r.state === 'placed';
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO referrals (municipality_id, citizen_id, type_code, case_worker_id, received_on, legal_basis, flags, methods_wanted, urgency,
                            plan_purpose, plan_interventions, plan_expected_duration, plan_housing, needs_own_bath, needs_own_kitchen, needs_min_area_m2,
                            wish_municipality_code, wish_district, family_municipality_code, family_district, wishes_pets, expected_move_in,
                            state, decided_at, created_by)
     VALUES ($1, $2, 'new', $3, current_date - 5, $4, $5, $6, $7, 'Et trygt botilbud.', 'Døgnstøtte.', 'Længerevarende', 'Ingen egen bolig.',
             $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $3)
     RETURNING id`,
    [
      w.municipalityId, r.citizenId, r.caseWorkerId, r.legalBasis ?? '§108', r.flags ?? [], r.methodsWanted ?? [], r.urgency ?? 'normal',
      r.needs?.ownBath ?? false, r.needs?.ownKitchen ?? false, r.needs?.minAreaM2 ?? null,
      r.wish?.municipalityCode ?? null, r.wish?.district ?? null, r.family?.municipalityCode ?? null, r.family?.district ?? null, r.pets ?? false,
      r.expectedMoveIn ?? null, placed ? 'placed' : 'submitted', placed ? (r.decidedAt ?? new Date().toISOString()) : null,
    ],
  );
  for (const [i, code] of (r.targetGroups ?? ['social_psychiatry']).entries()) {
    await db.query('INSERT INTO referral_target_groups (municipality_id, referral_id, target_group_code, position) VALUES ($1, $2, $3, $4)', [w.municipalityId, row.id, code, i + 1]);
  }
  for (const [area, level] of Object.entries(r.supportNeed ?? {})) {
    await db.query(
      `INSERT INTO referral_assessments (municipality_id, referral_id, condition_code, level_code)
       SELECT $1, $2, c.code, $5 FROM ffb_concepts a JOIN ffb_concepts c ON c.parent_code = a.code
        WHERE a.parent_code = $3 AND a.sort_order = (SELECT sort_order FROM ffb_concepts WHERE parent_code = $3 ORDER BY sort_order OFFSET $4 LIMIT 1)
        ORDER BY c.sort_order LIMIT 1`,
      [w.municipalityId, row.id, FFB_GROUPS.activityAndParticipation, Number(area) - 1, SUPPORT_NEED_LEVEL_ORDER[level]],
    );
  }
  return row.id;
}

export interface ProfileFixture {
  areaMunicipalityCode?: string | null;
  district?: string | null;
  ageFrom?: number | null;
  ageTo?: number | null;
  methods?: string[];
  exclusionCriteria?: string[];
  maxSupportLevel?: number | null;
  dailyRateDkk?: number | null;
  petsAllowed?: boolean | null;
}

/** Inserts (or replaces) an org unit's profile. */
export async function upsertProfile(db: Queryable, w: World, orgUnitId: string, p: ProfileFixture): Promise<void> {
  await db.query(
    `INSERT INTO org_unit_profiles (municipality_id, org_unit_id, area_municipality_code, district, age_from, age_to, methods, exclusion_criteria,
                                    max_support_level, daily_rate_dkk, pets_allowed, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
     ON CONFLICT (municipality_id, org_unit_id) DO UPDATE SET area_municipality_code = excluded.area_municipality_code, district = excluded.district,
       age_from = excluded.age_from, age_to = excluded.age_to, methods = excluded.methods, exclusion_criteria = excluded.exclusion_criteria,
       max_support_level = excluded.max_support_level, daily_rate_dkk = excluded.daily_rate_dkk, pets_allowed = excluded.pets_allowed`,
    [
      w.municipalityId, orgUnitId, p.areaMunicipalityCode ?? null, p.district ?? null, p.ageFrom ?? null, p.ageTo ?? null, p.methods ?? [],
      p.exclusionCriteria ?? [], p.maxSupportLevel ?? null, p.dailyRateDkk ?? null, p.petsAllowed ?? null, w.users.admin.id,
    ],
  );
}

/** Sets a place's physical standard and approved target groups. */
export async function setPlace(
  db: Queryable, w: World, placeId: string,
  p: { wheelchair?: boolean; ownBath?: boolean; ownKitchen?: boolean; areaM2?: number | null; targetGroups?: string[] },
): Promise<void> {
  await db.query('UPDATE places SET wheelchair_accessible = $2, own_bath = $3, own_kitchen = $4, area_m2 = $5 WHERE id = $1', [
    placeId, p.wheelchair ?? false, p.ownBath ?? false, p.ownKitchen ?? false, p.areaM2 ?? null,
  ]);
  if (p.targetGroups) {
    await db.query('DELETE FROM place_target_groups WHERE place_id = $1', [placeId]);
    for (const code of p.targetGroups) {
      await db.query('INSERT INTO place_target_groups (municipality_id, place_id, target_group_code) VALUES ($1, $2, $3)', [w.municipalityId, placeId, code]);
    }
  }
}
