import { copenhagenInstant, nextDay } from './clock.js';

/**
 * The medicine round (medicinrunde): the day's time slots, which doses of a fixed line fall due in
 * one (the tapering plan's dose applied), and whether a dose is late or missed.
 */
export const roundSlots = ['night', 'morning', 'noon', 'afternoon', 'evening'] as const;
export type RoundSlot = (typeof roundSlots)[number];

/** Each slot's local hours, [from, to): nat 00–06, morgen 06–11, middag 11–15, eftermiddag 15–19, aften 19–24. */
export const slotHours: Record<RoundSlot, [number, number]> = {
  night: [0, 6],
  morning: [6, 11],
  noon: [11, 15],
  afternoon: [15, 19],
  evening: [19, 24],
};

const hh = (h: number) => `${String(h).padStart(2, '0')}:00`;

/** The slot a local time (HH:MM) falls in. */
export function slotOfTime(time: string): RoundSlot {
  const hour = Number(time.slice(0, 2));
  return roundSlots.find((s) => hour >= slotHours[s][0] && hour < slotHours[s][1])!;
}

/** The instants a slot of a Copenhagen day spans, [from, to). */
export function slotBounds(date: string, slot: RoundSlot): { from: Date; to: Date } {
  const [from, to] = slotHours[slot];
  return { from: copenhagenInstant(date, hh(from)), to: to === 24 ? copenhagenInstant(nextDay(date), '00:00') : copenhagenInstant(date, hh(to)) };
}

export interface ScheduledTime {
  time: string;
  dose: number;
}

/** A fixed line as the round needs it. */
export interface RoundLine {
  kind: 'fixed' | 'pn';
  status: 'active' | 'paused' | 'stopped';
  startDate: string;
  stopDate: string | null;
  schedule: ScheduledTime[];
  /** The tapering plan's steps: from `fromDate` the dose at every scheduled time. */
  tapering: Array<{ fromDate: string; dose: number }>;
}

/** The dose at `time` on `date`: the latest tapering step begun by then, else the schedule's. */
export function doseOn(line: RoundLine, date: string, scheduled: ScheduledTime): number {
  const step = line.tapering.filter((s) => s.fromDate <= date).sort((a, b) => (a.fromDate < b.fromDate ? 1 : -1))[0];
  return step ? step.dose : scheduled.dose;
}

export interface DueDose {
  time: string;
  scheduledFor: Date;
  dose: number;
}

/** Is the line running on `date` (started, not stopped, and neither paused nor stopped now)? */
export const runsOn = (line: RoundLine, date: string) =>
  line.status === 'active' && line.startDate <= date && (line.stopDate === null || line.stopDate >= date);

/** The doses of a fixed line due on `date` in `slot` (none from a PN, paused or stopped line, nor a step's dose 0). */
export function dueDoses(line: RoundLine, date: string, slot: RoundSlot): DueDose[] {
  if (line.kind !== 'fixed' || !runsOn(line, date)) return [];
  return line.schedule
    .filter((s) => slotOfTime(s.time) === slot)
    .map((s) => ({ time: s.time, scheduledFor: copenhagenInstant(date, s.time), dose: doseOn(line, date, s) }))
    .filter((d) => d.dose > 0)
    .sort((a, b) => a.scheduledFor.getTime() - b.scheduledFor.getTime());
}

export type DoseState = 'upcoming' | 'due' | 'late' | 'missed';

/**
 * An unregistered dose at `now`: upcoming before its time, due from then, late `lateAfterMinutes`
 * after it, missed once its slot has ended.
 */
export function doseState(dose: { scheduledFor: Date }, slotEnd: Date, now: Date, lateAfterMinutes: number): DoseState {
  const t = now.getTime();
  if (t >= slotEnd.getTime()) return 'missed';
  if (t >= dose.scheduledFor.getTime() + lateAfterMinutes * 60_000) return 'late';
  return t >= dose.scheduledFor.getTime() ? 'due' : 'upcoming';
}
