import type { Queryable } from '../../db/index.js';
import type { StoredProfile } from '../../../contracts/facility-profiles.js';
import { REFERRAL_FLAGS } from '../../../domain/visitation/types.js';

/**
 * THE MERGE RULE — what a unit offers is its facility's profile refined by its own row:
 *
 * - a scalar (address, phone, website, Tilbudsportalen id, area municipality, district, the highest
 *   support level, the daily rate, pets): the unit's value when it is not NULL, else the facility's;
 * - the age range is one pair: the unit's when it states one, else the facility's (never one end
 *   of each);
 * - the public description: the unit's when not empty, else the facility's;
 * - methods and specialisations, and exclusion criteria: the facility's and the unit's together
 *   (a unit adds, it cannot take away), without duplicates, in catalogue order;
 * - no row is a row of NULLs: a unit without one is as its facility; a facility without one states
 *   nothing (NULLs, empty lists).
 *
 * A facility's effective profile is its own row. `effectiveProfile` is the rule in TypeScript,
 * `listEffectiveProfiles` the same rule in SQL (one row per facility and unit); a test holds them
 * equal on the demo. Approved legal bases, target groups and physical standards are the places'.
 */
export function effectiveProfile(facility: StoredProfile | null, unit: StoredProfile | null, methodOrder: readonly string[] = []): StoredProfile {
  const f = facility ?? EMPTY_PROFILE;
  const u = unit ?? EMPTY_PROFILE;
  const rank = (code: string) => {
    const i = methodOrder.indexOf(code);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  const unitAges = u.ageFrom !== null && u.ageTo !== null;
  return {
    tilbudsportalenId: u.tilbudsportalenId ?? f.tilbudsportalenId,
    address: u.address ?? f.address,
    phone: u.phone ?? f.phone,
    website: u.website ?? f.website,
    publicDescription: u.publicDescription || f.publicDescription,
    areaMunicipalityCode: u.areaMunicipalityCode ?? f.areaMunicipalityCode,
    district: u.district ?? f.district,
    ageFrom: unitAges ? u.ageFrom : f.ageFrom,
    ageTo: unitAges ? u.ageTo : f.ageTo,
    methods: [...new Set([...f.methods, ...u.methods])].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0)),
    exclusionCriteria: REFERRAL_FLAGS.filter((x) => f.exclusionCriteria.includes(x) || u.exclusionCriteria.includes(x)),
    maxSupportLevel: u.maxSupportLevel ?? f.maxSupportLevel,
    dailyRateDkk: u.dailyRateDkk ?? f.dailyRateDkk,
    petsAllowed: u.petsAllowed ?? f.petsAllowed,
  };
}

/** A profile that states nothing: what an org unit without a row has. */
export const EMPTY_PROFILE: StoredProfile = {
  tilbudsportalenId: null,
  address: null,
  phone: null,
  website: null,
  publicDescription: '',
  areaMunicipalityCode: null,
  district: null,
  ageFrom: null,
  ageTo: null,
  methods: [],
  exclusionCriteria: [],
  maxSupportLevel: null,
  dailyRateDkk: null,
  petsAllowed: null,
};

/** A row of org_unit_profiles' columns (own or merged) as SQL answers it. */
export interface ProfileColumns {
  tilbudsportalen_id: string | null;
  address: string | null;
  phone: string | null;
  website: string | null;
  public_description: string;
  area_municipality_code: string | null;
  district: string | null;
  age_from: number | null;
  age_to: number | null;
  methods: string[];
  exclusion_criteria: string[];
  max_support_level: number | null;
  daily_rate_dkk: string | number | null;
  pets_allowed: boolean | null;
}

/** Columns → the contract's shape (numeric arrives as text from PostgreSQL). */
export const toStored = (r: ProfileColumns): StoredProfile => ({
  tilbudsportalenId: r.tilbudsportalen_id,
  address: r.address,
  phone: r.phone,
  website: r.website,
  publicDescription: r.public_description,
  areaMunicipalityCode: r.area_municipality_code,
  district: r.district,
  ageFrom: r.age_from,
  ageTo: r.age_to,
  methods: r.methods,
  exclusionCriteria: r.exclusion_criteria as StoredProfile['exclusionCriteria'],
  maxSupportLevel: r.max_support_level,
  dailyRateDkk: r.daily_rate_dkk === null ? null : Number(r.daily_rate_dkk),
  petsAllowed: r.pets_allowed,
});

export interface EffectiveProfileRow extends ProfileColumns {
  org_unit_id: string;
  kind: 'facility' | 'unit';
  facility_id: string;
}

const FLAGS_SQL = `ARRAY[${REFERRAL_FLAGS.map((f) => `'${f}'`).join(', ')}]`;

/**
 * The merge rule in SQL: one row per active-or-not facility and unit of the municipality (or of
 * `orgUnitIds`), `p` the unit's own row and `fp` its facility's (a unit's parent is always its
 * facility: organisation/tree.ts). Matching reads candidates from it.
 */
export const EFFECTIVE_PROFILES_SQL = `
  SELECT u.id AS org_unit_id, u.kind, f.id AS facility_id,
         coalesce(p.tilbudsportalen_id, fp.tilbudsportalen_id) AS tilbudsportalen_id,
         coalesce(p.address, fp.address) AS address,
         coalesce(p.phone, fp.phone) AS phone,
         coalesce(p.website, fp.website) AS website,
         coalesce(nullif(p.public_description, ''), fp.public_description, '') AS public_description,
         coalesce(p.area_municipality_code, fp.area_municipality_code) AS area_municipality_code,
         coalesce(p.district, fp.district) AS district,
         CASE WHEN p.age_from IS NOT NULL THEN p.age_from ELSE fp.age_from END AS age_from,
         CASE WHEN p.age_from IS NOT NULL THEN p.age_to ELSE fp.age_to END AS age_to,
         ARRAY(SELECT x FROM unnest(catalogue.methods) WITH ORDINALITY AS t (x, n)
                WHERE x = ANY (coalesce(fp.methods, '{}') || coalesce(p.methods, '{}'))
                ORDER BY n) AS methods,
         ARRAY(SELECT x FROM unnest(${FLAGS_SQL}) WITH ORDINALITY AS t (x, n)
                WHERE x = ANY (coalesce(fp.exclusion_criteria, '{}') || coalesce(p.exclusion_criteria, '{}'))
                ORDER BY n) AS exclusion_criteria,
         coalesce(p.max_support_level, fp.max_support_level) AS max_support_level,
         coalesce(p.daily_rate_dkk, fp.daily_rate_dkk) AS daily_rate_dkk,
         coalesce(p.pets_allowed, fp.pets_allowed) AS pets_allowed
    FROM org_units u
    JOIN org_units f ON f.municipality_id = u.municipality_id AND f.kind = 'facility' AND f.id = CASE WHEN u.kind = 'unit' THEN u.parent_id ELSE u.id END
    LEFT JOIN org_unit_profiles fp ON fp.municipality_id = f.municipality_id AND fp.org_unit_id = f.id
    LEFT JOIN org_unit_profiles p ON u.kind = 'unit' AND p.municipality_id = u.municipality_id AND p.org_unit_id = u.id
   -- the catalogue's order read once, not per row
   CROSS JOIN (SELECT array_agg(code ORDER BY sort_order, code) AS methods FROM visitation_methods) catalogue
   WHERE u.municipality_id = $1 AND u.kind IN ('facility', 'unit') AND ($2::uuid[] IS NULL OR u.id = ANY ($2::uuid[]))`;

/** The effective profile of every facility and unit of the municipality, or of those named. */
export async function listEffectiveProfiles(tx: Queryable, municipalityId: string, orgUnitIds: string[] | null = null): Promise<EffectiveProfileRow[]> {
  return tx.query<EffectiveProfileRow>(`${EFFECTIVE_PROFILES_SQL} ORDER BY u.path`, [municipalityId, orgUnitIds]);
}
