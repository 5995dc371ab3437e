import type { Queryable } from '../../db/index.js';
import { ageOn } from '../../../domain/dates.js';
import type { Concept } from '../../../domain/ffb.js';
import { REFERRAL_FLAGS, type Candidate, type Referral, type ReferralFlag } from '../../../domain/visitation/types.js';
import { rollUpSupportNeed } from '../../../domain/visitation/support-need.js';
import { currentRows, standingRows, type CurrentRows, type PlaceGroupRow, type ReferralRow, type StandingRows } from './queries.js';
import type { EffectiveProfileRow } from '../facility-profiles/effective.js';

/** Where a candidate is, and what the engine's explanation cannot know (an unstated rate or support level). */
export interface Placing {
  candidateId: string;
  facilityId: string;
  facilityName: string;
  unitId: string;
  unitName: string;
  legalBasis: string;
  places: number;
  freeNow: number;
  standard: string;
  rateStated: boolean;
  supportLevelStated: boolean;
}

export interface Candidates {
  candidates: Candidate[];
  placing: Map<string, Placing>;
  names: Record<string, string>;
}

/** A place's physical standard in words, as the ranking shows it beside the unit. */
const standardOf = (p: { own_bath: boolean; own_kitchen: boolean; wheelchair_accessible: boolean; area_m2: number | null }) =>
  [p.own_bath ? 'eget bad' : 'delt bad', p.own_kitchen ? 'eget køkken' : null, p.wheelchair_accessible ? 'kørestolsegnet' : null, p.area_m2 === null ? null : `${String(p.area_m2).replace('.', ',')} m²`]
    .filter((s) => s !== null).join(' · ');

const isFlag = (f: string): f is ReferralFlag => (REFERRAL_FLAGS as readonly string[]).includes(f);

/** The referral as the engine takes it: the citizen's age on the expected move-in (today at the earliest), the assessment rolled up to the six areas. */
export function toReferral(r: ReferralRow, today: string): Referral {
  const concepts = new Map<string, Concept>();
  for (const a of r.assessments) {
    concepts.set(a.conditionCode, { code: a.conditionCode, parentCode: a.area });
    if (a.area) concepts.set(a.area, { code: a.area, parentCode: a.areaParent });
  }
  const moveIn = r.expected_move_in && r.expected_move_in > today ? r.expected_move_in : today;
  const area = (code: string | null, district: string | null) => (code ? { municipalityCode: code, district } : null);
  return {
    id: r.referral_id,
    legalBasis: r.legal_basis,
    targetGroups: r.target_groups,
    flags: r.flags.filter(isFlag),
    // citizens.birth_date is required and kept in step with the CPR number when one is registered.
    age: ageOn(r.birth_date, moveIn),
    needs: { ownBath: r.needs_own_bath, ownKitchen: r.needs_own_kitchen, minAreaM2: r.needs_min_area_m2 },
    methodsWanted: r.methods_wanted,
    wishes: { area: area(r.wish_municipality_code, r.wish_district), nearFamily: area(r.family_municipality_code, r.family_district), pets: r.wishes_pets },
    supportNeed: rollUpSupportNeed(r.assessments, concepts),
    urgency: r.urgency,
  };
}

/** What matching reads of a unit's effective profile (facility-profiles/effective.ts merges a unit's row into its facility's). */
function profileFor(p: EffectiveProfileRow | undefined) {
  const rate = p?.daily_rate_dkk;
  return {
    areaCode: p?.area_municipality_code ?? null,
    district: p?.district ?? null,
    ageRange: p?.age_from != null && p.age_to != null ? { from: p.age_from, to: p.age_to } : null,
    methods: p?.methods ?? [],
    exclusionCriteria: (p?.exclusion_criteria ?? []).filter(isFlag),
    maxSupportLevel: p?.max_support_level ?? null,
    dailyRate: rate == null ? null : Number(rate),
    pets: p?.pets_allowed ?? false,
  };
}

/**
 * The standing rows last read per municipality (and grouping), with their version. A ranking reads
 * the occupancy afresh and the standing rows only when their version has moved (migration 029: any
 * change to places, their target groups, units or profiles moves it, in the same transaction).
 */
const standing = new Map<string, StandingRows>();
const MAX_HELD = 200;

async function standingFor(tx: Queryable, municipalityId: string, group: boolean, version: string | null): Promise<StandingRows> {
  const key = `${municipalityId}:${group}`;
  const held = standing.get(key);
  if (held && version !== null && held.version === version) return held;
  const rows = await standingRows(tx, municipalityId, group);
  if (standing.size >= MAX_HELD) standing.clear();
  if (rows.version !== null) standing.set(key, rows);
  return rows;
}

/**
 * The tenant's candidates for a ranking. Places of one unit alike in everything matching reads
 * (legal basis, target groups, physical standard; the unit's profile and resident mix are shared)
 * are one candidate (standingRows groups them), free from the earliest day any of them is: each
 * of them would meet the same hard rules and score the same on every factor but availability,
 * where the earliest scores best, so the group ranks where its best place would
 * (ranking.property.test.ts shows it against one candidate per place, `group: false`).
 */
export async function loadCandidates(tx: Queryable, municipalityId: string, today: string, unstated: { rateDkk: number }, group = true): Promise<Candidates> {
  const current = await currentRows(tx, municipalityId, today);
  return buildCandidates(await standingFor(tx, municipalityId, group, current.version), current, today, unstated);
}

/** A group of places with how many are free today and the earliest day one of them is (null: none known). */
function occupancy(g: PlaceGroupRow, freeFrom: CurrentRows['freeFrom'], today: string): { freeNow: number; freeFrom: string | null } {
  let freeNow = 0;
  let earliest: string | null = null;
  for (const id of g.members) {
    const day = id in freeFrom ? freeFrom[id] : today;
    if (day === null) continue;
    if (day <= today) freeNow++;
    if (earliest === null || day < earliest) earliest = day;
  }
  return { freeNow, freeFrom: earliest };
}

/** The engine's candidates from the standing and current rows, with where each is. */
export function buildCandidates(rows: StandingRows, current: CurrentRows, today: string, unstated: { rateDkk: number }): Candidates {
  const profileOf = new Map(rows.profiles.map((p) => [p.org_unit_id, p]));
  const capacity = new Map<string, number>();
  for (const p of rows.groups) capacity.set(p.unit_id, (capacity.get(p.unit_id) ?? 0) + p.places);
  const counts = new Map<string, Partial<Record<ReferralFlag, number>>>();
  for (const f of current.flags) if (isFlag(f.flag)) counts.set(f.unit_id, { ...counts.get(f.unit_id), [f.flag]: f.n });

  const candidates: Candidate[] = [];
  const placing = new Map<string, Placing>();
  for (const p of rows.groups) {
    const profile = profileFor(profileOf.get(p.unit_id));
    const { freeNow, freeFrom } = occupancy(p, current.freeFrom, today);
    candidates.push({
      id: p.id,
      facilityId: p.facility_id,
      facilityName: p.facility_name,
      unitName: p.unit_name,
      legalBases: [p.legal_basis],
      targetGroups: p.target_groups,
      ageRange: profile.ageRange,
      specialisations: profile.methods,
      physical: { wheelchairAccessible: p.wheelchair_accessible, ownBath: p.own_bath, ownKitchen: p.own_kitchen, areaM2: p.area_m2, petsAllowed: profile.pets },
      exclusionCriteria: profile.exclusionCriteria,
      maxSupportLevel: profile.maxSupportLevel ?? 0,
      // An unstated rate scores nothing on rate (the explanation says it is not stated).
      dailyRateDkk: profile.dailyRate ?? unstated.rateDkk,
      freeFrom,
      residentMix: { capacity: capacity.get(p.unit_id) ?? 0, counts: counts.get(p.unit_id) ?? {} },
      area: { municipalityCode: profile.areaCode ?? current.code ?? '', district: profile.district },
    });
    placing.set(p.id, {
      candidateId: p.id, facilityId: p.facility_id, facilityName: p.facility_name, unitId: p.unit_id, unitName: p.unit_name, legalBasis: p.legal_basis,
      places: p.places, freeNow, standard: standardOf(p), rateStated: profile.dailyRate !== null, supportLevelStated: profile.maxSupportLevel !== null,
    });
  }
  return { candidates, placing, names: current.names };
}
