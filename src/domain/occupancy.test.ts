import { expect, it } from 'vitest';
import { occupancyPct, placeDaysIn } from './occupancy.js';

it('computes occupancy to one decimal and nothing for no places', () => {
  expect(occupancyPct(2, 3)).toBe(66.7);
  expect(occupancyPct(94, 100)).toBe(94);
  expect(occupancyPct(0, 0)).toBeNull();
});

it('counts a place’s days in a period only while it existed', () => {
  const january = { from: '2025-01-01', to: '2025-01-31' };
  // Existed all along, and still does.
  expect(placeDaysIn({ activeFrom: '2020-01-01', activeUntil: null }, january)).toBe(31);
  // Added on 21 January: 21–31 January.
  expect(placeDaysIn({ activeFrom: '2025-01-21', activeUntil: null }, january)).toBe(11);
  // Deactivated on 11 January: 1–10 January (the deactivation day no longer counts).
  expect(placeDaysIn({ activeFrom: '2020-01-01', activeUntil: '2025-01-11' }, january)).toBe(10);
  // Both inside: 5–14 January.
  expect(placeDaysIn({ activeFrom: '2025-01-05', activeUntil: '2025-01-15' }, january)).toBe(10);
  // Deactivated on the period's last day or the day after.
  expect(placeDaysIn({ activeFrom: '2020-01-01', activeUntil: '2025-01-31' }, january)).toBe(30);
  expect(placeDaysIn({ activeFrom: '2020-01-01', activeUntil: '2025-02-01' }, january)).toBe(31);
  // Before or after the period, or never valid at all.
  expect(placeDaysIn({ activeFrom: '2025-02-01', activeUntil: null }, january)).toBe(0);
  expect(placeDaysIn({ activeFrom: '2020-01-01', activeUntil: '2025-01-01' }, january)).toBe(0);
  expect(placeDaysIn({ activeFrom: '2025-01-10', activeUntil: '2025-01-10' }, january)).toBe(0);
  // A one-day period.
  expect(placeDaysIn({ activeFrom: '2025-01-31', activeUntil: null }, { from: '2025-01-31', to: '2025-01-31' })).toBe(1);
});
