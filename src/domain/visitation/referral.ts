import { REFERRAL_FLAGS, type Referral } from './types.js';

/** The social action plan a referral carries (Serviceloven § 141, stk. 3). */
export interface ActionPlan {
  purpose: string;
  interventionsNeeded: string;
  expectedDuration: string;
  /** Other matters: housing, employment, personal help, treatment, aids (what applies). */
  otherMatters: { housing: string; employment: string; personalHelp: string; treatment: string; aids: string };
}

/** The catalogues a referral's codes must come from. */
export interface ReferralCatalogues {
  /** Legal bases of a stay (legal_bases.stay), e.g. '§107', '§108'. */
  stayLegalBases: ReadonlySet<string>;
  targetGroups: ReadonlySet<string>;
  /** The six activity-and-participation areas' FFB codes. */
  areas: ReadonlySet<string>;
}

/** Highest level on FFB's support-need scale (0 ingen … 4 fuldstændigt). */
export const MAX_SUPPORT_LEVEL = 4;

/** Field errors for a referral and its action plan (empty when it may be submitted). */
export function checkReferral(r: Referral, plan: ActionPlan, c: ReferralCatalogues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!plan.purpose.trim()) errors['actionPlan.purpose'] = 'Handleplanen skal angive formålet med indsatsen (§ 141).';
  if (!plan.interventionsNeeded.trim()) errors['actionPlan.interventionsNeeded'] = 'Handleplanen skal angive, hvilken indsats der er nødvendig (§ 141).';
  if (!plan.expectedDuration.trim()) errors['actionPlan.expectedDuration'] = 'Handleplanen skal angive indsatsens forventede varighed (§ 141).';
  if (!Object.values(plan.otherMatters).some((t) => t.trim())) {
    errors['actionPlan.otherMatters'] = 'Handleplanen skal angive andre forhold: bolig, beskæftigelse, personlig hjælp, behandling eller hjælpemidler (skriv "ingen", hvor intet er relevant).';
  }
  if (!c.stayLegalBases.has(r.legalBasis)) errors.legalBasis = 'Vælg den paragraf, der søges ophold efter, fx § 107 eller § 108.';
  if (!r.targetGroups.length) errors.targetGroups = 'Vælg mindst én målgruppe; den første er den primære.';
  const unknown = r.targetGroups.filter((g) => !c.targetGroups.has(g));
  if (unknown.length) errors.targetGroups = `Ukendt målgruppe: ${unknown.join(', ')}.`;
  if (r.flags.some((f) => !(REFERRAL_FLAGS as readonly string[]).includes(f))) errors.flags = 'Ukendt markering.';
  if (!(Number.isInteger(r.age) && r.age >= 18 && r.age <= 130)) errors.age = 'Borgeren skal være voksen (18 år eller derover).';
  if (r.needs.minAreaM2 !== null && !(r.needs.minAreaM2 > 0)) errors['needs.minAreaM2'] = 'Arealet er et antal m² over 0.';
  for (const [area, level] of Object.entries(r.supportNeed)) {
    if (!c.areas.has(area)) errors[`supportNeed.${area}`] = 'Støttebehovet vurderes på et af de seks livsområder under Aktivitet og deltagelse.';
    else if (!(Number.isInteger(level) && level >= 0 && level <= MAX_SUPPORT_LEVEL)) {
      errors[`supportNeed.${area}`] = `Støttebehovet er et niveau på FFB's skala fra 0 (ingen) til ${MAX_SUPPORT_LEVEL} (fuldstændigt).`;
    }
  }
  return errors;
}
