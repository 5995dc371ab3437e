import { todayInCopenhagen } from '../../../domain/dates.js';
import { LADDER_STEPS } from '../../../domain/ladder.js';
import type { InterventionRow } from './queries.js';

/** An intervention as the API returns it: the record page's `interventions` item, with its ladder step named. */
export function presentIntervention(row: InterventionRow, today = todayInCopenhagen()) {
  return {
    ...row,
    stepName: LADDER_STEPS[row.step],
    active: row.startDate <= today && (row.endDate === null || row.endDate > today),
  };
}
