import { todayInCopenhagen } from '../../../domain/dates.js';
import { LADDER_STEPS } from '../../../domain/ladder.js';
import type { InterventionRow } from './queries.js';

/**
 * An intervention as the API returns it, the citizen record's `interventions` item: its ladder step
 * named, and whether it is active today. Takes the record's rows too (they leave out `citizenId`).
 */
export function presentIntervention<T extends Omit<InterventionRow, 'citizenId'>>(row: T, today = todayInCopenhagen()) {
  return {
    ...row,
    stepName: LADDER_STEPS[row.step],
    active: row.startDate <= today && (row.endDate === null || row.endDate > today),
  };
}
