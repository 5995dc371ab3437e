import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { differenceInCalendarDays, differenceInYears, parseISO } from 'date-fns';
import { addMonthsIso, ageOn, daysBetween, formatDanishDate, isIsoDate, todayInCopenhagen } from './dates.js';

describe('todayInCopenhagen', () => {
  it('uses the Copenhagen calendar date, not UTC', () => {
    // 23:30 UTC on 31 Dec is already 1 Jan in Copenhagen (UTC+1 in winter).
    expect(todayInCopenhagen(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    // 22:30 UTC on 30 June is 00:30 on 1 July in summer time (UTC+2).
    expect(todayInCopenhagen(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(todayInCopenhagen(new Date('2026-06-30T21:30:00Z'))).toBe('2026-06-30');
  });
  it('turns to the new day on the minute of midnight, however often it is asked', () => {
    expect(todayInCopenhagen(new Date('2026-12-31T22:59:59.999Z'))).toBe('2026-12-31');
    expect(todayInCopenhagen(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
    expect(todayInCopenhagen(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
    expect(todayInCopenhagen(new Date('2026-12-31T22:59:30Z'))).toBe('2026-12-31');
  });
});

describe('isIsoDate', () => {
  it('rejects dates that do not exist and other formats', () => {
    for (const bad of ['2026-02-29', '2026-02-30', '2025-04-31', '2026-13-01', '2026-1-01', '01-02-2026', '', '2026-00-10']) {
      expect(isIsoDate(bad), bad).toBe(false);
    }
    expect(isIsoDate('2024-02-29')).toBe(true);
  });

  test.prop([fc.date({ min: new Date('1850-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })])('accepts every real date', (d) => {
    expect(isIsoDate(d.toISOString().slice(0, 10))).toBe(true);
  });
});

describe('date arithmetic', () => {
  it('adds months clamped to the month end', () => {
    expect(addMonthsIso('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonthsIso('2026-11-24', 3)).toBe('2027-02-24');
  });
  it('computes age on a date', () => {
    expect(ageOn('1985-03-01', '2026-02-28')).toBe(40);
    expect(ageOn('1985-03-01', '2026-03-01')).toBe(41);
  });
  it('counts age from a 29 February birthday', () => {
    expect(ageOn('2000-02-29', '2001-02-28')).toBe(0);
    expect(ageOn('2000-02-29', '2001-03-01')).toBe(1);
    expect(ageOn('2000-02-29', '2004-02-29')).toBe(4);
  });
  const isoDay = fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  test.prop([isoDay, isoDay])('agrees with date-fns on ages and day counts for any two dates', (a, b) => {
    const [birth, on] = a <= b ? [a, b] : [b, a];
    expect(ageOn(birth, on)).toBe(differenceInYears(parseISO(on), parseISO(birth)));
    expect(daysBetween(a, b)).toBe(differenceInCalendarDays(parseISO(b), parseISO(a)));
  });
  it('counts days across the DST change', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
  });
});

it('writes dates the Danish way for messages', () => {
  expect(formatDanishDate('2025-03-01')).toBe('1. marts 2025');
  expect(formatDanishDate('2024-12-31')).toBe('31. december 2024');
});
