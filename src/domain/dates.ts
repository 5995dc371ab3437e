import { addMonths, format, parseISO, isValid } from 'date-fns';

export const ZONE = 'Europe/Copenhagen';

// One formatter for the process: building one per call costs more than the rest of a request's date work.
// The en-CA locale writes dates as YYYY-MM-DD.
const copenhagenDate = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

let lastMinute = { minute: NaN, date: '' };

/** Today's date in Copenhagen as YYYY-MM-DD (overdue is judged on the local date). */
export function todayInCopenhagen(now: Date = new Date()): string {
  // A day (and a DST shift) changes on a whole minute: one formatting per minute is enough.
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute !== lastMinute.minute) lastMinute = { minute, date: copenhagenDate.format(now) };
  return lastMinute.date;
}

const copenhagenClock = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** Minutes since midnight in Copenhagen (0–1439) at `now`. */
export function minuteOfDayInCopenhagen(now: Date = new Date()): number {
  const [hh, mm] = copenhagenClock.format(now).split(':').map(Number);
  return hh * 60 + mm;
}

/** Is `s` a real calendar date written YYYY-MM-DD (no 2026-02-30)? */
export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = parseISO(s);
  return isValid(d) && format(d, 'yyyy-MM-dd') === s;
}

/**
 * Whole years between birth and `on` (both YYYY-MM-DD): compared as text, since lists compute it
 * for every row. Born 29 February, one is a year older on 1 March in other years.
 */
export function ageOn(birthDate: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** `date` plus whole months, clamped to the month's end (31 Jan + 1 → 28/29 Feb). */
export const addMonthsIso = (date: string, months: number) => format(addMonths(parseISO(date), months), 'yyyy-MM-dd');

const utcDay = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));

/** Days from `from` to `to` (both YYYY-MM-DD; negative when `to` is earlier). Calendar days, so DST cannot shift it. */
export function daysBetween(from: string, to: string): number {
  return (utcDay(to) - utcDay(from)) / 86_400_000;
}

const danishDate = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A date (YYYY-MM-DD) as Danish messages write it: "1. marts 2025". */
export const formatDanishDate = (date: string) => danishDate.format(new Date(`${date}T00:00:00Z`));
