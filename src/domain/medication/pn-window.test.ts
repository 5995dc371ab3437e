import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkPnDose, pnWindowAt, type PnDose } from './pn-window.js';
import { copenhagenInstant } from './clock.js';

const HOUR = 3_600_000;
// Copenhagen's own formatter, independent of the code under test: the local date and time of an instant.
const local = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
const localDate = (d: Date) => local.format(d).slice(0, 10);
const localTime = (d: Date) => local.format(d).slice(11, 16);

// Instants within two days either side of midnight before and after both changes of 2026 and an ordinary one.
const SPRING = Date.UTC(2026, 2, 28, 23); // 2026-03-29 00:00 CET; clocks 02:00 → 03:00
const AUTUMN = Date.UTC(2026, 9, 24, 22); // 2026-10-25 00:00 CEST; clocks 03:00 → 02:00
const ORDINARY = Date.UTC(2026, 5, 14, 22); // 2026-06-15 00:00 CEST
const anchor = fc.constantFrom(SPRING, AUTUMN, ORDINARY);
// Minutes (a dose is registered to the minute) around the anchor's midnight.
const instantNear = (base: number) => fc.integer({ min: -48 * 60, max: 72 * 60 }).map((m) => new Date(base + m * 60_000));
const doseAmount = fc.constantFrom(0.5, 1, 1.5, 2);

/** Doses near one anchor, in the order they are recorded (not the order they were given). */
const recordings = anchor.chain((base) => fc.array(fc.record({ at: instantNear(base), dose: doseAmount }), { minLength: 1, maxLength: 25 }));
const max = fc.constantFrom(1, 2, 3, 4);

const sum = (ds: PnDose[]) => ds.reduce((s, d) => s + d.dose, 0);
/** Brute force, rolling: every 24 hours [s, s + 24 h) starting at a dose holds at most `max`. */
const rollingHolds = (ds: PnDose[], m: number) =>
  ds.every((a) => sum(ds.filter((d) => d.at.getTime() >= a.at.getTime() && d.at.getTime() < a.at.getTime() + 24 * HOUR)) <= m + 1e-9);
/** Brute force, calendar: each Copenhagen date holds at most `max`. */
const calendarHolds = (ds: PnDose[], m: number) => ds.every((a) => sum(ds.filter((d) => localDate(d.at) === localDate(a.at))) <= m + 1e-9);

describe('PN window (property-based, around midnight and the 2026 daylight-saving changes)', () => {
  it('rolling 24 h: a dose is refused exactly when it would put more than the maximum into some 24 hours', () => {
    fc.assert(
      fc.property(recordings, max, (doses, m) => {
        const accepted: PnDose[] = [];
        for (const d of doses) {
          const { exceeds } = checkPnDose('rolling_24h', m, accepted, d.at, d.dose);
          expect(exceeds).toBe(!rollingHolds([...accepted, d], m));
          if (!exceeds) accepted.push(d);
        }
        expect(rollingHolds(accepted, m)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('calendar day: a dose is refused exactly when its Copenhagen date would hold more than the maximum', () => {
    fc.assert(
      fc.property(recordings, max, (doses, m) => {
        const accepted: PnDose[] = [];
        for (const d of doses) {
          const { exceeds, remaining } = checkPnDose('calendar_day', m, accepted, d.at, d.dose);
          const sameDay = sum(accepted.filter((a) => localDate(a.at) === localDate(d.at)));
          expect(remaining).toBeCloseTo(Math.max(0, m - sameDay), 9);
          expect(exceeds).toBe(sameDay + d.dose > m + 1e-9);
          if (!exceeds) accepted.push(d);
        }
        expect(calendarHolds(accepted, m)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('the calendar window is the local day: from 00:00 to 00:00, holding the instant, 23 h on 29 March and 25 h on 25 October', () => {
    fc.assert(
      fc.property(anchor.chain(instantNear), (at) => {
        const { from, to } = pnWindowAt('calendar_day', at);
        expect(from.getTime()).toBeLessThanOrEqual(at.getTime());
        expect(to.getTime()).toBeGreaterThan(at.getTime());
        expect([localTime(from), localTime(to)]).toEqual(['00:00', '00:00']);
        expect(localDate(from)).toBe(localDate(at));
        const hours = (to.getTime() - from.getTime()) / HOUR;
        const day = localDate(at);
        expect(hours).toBe(day === '2026-03-29' ? 23 : day === '2026-10-25' ? 25 : 24);
      }),
      { numRuns: 500 },
    );
  });

  it('the rolling window is 24 hours of elapsed time whatever the clocks do, and shows what was given in it', () => {
    fc.assert(
      fc.property(recordings, anchor.chain(instantNear), (doses, at) => {
        const { from, to } = pnWindowAt('rolling_24h', at);
        expect(to.getTime() - from.getTime()).toBe(24 * HOUR);
        const inWindow = doses.filter((d) => d.at.getTime() > at.getTime() - 24 * HOUR && d.at.getTime() <= at.getTime());
        expect(checkPnDose('rolling_24h', 100, doses, at, 1).givenInWindow).toBeCloseTo(sum(inWindow), 9);
      }),
      { numRuns: 300 },
    );
  });
});

describe('PN window (examples)', () => {
  it('spring change: 01:30 CET and 01:00 CEST the next day are 22½ hours apart, so one rolling window, two calendar days', () => {
    const first = { at: copenhagenInstant('2026-03-29', '01:30'), dose: 2 };
    const next = copenhagenInstant('2026-03-30', '01:00');
    expect(checkPnDose('rolling_24h', 2, [first], next, 1).exceeds).toBe(true);
    expect(checkPnDose('calendar_day', 2, [first], next, 1).exceeds).toBe(false);
    // 24 hours after the first dose (02:30 local) the rolling window has let it go.
    expect(checkPnDose('rolling_24h', 2, [first], copenhagenInstant('2026-03-30', '02:30'), 1).exceeds).toBe(false);
  });

  it('autumn change: the 25-hour day holds one calendar maximum; the rolling window frees the dose 24 h later (23:30 local)', () => {
    const early = { at: copenhagenInstant('2026-10-25', '00:30'), dose: 2 };
    expect(checkPnDose('calendar_day', 2, [early], copenhagenInstant('2026-10-25', '23:45'), 1).exceeds).toBe(true);
    expect(checkPnDose('rolling_24h', 2, [early], copenhagenInstant('2026-10-25', '23:29'), 1).exceeds).toBe(true);
    expect(checkPnDose('rolling_24h', 2, [early], copenhagenInstant('2026-10-25', '23:30'), 1).exceeds).toBe(false);
  });

  it('midnight: 23:59 and 00:01 share the rolling window, not the calendar day', () => {
    const late = { at: copenhagenInstant('2026-06-14', '23:59'), dose: 1 };
    const at = copenhagenInstant('2026-06-15', '00:01');
    expect(checkPnDose('rolling_24h', 1, [late], at, 1)).toEqual({ givenInWindow: 1, remaining: 0, exceeds: true });
    expect(checkPnDose('calendar_day', 1, [late], at, 1)).toEqual({ givenInWindow: 0, remaining: 1, exceeds: false });
  });

  it('a dose recorded afterwards for an earlier time counts against the later doses too', () => {
    const later = { at: copenhagenInstant('2026-06-15', '20:00'), dose: 2 };
    expect(checkPnDose('rolling_24h', 2, [later], copenhagenInstant('2026-06-15', '08:00'), 1).exceeds).toBe(true);
  });
});
