import { daysBetween } from './dates.js';

/** Occupancy (belægningsprocent) and its target from seed 000. */
export const OCCUPANCY_TARGET_PCT = 94;

/** Percentage with one decimal; null when there is nothing to divide by. */
export function occupancyPct(occupied: number, available: number): number | null {
  if (available <= 0) return null;
  return Math.round((occupied / available) * 1000) / 10;
}

/** When a place existed: from `activeFrom` up to, not including, `activeUntil` (null: still in use). */
export interface PlaceValidity {
  activeFrom: string;
  activeUntil: string | null;
}

/**
 * The days of the period [from, to] (both included) on which the place existed: the place-days
 * it makes available to occupancy. A place added mid-period counts from then, a deactivated one
 * until then.
 */
export function placeDaysIn(validity: PlaceValidity, period: { from: string; to: string }): number {
  const first = validity.activeFrom > period.from ? validity.activeFrom : period.from;
  const days =
    validity.activeUntil !== null && validity.activeUntil <= period.to
      ? daysBetween(first, validity.activeUntil) // activeUntil itself no longer counts
      : daysBetween(first, period.to) + 1;
  return Math.max(0, days);
}
