import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { dueDate, isLate } from './deadlines.js';

const day = fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const weekday = (d: string) => new Date(`${d}T00:00:00Z`).getUTCDay();

describe('deadline rules', () => {
  test.prop([day, fc.integer({ min: 0, max: 60 })])('calendar days: the day after so many days', (from, days) => {
    expect((Date.parse(dueDate(from, { days, dayKind: 'calendar' })) - Date.parse(from)) / 86_400_000).toBe(days);
  });

  test.prop([day, fc.integer({ min: 1, max: 60 })])('weekdays: lands on a weekday with exactly so many weekdays after the start', (from, days) => {
    const due = dueDate(from, { days, dayKind: 'weekdays' });
    expect([0, 6]).not.toContain(weekday(due));
    let counted = 0;
    for (let d = from; d < due; ) {
      d = new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      if (![0, 6].includes(weekday(d))) counted++;
    }
    expect(counted).toBe(days);
  });

  test('the examples', () => {
    expect(dueDate('2026-12-04', { days: 3, dayKind: 'weekdays' })).toBe('2026-12-09'); // Friday → Wednesday
    expect(dueDate('2026-12-05', { days: 1, dayKind: 'weekdays' })).toBe('2026-12-07'); // Saturday → Monday
    expect(dueDate('2026-12-04', { days: 1, dayKind: 'calendar' })).toBe('2026-12-05');
    expect(isLate('2026-12-05', null, '2026-12-05')).toBe(false);
    expect(isLate('2026-12-05', null, '2026-12-06')).toBe(true);
    expect(isLate('2026-12-05', '2026-12-04', '2026-12-30')).toBe(false);
  });
});
