import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { currentStep, ladderPath, movement, type LadderIntervention, type LadderPeriod } from './ladder.js';

const BASE = Date.UTC(2020, 0, 1);
/** Day n after 2020-01-01 as YYYY-MM-DD. */
const day = (n: number) => new Date(BASE + n * 86_400_000).toISOString().slice(0, 10);

/** Interventions over about four years, some open-ended: ends are exclusive, as in the database. */
const intervention = fc
  .record({ step: fc.integer({ min: 1, max: 7 }), start: fc.integer({ min: 0, max: 1500 }), length: fc.option(fc.integer({ min: 0, max: 700 }), { nil: null }) })
  .map(({ step, start, length }): LadderIntervention => ({ step, startDate: day(start), endDate: length === null ? null : day(start + length) }));
const interventions = fc.array(intervention, { maxLength: 8 });

/** Every start and end day of the interventions, and the day before each. */
const edges = (list: LadderIntervention[]) =>
  list.flatMap((i) => [i.startDate, ...(i.endDate ? [i.endDate] : [])]).flatMap((d) => [d, new Date(Date.parse(d) - 86_400_000).toISOString().slice(0, 10)]);

/** The period containing `d`, if any (from inclusive, to exclusive). */
const periodOn = (path: LadderPeriod[], d: string) => path.find((p) => p.from <= d && (p.to === null || d < p.to));

describe('currentStep', () => {
  it('is the step of the most intrusive intervention active that day, or null', () => {
    const list: LadderIntervention[] = [
      { step: 3, startDate: '2025-01-01', endDate: null },
      { step: 7, startDate: '2024-01-01', endDate: '2025-06-01' },
    ];
    expect(currentStep(list, '2023-12-31')).toBeNull();
    expect(currentStep(list, '2024-01-01')).toBe(7);
    expect(currentStep(list, '2025-05-31')).toBe(7);
    // The end date is the first day without the intervention (move-out day).
    expect(currentStep(list, '2025-06-01')).toBe(3);
    expect(currentStep([], '2025-06-01')).toBeNull();
  });

  test.prop([interventions, fc.integer({ min: 0, max: 2300 })])('equals the highest step among the interventions running that day', (list, n) => {
    // A random day, and every start and end day, where off-by-one errors live.
    for (const d of [day(n), ...edges(list)]) {
      const running = list.filter((i) => i.startDate <= d && (i.endDate === null || d < i.endDate)).map((i) => i.step);
      expect(currentStep(list, d), d).toBe(running.length ? Math.max(...running) : null);
    }
  });
});

describe('ladderPath', () => {
  it('shows a move from a §108 placement to §85 housing support as a movement down (7 → 3)', () => {
    const path = ladderPath([
      { step: 7, startDate: '2022-03-01', endDate: '2025-06-01' }, // long-term residence, §108
      { step: 3, startDate: '2025-06-01', endDate: null }, // housing support in own home, §85
    ]);
    expect(path).toEqual([
      { step: 7, from: '2022-03-01', to: '2025-06-01' },
      { step: 3, from: '2025-06-01', to: null },
    ]);
    expect(movement(path[0], path[1])).toBe(-4);
  });

  it('shows an ended placement as a closed period and nothing after it', () => {
    expect(ladderPath([{ step: 7, startDate: '2024-01-01', endDate: '2026-05-01' }])).toEqual([{ step: 7, from: '2024-01-01', to: '2026-05-01' }]);
  });

  it('keeps the higher step while a lower intervention overlaps, and leaves gaps out', () => {
    expect(
      ladderPath([
        { step: 5, startDate: '2023-01-01', endDate: '2023-03-01' },
        { step: 4, startDate: '2023-06-01', endDate: '2024-01-01' },
        { step: 6, startDate: '2023-09-01', endDate: '2023-10-01' },
      ]),
    ).toEqual([
      { step: 5, from: '2023-01-01', to: '2023-03-01' },
      { step: 4, from: '2023-06-01', to: '2023-09-01' },
      { step: 6, from: '2023-09-01', to: '2023-10-01' },
      { step: 4, from: '2023-10-01', to: '2024-01-01' },
    ]);
  });

  test.prop([interventions, fc.integer({ min: -10, max: 2300 })])('on every day, the period covering it carries the current step (none when no step)', (list, n) => {
    const path = ladderPath(list);
    for (const d of [day(n), ...edges(list)]) expect(periodOn(path, d)?.step ?? null, d).toBe(currentStep(list, d));
  });

  test.prop([interventions])('periods are ordered, non-empty, do not overlap, and neighbours that touch differ in step', (list) => {
    const path = ladderPath(list);
    path.forEach((p, k) => {
      if (p.to !== null) expect(p.from < p.to).toBe(true);
      const next = path[k + 1];
      if (!next) return;
      expect(p.to).not.toBeNull();
      expect(p.to! <= next.from).toBe(true);
      if (p.to === next.from) expect(next.step).not.toBe(p.step);
    });
    // Only an open-ended intervention leaves the last period open.
    if (path.length && path[path.length - 1].to === null) expect(list.some((i) => i.endDate === null)).toBe(true);
  });
});
