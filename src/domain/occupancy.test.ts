import { expect, it } from 'vitest';
import { occupancyPct } from './occupancy.js';

it('computes occupancy to one decimal and nothing for no places', () => {
  expect(occupancyPct(2, 3)).toBe(66.7);
  expect(occupancyPct(94, 100)).toBe(94);
  expect(occupancyPct(0, 0)).toBeNull();
});
