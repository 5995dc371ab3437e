import { conditionArea, FUNCTIONAL_LEVEL_ORDER, isAssessedLevel, type Concept } from '../ffb.js';

/** One line of a referral's functional assessment: an FFB condition (tilstand) and its level. */
export interface AssessedCondition {
  conditionCode: string;
  levelCode: string;
}

/**
 * Rolls a functional assessment on FFB conditions up to the six activity-and-participation areas:
 * each area gets the worst level of its assessed conditions, as 0 (ingen nedsat funktionsevne) …
 * 4 (fuldstændig nedsat), the scale matching reads as the support need. Conditions outside the six
 * areas and levels 'Ikke vurderet' (or unknown) count for nothing; an area without one is absent.
 */
export function rollUpAssessment(items: readonly AssessedCondition[], concepts: Map<string, Concept>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) {
    const area = conditionArea(item.conditionCode, concepts);
    if (!area || !isAssessedLevel(item.levelCode, concepts)) continue;
    const level = FUNCTIONAL_LEVEL_ORDER.indexOf(item.levelCode);
    if (level < 0) continue;
    out[area] = Math.max(out[area] ?? 0, level);
  }
  return out;
}

/** Field errors for an assessment's lines (`assessment.<i>.conditionCode|levelCode`); empty when valid. */
export function checkAssessment(items: readonly AssessedCondition[], concepts: Map<string, Concept>): Record<string, string> {
  const errors: Record<string, string> = {};
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (!conditionArea(item.conditionCode, concepts)) {
      errors[`assessment.${i}.conditionCode`] = 'Vælg en tilstand under et af de seks livsområder, fx "Lave mad" under Praktiske opgaver.';
    } else if (seen.has(item.conditionCode)) {
      errors[`assessment.${i}.conditionCode`] = 'Tilstanden er allerede vurderet ovenfor.';
    }
    seen.add(item.conditionCode);
    if (!isAssessedLevel(item.levelCode, concepts)) errors[`assessment.${i}.levelCode`] = 'Vælg et funktionsevneniveau på FFB-skalaen (ingen … fuldstændig nedsat).';
  });
  return errors;
}
