import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { cprCentury, formatCpr, maskCpr, parseCpr } from './cpr.js';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (y: number, m: number) => [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];

/**
 * The digits 7 that give this birth year, written out from DOMAIN.md's table (an oracle
 * independent of cprCentury): 0–3 → 1900–1999; 4 and 9 → 2000–2036 or 1937–1999; 5–8 → 2000–2057
 * or 1858–1899.
 */
function digits7For(year: number): number[] {
  const out: number[] = [];
  if (year >= 1900 && year <= 1999) out.push(0, 1, 2, 3);
  if ((year >= 2000 && year <= 2036) || (year >= 1937 && year <= 1999)) out.push(4, 9);
  if ((year >= 2000 && year <= 2057) || (year >= 1858 && year <= 1899)) out.push(5, 6, 7, 8);
  return out;
}

/** A real calendar date in 1858–2057 (the whole range CPR numbers can express). */
const birthDate = fc
  .integer({ min: 1858, max: 2057 })
  .chain((year) => fc.integer({ min: 1, max: 12 }).chain((month) => fc.record({ year: fc.constant(year), month: fc.constant(month), day: fc.integer({ min: 1, max: daysIn(year, month) }) })));

/** A valid CPR number: a real date, a digit 7 that gives its year, any three last digits. */
const validCpr = birthDate.chain(({ year, month, day }) =>
  fc.record({
    year: fc.constant(year),
    month: fc.constant(month),
    day: fc.constant(day),
    digit7: fc.constantFrom(...digits7For(year)),
    rest: fc.integer({ min: 0, max: 999 }),
  }).map((c) => ({
    ...c,
    cpr: `${pad(c.day)}${pad(c.month)}${pad(c.year % 100)}${c.digit7}${pad(c.rest, 3)}`,
    iso: `${c.year}-${pad(c.month)}-${pad(c.day)}`,
  })),
);

const mod11 = (cpr: string) => [...cpr].reduce((sum, d, i) => sum + Number(d) * [4, 3, 2, 7, 6, 5, 4, 3, 2, 1][i], 0) % 11;

describe('parseCpr: valid numbers', () => {
  test.prop([validCpr])('every real date 1858–2057 with a matching digit 7 round-trips, with or without the dash', (c) => {
    const plain = parseCpr(c.cpr);
    expect(plain).toEqual({ ok: true, cpr: c.cpr, birthDate: c.iso, sex: Number(c.cpr[9]) % 2 === 1 ? 'male' : 'female' });
    expect(parseCpr(formatCpr(c.cpr))).toEqual(plain);
    expect(parseCpr(` ${c.cpr.slice(0, 6)} - ${c.cpr.slice(6)} `)).toEqual(plain);
  });

  test.prop([validCpr.filter((c) => mod11(c.cpr) !== 0)])('accepts numbers that fail modulus-11 (issued since 2007)', (c) => {
    expect(parseCpr(c.cpr).ok).toBe(true);
  });

  it('reads the sex from the last digit: odd is male, even female', () => {
    expect(parseCpr('0103851231')).toMatchObject({ ok: true, sex: 'male' });
    expect(parseCpr('0103851230')).toMatchObject({ ok: true, sex: 'female' });
  });
});

describe('cprCentury: the CPR office table (DOMAIN.md)', () => {
  it('matches the table for every two-digit year and digit 7 (all 1,000 pairs)', () => {
    for (let yy = 0; yy <= 99; yy++) {
      for (let d7 = 0; d7 <= 9; d7++) {
        const year = cprCentury(yy, d7);
        expect(year % 100).toBe(yy);
        expect(digits7For(year), `yy ${yy}, digit 7 ${d7} → ${year}`).toContain(d7);
      }
    }
  });

  it('puts the boundaries where the table does', () => {
    expect([cprCentury(0, 3), cprCentury(99, 0)]).toEqual([1900, 1999]);
    expect([cprCentury(36, 4), cprCentury(37, 4), cprCentury(36, 9), cprCentury(37, 9)]).toEqual([2036, 1937, 2036, 1937]);
    expect([cprCentury(57, 5), cprCentury(58, 5), cprCentury(57, 8), cprCentury(58, 8)]).toEqual([2057, 1858, 2057, 1858]);
  });
});

describe('parseCpr: rejects', () => {
  /** A digit 7 and the year it makes of yy, for building impossible dates in a chosen century. */
  const yearWith = fc.record({ yy: fc.integer({ min: 0, max: 99 }), digit7: fc.integer({ min: 0, max: 9 }), rest: fc.integer({ min: 0, max: 999 }) });
  const build = (dd: number, mm: number, c: { yy: number; digit7: number; rest: number }) =>
    `${pad(dd)}${pad(mm)}${pad(c.yy)}${c.digit7}${pad(c.rest, 3)}`;

  test.prop([yearWith])('30 February in any year', (c) => {
    expect(parseCpr(build(30, 2, c))).toEqual({ ok: false, reason: 'CPR-nummeret indeholder en dato der ikke findes.' });
  });

  test.prop([yearWith, fc.constantFrom(4, 6, 9, 11)])('31 April, June, September and November', (c, month) => {
    expect(parseCpr(build(31, month, c)).ok).toBe(false);
  });

  test.prop([yearWith])('29 February unless the year the digits give is a leap year', (c) => {
    const year = cprCentury(c.yy, c.digit7);
    expect(parseCpr(build(29, 2, c)).ok).toBe(isLeap(year));
  });

  it('29 February 1900 (not a leap year) but 29 February 2000 (one)', () => {
    expect(parseCpr('2902001234').ok).toBe(false); // digit 7 = 1 → 1900
    expect(parseCpr('2902004234').ok).toBe(true); // digit 7 = 4 → 2000
  });

  test.prop([yearWith, fc.oneof(fc.constant(0), fc.integer({ min: 13, max: 99 })), fc.integer({ min: 1, max: 28 })])(
    'months 00 and 13–99',
    (c, month, day) => {
      expect(parseCpr(build(day, month, c)).ok).toBe(false);
    },
  );

  test.prop([yearWith, fc.integer({ min: 1, max: 12 }), fc.oneof(fc.constant(0), fc.integer({ min: 32, max: 99 }))])(
    'days 00 and 32–99',
    (c, month, day) => {
      expect(parseCpr(build(day, month, c)).ok).toBe(false);
    },
  );

  it('anything but ten digits', () => {
    for (const bad of ['', '010385123', '01038512345', '010385-123a', 'abcdefghij', '010385--1230', '01.03.85-1230']) {
      expect(parseCpr(bad), bad).toEqual({ ok: false, reason: 'CPR-nummeret skal have 10 cifre (DDMMÅÅ-XXXX).' });
    }
  });
});

describe('maskCpr', () => {
  test.prop([validCpr, fc.integer({ min: 0, max: 9999 })])('shows the birth date and never the serial: every serial masks alike', (c, other) => {
    const masked = maskCpr(c.cpr);
    expect(masked).toBe(`${c.cpr.slice(0, 6)}-xxxx`);
    expect(masked).toMatch(/^\d{6}-x{4}$/);
    // The mask is a function of the date part alone, so nothing of the serial can leak through it.
    expect(maskCpr(c.cpr.slice(0, 6) + pad(other, 4))).toBe(masked);
  });
});
