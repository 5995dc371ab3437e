import { conditionArea, isAssessedLevel, type Concept } from '../ffb.js';
import type { ConditionAssessment } from './support-need.js';

// The roll-up to the six areas is rollUpSupportNeed (support-need.ts); matching reads the same.

/** Field errors for an assessment's lines (`assessment.<i>.conditionCode|levelCode`); empty when valid. */
export function checkAssessment(items: readonly ConditionAssessment[], concepts: Map<string, Concept>): Record<string, string> {
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
