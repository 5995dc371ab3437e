import { todayInCopenhagen } from '../dates.js';
import { copenhagenDay } from './clock.js';

/**
 * The PN maximum (medicine_lines.pn_max_per_24h) and the window it is counted over, per facility
 * (medication_settings.pn_window): by default any 24 hours of elapsed time (a dose at 01:30 before
 * the spring change still counts until 01:30 the next day, 22½ hours of wall clock later), or per
 * calendar day in Copenhagen (23 or 25 hours on the days the clocks change).
 */
export type PnWindowKind = 'rolling_24h' | 'calendar_day';

export interface PnDose {
  at: Date;
  dose: number;
}

const DAY_MS = 24 * 3_600_000;
// Doses are numeric(10,3): summed as whole thousandths, so 0.1 + 0.2 is exactly 0.3.
const milli = (x: number) => Math.round(x * 1000);
const sumMilli = (doses: PnDose[]) => doses.reduce((s, d) => s + milli(d.dose), 0);

/**
 * The window shown beside the PN button at `at`: what was given in it. Rolling: the 24 hours up to
 * and including `at`; calendar: the Copenhagen day of `at`. Half-open, [from, to).
 */
export function pnWindowAt(kind: PnWindowKind, at: Date): { from: Date; to: Date } {
  if (kind === 'calendar_day') return copenhagenDay(todayInCopenhagen(at));
  return { from: new Date(at.getTime() - DAY_MS + 1), to: new Date(at.getTime() + 1) };
}

const inRange = (d: PnDose, from: number, to: number) => d.at.getTime() >= from && d.at.getTime() < to;

/**
 * The most already given in one window that a dose at `at` would fall in. Calendar: that day's sum.
 * Rolling: a dose at `at` shares a 24-hour window with every dose less than 24 hours away, on either
 * side (a dose recorded later may be earlier), so it is the largest sum of any 24 hours [s, s + 24 h)
 * holding `at`: such a sum is largest with s at one of the doses in (at − 24 h, at], or at `at`.
 */
function largestWindowSum(kind: PnWindowKind, at: Date, given: PnDose[]): number {
  if (kind === 'calendar_day') {
    const { from, to } = copenhagenDay(todayInCopenhagen(at));
    return sumMilli(given.filter((d) => inRange(d, from.getTime(), to.getTime())));
  }
  const t = at.getTime();
  const starts = [t, ...given.map((d) => d.at.getTime()).filter((s) => s > t - DAY_MS && s <= t)];
  return Math.max(...starts.map((s) => sumMilli(given.filter((d) => inRange(d, s, s + DAY_MS)))));
}

export interface PnCheck {
  /** Given in the window shown at `at` (pnWindowAt). */
  givenInWindow: number;
  /** What may still be given at `at` without passing the maximum in any window holding it. */
  remaining: number;
  /** The dose asked for would pass the maximum. */
  exceeds: boolean;
}

/** May `dose` be given at `at`, with `given` already recorded (any time), under `max` per window? */
export function checkPnDose(kind: PnWindowKind, max: number, given: PnDose[], at: Date, dose: number): PnCheck {
  const shown = pnWindowAt(kind, at);
  const remaining = Math.max(0, milli(max) - largestWindowSum(kind, at, given));
  return {
    givenInWindow: sumMilli(given.filter((d) => inRange(d, shown.from.getTime(), shown.to.getTime()))) / 1000,
    remaining: remaining / 1000,
    exceeds: milli(dose) > remaining,
  };
}
