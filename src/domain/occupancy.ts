/** Occupancy (belægningsprocent) and its target from seed 000. */
export const OCCUPANCY_TARGET_PCT = 94;

/** Percentage with one decimal; null when there is nothing to divide by. */
export function occupancyPct(occupied: number, available: number): number | null {
  if (available <= 0) return null;
  return Math.round((occupied / available) * 1000) / 10;
}
