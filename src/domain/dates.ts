import { addMonths, differenceInYears, format, parseISO, isValid } from 'date-fns';

export const ZONE = 'Europe/Copenhagen';

// One formatter for the process: building one per call costs more than the rest of a request's date work.
// The en-CA locale writes dates as YYYY-MM-DD.
const copenhagenDate = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in Copenhagen as YYYY-MM-DD (overdue is judged on the local date). */
export function todayInCopenhagen(now: Date = new Date()): string {
  return copenhagenDate.format(now);
}

/** Is `s` a real calendar date written YYYY-MM-DD (no 2026-02-30)? */
export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = parseISO(s);
  return isValid(d) && format(d, 'yyyy-MM-dd') === s;
}

/** Whole years between birth and `on` (both YYYY-MM-DD). */
export const ageOn = (birthDate: string, on: string) => differenceInYears(parseISO(on), parseISO(birthDate));

/** `date` plus whole months, clamped to the month's end (31 Jan + 1 → 28/29 Feb). */
export const addMonthsIso = (date: string, months: number) => format(addMonths(parseISO(date), months), 'yyyy-MM-dd');

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((parseISO(to).getTime() - parseISO(from).getTime()) / 86_400_000);
}

const danishDate = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A date (YYYY-MM-DD) as Danish messages write it: "1. marts 2025". */
export const formatDanishDate = (date: string) => danishDate.format(new Date(`${date}T00:00:00Z`));
