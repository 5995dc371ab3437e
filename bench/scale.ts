/** How much data a benchmark run generates (ARCHITECTURE.md: S one facility, M seed 000's center, L national). */
export interface Scale {
  name: string;
  facilities: number;
  units: number;
  placesPerUnit: number;
  /** Every n-th place is vacant (1,200 places, every 24th empty → 1,150 citizens, ~96 % occupancy). */
  vacantEvery: number;
  /** All users: admin, center manager, consultants, case workers, leaders, and staff for the rest. */
  users: number;
  caseWorkers: number;
  /** Goals per citizen run from min to max (3–5 → 4 on average). */
  goalsPerCitizen: [number, number];
  /** Notes per citizen per day: `base`, plus one more on every `extraEvery`-th day (4 + 1/5 = 4.2). */
  notesPerDay: { base: number; extraEvery: number };
  /** Days of journal history. */
  days: number;
  /** Share of notes linked to one of the citizen's goals. */
  goalNoteShare: number;
  /** Also write every note's first version into journal_note_revisions (doubles the journal's volume). */
  revisions: boolean;
}

/** Seed 000's center (CLB): 36 facilities, 1,200 places, 2,500 staff, five years of history ≈ 8.8 million notes. */
export const SCALE_M: Scale = {
  name: 'M',
  facilities: 36,
  units: 120,
  placesPerUnit: 10,
  vacantEvery: 24,
  users: 2500,
  caseWorkers: 20,
  goalsPerCitizen: [3, 5],
  notesPerDay: { base: 4, extraEvery: 5 },
  days: 1826,
  goalNoteShare: 0.1,
  revisions: false,
};

/** One facility of three units and a month of notes: for trying the bench itself quickly. */
export const SCALE_S: Scale = { ...SCALE_M, name: 'S', facilities: 1, units: 3, users: 80, caseWorkers: 2, days: 30 };

export const SCALES: Record<string, Scale> = { S: SCALE_S, M: SCALE_M };

export const placesOf = (s: Scale) => s.units * s.placesPerUnit;
export const citizensOf = (s: Scale) => placesOf(s) - Math.floor(placesOf(s) / s.vacantEvery);
