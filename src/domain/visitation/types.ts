/**
 * Visitation's inputs as a server fills them from SQL rows: a referral (henvisning) and candidate
 * places. Codes are the catalogues' codes (legal bases like '§107', target groups, methods);
 * dates are YYYY-MM-DD.
 */

/** Flags on a referral that decide where a citizen can live (the list). */
export const REFERRAL_FLAGS = ['outwardReacting', 'substanceUse', 'somaticCare', 'dementia', 'wheelchair'] as const;
export type ReferralFlag = (typeof REFERRAL_FLAGS)[number];

export const FLAG_LABELS: Record<ReferralFlag, string> = {
  outwardReacting: 'udadreagerende adfærd',
  substanceUse: 'rusmiddelbrug',
  somaticCare: 'somatisk pleje',
  dementia: 'demens',
  wheelchair: 'kørestol',
};

export type Urgency = 'normal' | 'urgent' | 'acute';

/** Where something is: a municipality by its three-digit code, and a district (bydel) where known. */
export interface Area {
  municipalityCode: string;
  district: string | null;
}

export interface Referral {
  id: string;
  /** The legal basis sought, e.g. '§107'. */
  legalBasis: string;
  /** Target-group codes; the first is the primary one, which the place must be approved for. */
  targetGroups: string[];
  flags: ReferralFlag[];
  /** The citizen's age on the expected move-in day (target groups are approved for an age range). */
  age: number;
  /** Physical needs beyond a wheelchair (which the flag covers). */
  needs: { ownBath: boolean; ownKitchen: boolean; minAreaM2: number | null };
  /** Methods or specialisations the action plan asks for (catalogue codes), besides the flags'. */
  methodsWanted: string[];
  wishes: { area: Area | null; nearFamily: Area | null; pets: boolean };
  /**
   * FFB support need per activity-and-participation area (area code → level 0–4: ingen, let,
   * moderat, omfattende, fuldstændig), rolled up from the assessment on conditions.
   */
  supportNeed: Record<string, number>;
  urgency: Urgency;
}

/** One place (or a unit's places of one kind) as a candidate, with its facility's profile. */
export interface Candidate {
  /** Stable id (the place's): ties in the ranking are broken by it. */
  id: string;
  facilityId: string;
  facilityName: string;
  unitName: string;
  legalBases: string[];
  targetGroups: string[];
  /** The approved age range of the target groups (Tilbudsportalen: '18 til 67 år'); null: none stated. */
  ageRange: { from: number; to: number } | null;
  /** Methods and specialisations; a flag counts as covered when its name is here (e.g. 'dementia'). */
  specialisations: string[];
  physical: { wheelchairAccessible: boolean; ownBath: boolean; ownKitchen: boolean; areaM2: number | null; petsAllowed: boolean };
  /** Flags the facility does not accept (its exclusion criteria). */
  exclusionCriteria: ReferralFlag[];
  /** The highest FFB support-need level (0–4) the unit can meet in every area. */
  maxSupportLevel: number;
  dailyRateDkk: number;
  /** The day the place is (or is expected to be) free; ≤ today: free now; null: no date known. */
  freeFrom: string | null;
  /** The unit's current residents: how many have each flag, out of its capacity. */
  residentMix: { capacity: number; counts: Partial<Record<ReferralFlag, number>> };
  area: Area;
}
