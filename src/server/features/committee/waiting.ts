import { daysBetween } from '../../../domain/dates.js';
import type { ReferralState } from '../../../domain/visitation/committee.js';

const URGENCY_ORDER = { acute: 0, urgent: 1, normal: 2 } as const;
export type Urgency = keyof typeof URGENCY_ORDER;

/** Queue order: urgency first (acute, urgent, normal), then since (the day received), then id for a stable tie. */
export function queueOrder<T extends { urgency: Urgency; since: string; referralId: string }>(rows: T[]): T[] {
  return [...rows].sort(
    (a, b) => URGENCY_ORDER[a.urgency] - URGENCY_ORDER[b.urgency] || a.since.localeCompare(b.since) || a.referralId.localeCompare(b.referralId),
  );
}

/** On the waiting list proper (positions); submitted and declined referrals are a group of their own. */
export const isWaiting = (state: ReferralState) => state === 'waiting';

/**
 * The running extra cost of a purchased place: the days it has run — from its start to its end
 * (the first day no longer covered) or to today, whichever is first, never below 0 — times the
 * difference between its daily rate and the municipality's own. Computed in øre, so sums are exact.
 */
export function extraCost(p: { dailyRateDkk: number; ownDailyRateDkk: number; startDate: string; endDate: string | null }, today: string) {
  const until = p.endDate !== null && p.endDate < today ? p.endDate : today;
  const days = Math.max(0, daysBetween(p.startDate, until));
  const perDayOre = Math.round(p.dailyRateDkk * 100) - Math.round(p.ownDailyRateDkk * 100);
  return { days, dailyExtraOre: perDayOre, extraCostOre: days * perDayOre };
}
