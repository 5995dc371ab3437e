import { conditionArea, FUNCTIONAL_LEVEL_ORDER, type Concept } from '../ffb.js';
import { SUPPORT_NEED_LEVEL_ORDER as PLANS_SUPPORT_NEED_ORDER } from '../plans.js';

/**
 * FFB's support-need levels (Støttebehov) from none to complete, 0–4: Intet, Let, Moderat, Højt,
 * Fuldstændigt — plans' order without 'Ikke vurderet', which is not on the scale.
 */
export const SUPPORT_NEED_LEVEL_ORDER = PLANS_SUPPORT_NEED_ORDER.slice(0, 5);

/** One assessed condition of a referral's functional assessment (referral_assessments). */
export interface ConditionAssessment {
  conditionCode: string;
  levelCode: string;
}

/**
 * The 0–4 level of an assessment's level code: a support-need level (Intet … Fuldstændigt) or a
 * functional level (Ingen … Fuldstændig nedsat funktionsevne, read on the same five steps);
 * undefined for 'Ikke vurderet' or a code on neither scale.
 */
export function supportLevelOf(levelCode: string): number | undefined {
  const need = SUPPORT_NEED_LEVEL_ORDER.indexOf(levelCode);
  if (need >= 0) return need;
  const functional = FUNCTIONAL_LEVEL_ORDER.indexOf(levelCode);
  return functional >= 0 ? functional : undefined;
}

/**
 * Rolls an assessment on FFB conditions up to the six activity-and-participation areas: each area's
 * support need is the highest level among its assessed conditions (the heaviest need in an area is
 * what a place must meet there). Conditions not under one of the six areas and levels not assessed
 * are left out; an area with no assessed condition is absent. `concepts` holds the conditions, their
 * areas and the areas' parent (as `conditionArea` needs).
 */
export function rollUpSupportNeed(assessments: ConditionAssessment[], concepts: Map<string, Concept>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const a of assessments) {
    const area = conditionArea(a.conditionCode, concepts);
    const level = supportLevelOf(a.levelCode);
    if (area === undefined || level === undefined) continue;
    out[area] = Math.max(out[area] ?? 0, level);
  }
  return out;
}

