import { ZONE } from '../dates.js';

// Wall-clock time in Copenhagen and the instants it names, for the round's schedule and the PN
// day: a line's times ("08:00") are local, so a dose's instant moves with daylight saving.
const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
});

/** Copenhagen's offset from UTC at `at`, in milliseconds (1 or 2 hours). */
export function copenhagenOffsetMs(at: Date): number {
  const p = Object.fromEntries(parts.formatToParts(at).map((x) => [x.type, x.value]));
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return asUtc - Math.floor(at.getTime() / 1000) * 1000;
}

/**
 * The instant of `time` (HH:MM) on `date` (YYYY-MM-DD) in Copenhagen. A time the spring change skips
 * (02:30 on the last Sunday of March) is read an hour later; one the autumn change repeats, as the
 * second (winter) one.
 */
export function copenhagenInstant(date: string, time: string): Date {
  const naive = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), Number(time.slice(0, 2)), Number(time.slice(3, 5)));
  let t = naive - copenhagenOffsetMs(new Date(naive));
  t = naive - copenhagenOffsetMs(new Date(t));
  return new Date(t);
}

/** The calendar day after `date` (YYYY-MM-DD). */
export function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  return new Date(d.getTime() + 86_400_000).toISOString().slice(0, 10);
}

/** The calendar day `days` before `date` (YYYY-MM-DD). */
export function daysBefore(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  return new Date(d.getTime() - days * 86_400_000).toISOString().slice(0, 10);
}

/** The Copenhagen day `at` falls on: from its local midnight to the next (23, 24 or 25 hours). */
export function copenhagenDay(date: string): { from: Date; to: Date } {
  return { from: copenhagenInstant(date, '00:00'), to: copenhagenInstant(nextDay(date), '00:00') };
}

/** The Monday of the week `date` (YYYY-MM-DD) lies in. */
export function mondayOf(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  return daysBefore(date, (d.getUTCDay() + 6) % 7);
}
