import { describe, expect, it } from 'vitest';
import { flowMeasures, ladderFlow, type FlowIntervention } from './ladder-flow.js';

const FA = '/m/c/fa/'; // facility A (§ 107 and § 108)
const FB = '/m/c/fb/'; // facility B (shelter, § 107, § 108)
const HOME = '/m/c/home/'; // housing support team
const OTHER = '/m/x/fz/'; // a facility of another center

const stay = (citizenId: string, step: number, legalBasis: string, unitPath: string, startDate: string, endDate: string | null, endDestination: string | null = null): FlowIntervention => ({
  citizenId,
  step,
  legalBasis,
  unitPath,
  startDate,
  endDate,
  delivery: 'stay',
  endDestination,
});
const home = (citizenId: string, step: number, legalBasis: string, startDate: string, endDate: string | null): FlowIntervention => ({
  citizenId,
  step,
  legalBasis,
  unitPath: HOME,
  startDate,
  endDate,
  delivery: 'home',
  endDestination: null,
});

/** A hand-made history; the expected figures below are counted by hand from it. */
const history: FlowIntervention[] = [
  // c1: § 108 for three years, moves to own home with housing support (7 → 3 on 1 June 2025).
  stay('c1', 7, '§108', FA, '2022-03-01', '2025-06-01', 'own_home'),
  home('c1', 3, '§85', '2025-06-01', null),
  // c2: shelter, 14 days' gap, § 107, then CTI in own home (5 → 6, 6 → 4).
  stay('c2', 5, '§110', FB, '2024-10-01', '2025-02-15'),
  stay('c2', 6, '§107', FA, '2025-03-01', '2025-11-01', 'own_home'),
  home('c2', 4, '§85a', '2025-11-01', '2026-08-01'),
  // c3: new on § 107 in 2025.
  stay('c3', 6, '§107', FA, '2025-04-01', null),
  // c4: housing support through 2024 only (its last day 31 December 2024).
  home('c4', 3, '§85', '2024-01-01', '2025-01-01'),
  // c5: another center's § 108 resident, to own home in 2025.
  stay('c5', 7, '§108', OTHER, '2023-01-01', '2025-09-01', 'own_home'),
  // c6: support contact throughout, a § 107 stay in between (3 → 6 → 3).
  home('c6', 3, '§99', '2024-06-01', null),
  stay('c6', 6, '§107', FB, '2025-02-01', '2025-05-01', 'relatives'),
  // c7: one month on § 108, then nothing recorded.
  stay('c7', 7, '§108', FB, '2025-07-01', '2025-08-01'),
  // c8: § 108 to own home in 2024 (7 → 3).
  stay('c8', 7, '§108', FA, '2023-05-01', '2024-05-01', 'own_home'),
  home('c8', 3, '§85', '2024-05-01', null),
  // c9: § 108 from September 2024, still there.
  stay('c9', 7, '§108', FB, '2024-09-01', null),
  // c10: § 107 for most of 2024, destination unknown.
  stay('c10', 6, '§107', FA, '2024-02-01', '2024-11-01', 'unknown'),
];

describe('ladderFlow on a hand-computed history', () => {
  const flow = ladderFlow(history, { from: '2025-01-01', to: '2026-01-01', orgPath: '/m/c/', baseYear: 2024 });

  it('counts the moves between steps in the period, with entries and exits', () => {
    const p = flow.period;
    expect(p.citizens).toBe(7); // c1 c2 c3 c6 c7 c8 c9
    expect(p.transitions).toEqual([
      { from: 'start', to: 6, count: 1 },
      { from: 'start', to: 7, count: 1 },
      { from: 3, to: 6, count: 1 },
      { from: 5, to: 6, count: 1 },
      { from: 6, to: 3, count: 1 },
      { from: 6, to: 4, count: 1 },
      { from: 7, to: 3, count: 1 },
      { from: 7, to: 'end', count: 1 },
    ]);
    expect([p.down, p.up]).toEqual([3, 2]);
  });

  it('splits the running interventions low (1–4) and high (5–7) on the ladder', () => {
    expect(flow.period.byStep).toEqual([0, 0, 0, 3, 1, 1, 3, 3]);
    expect([flow.period.low, flow.period.high]).toEqual([4, 7]);
    expect(flow.period.lowShare).toBeCloseTo(4 / 11, 10);
    expect(flow.base.byStep).toEqual([0, 0, 0, 3, 0, 1, 1, 3]);
    expect(flow.base.lowShare).toBe(3 / 8);
  });

  it('averages the length of the interventions that ended, per step and for stays, and counts moves to own home', () => {
    expect(flow.period.lengthByStep).toEqual([
      { step: 5, ended: 1, meanDays: 137 },
      { step: 6, ended: 2, meanDays: (245 + 89) / 2 },
      { step: 7, ended: 2, meanDays: (1188 + 31) / 2 },
    ]);
    expect(flow.period.stays).toEqual({ ended: 5, meanDays: 338, movesToOwnHome: 2, withoutDestination: 2 });
    expect([flow.period.started107, flow.period.started108, flow.period.temporaryShare]).toEqual([3, 1, 0.75]);
  });

  it('computes the base year the same way', () => {
    const b = flow.base;
    expect(b.citizens).toBe(7); // c1 c2 c4 c6 c8 c9 c10
    expect(b.transitions).toEqual([
      { from: 'start', to: 3, count: 2 },
      { from: 'start', to: 5, count: 1 },
      { from: 'start', to: 6, count: 1 },
      { from: 'start', to: 7, count: 1 },
      { from: 6, to: 'end', count: 1 },
      { from: 7, to: 3, count: 1 },
    ]);
    expect(b.lengthByStep).toEqual([
      { step: 3, ended: 1, meanDays: 366 },
      { step: 6, ended: 1, meanDays: 274 },
      { step: 7, ended: 1, meanDays: 366 },
    ]);
    expect(b.stays).toEqual({ ended: 2, meanDays: 320, movesToOwnHome: 1, withoutDestination: 0 });
    expect(b.temporaryShare).toBe(0.5);
  });

  it('indexes the measures against the base year (base = 100)', () => {
    expect(flow.indicators.map((i) => [i.code, i.index, i.better])).toEqual([
      ['lowShare', 97, 'higher'],
      ['meanStayDays', 105.6, 'lower'],
      ['movesToOwnHomePerYear', 200.5, 'higher'], // 2 in 365 days against 1 in 366
      ['temporaryShare', 150, 'higher'],
      ['downPerYear', 300.8, 'higher'],
    ]);
    expect(flow.indicators[0].label).toBe('Andel indsatser nederst på indsatstrappen (trin 1–4)');
  });

  it('takes a part of the organisation, following its citizens wherever they move', () => {
    const fa = flowMeasures(history, '2025-01-01', '2026-01-01', FA);
    expect(fa.citizens).toBe(3); // c1 c2 c3
    expect(fa.byStep).toEqual([0, 0, 0, 0, 0, 0, 2, 1]);
    expect(fa.transitions).toEqual([
      { from: 'start', to: 6, count: 1 },
      { from: 5, to: 6, count: 1 },
      { from: 6, to: 4, count: 1 },
      { from: 7, to: 3, count: 1 },
    ]);
    const all = flowMeasures(history, '2025-01-01', '2026-01-01', null);
    expect(all.citizens).toBe(8);
    expect(all.stays).toEqual({ ended: 6, meanDays: (1690 + 974) / 6, movesToOwnHome: 3, withoutDestination: 2 });
    expect(all.transitions.find((t) => t.from === 7 && t.to === 'end')!.count).toBe(2);
  });

  it('treats a gap longer than 30 days as an end and a new start', () => {
    const m = flowMeasures([stay('x', 7, '§108', FA, '2025-01-10', '2025-03-01'), home('x', 3, '§85', '2025-04-15', null)], '2025-01-01', '2026-01-01', null);
    expect(m.transitions).toEqual([
      { from: 'start', to: 3, count: 1 },
      { from: 'start', to: 7, count: 1 },
      { from: 7, to: 'end', count: 1 },
    ]);
    expect(m.down).toBe(0);
  });
});
