import { todayInCopenhagen } from '../../../domain/dates.js';
import { LADDER_STEPS } from '../../../domain/ladder.js';
import type { CitizenIntervention, Intervention } from '../../../contracts/placements.js';
import type { InterventionRow } from './queries.js';

/**
 * An intervention as the API returns it, the citizen record's `interventions` item: its ladder step
 * named, and whether it is active today. Takes the record's rows too (they leave out `citizenId`).
 */
export function presentIntervention(row: Omit<InterventionRow, 'citizenId'>, today = todayInCopenhagen()): Intervention {
  return {
    ...row,
    stepName: LADDER_STEPS[row.step],
    active: row.startDate <= today && (row.endDate === null || row.endDate > today),
  };
}

/** An intervention answered on its own (the start and end routes): as the record shows it, naming its citizen. */
export const presentCitizenIntervention = (row: InterventionRow): CitizenIntervention => ({ ...presentIntervention(row), citizenId: row.citizenId });
