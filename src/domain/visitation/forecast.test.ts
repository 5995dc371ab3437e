import { describe, expect, it } from 'vitest';
import { forecast, MONTH_DAYS, prepare, simulateRun, type ForecastModel } from './forecast.js';
import { runSeed, seeded } from './random.js';
import { applyScenario, checkModel } from './scenario.js';

/** Erlang C: the mean wait in an M/M/c queue with arrival rate λ and service rate μ per server. */
function erlangWait(lambda: number, mu: number, c: number): number {
  const a = lambda / mu;
  let term = 1;
  let sum = 0;
  for (let k = 0; k < c; k++) {
    sum += term;
    term *= a / (k + 1);
  }
  const last = (term * c) / (c - a);
  return last / (sum + last) / (c * mu - lambda);
}

const base = (over: Partial<ForecastModel> = {}): ForecastModel => ({
  months: 60,
  streams: [
    { key: '107', legalBasis: '§107', targetGroup: 'psy', perMonth: 3, stay: { kind: 'exponential', meanDays: 365 } },
    { key: '108', legalBasis: '§108', targetGroup: 'psy', perMonth: 2, stay: { kind: 'empirical', days: [400, 900, 1500, 2400, 3000] } },
  ],
  places: 110,
  newPlaces: [],
  occupied: 105,
  queue: 12,
  ownRatePerDay: 2000,
  externalRatePerDay: 4440, // 122 % more than the own rate (seed 002)
  ...over,
});

describe('forecast against an M/M/c queue', () => {
  it("has the mean wait of Erlang C within the simulation's confidence band", () => {
    // λ = 4 a month, stays of one month on average, 5 places: ρ = 0.8.
    const lambda = 4;
    const c = 5;
    const model = base({
      months: 800,
      streams: [{ key: 'x', legalBasis: '§107', targetGroup: null, perMonth: lambda, stay: { kind: 'exponential', meanDays: MONTH_DAYS } }],
      places: c,
      occupied: 4,
      queue: 0,
    });
    const expected = erlangWait(lambda, 1, c) * MONTH_DAYS; // about 16.9 days
    const p = prepare(model);
    const warmUp = 36;
    const means = Array.from({ length: 60 }, (_, k) => {
      const run = simulateRun(p, seeded(runSeed(7, k)));
      let placed = 0;
      let wait = 0;
      for (let m = warmUp; m < model.months; m++) {
        placed += run.placed[m];
        wait += run.waitDays[m];
      }
      return wait / placed;
    });
    const mean = means.reduce((a, b) => a + b, 0) / means.length;
    const sd = Math.sqrt(means.reduce((a, b) => a + (b - mean) ** 2, 0) / (means.length - 1));
    const halfWidth = (3 * sd) / Math.sqrt(means.length);
    expect(expected).toBeCloseTo(16.86, 1);
    expect(halfWidth).toBeLessThan(expected * 0.1); // a band narrow enough to fail on a wrong queue
    expect(Math.abs(mean - expected)).toBeLessThanOrEqual(halfWidth);
  });

  it('waits nothing when places outnumber what could ever arrive', () => {
    const f = forecast(base({ places: 1000, occupied: 0, queue: 0, months: 12 }), { runs: 20, seed: 1 });
    for (const m of f.months) {
      expect(m.waiting).toEqual({ mean: 0, p10: 0, p90: 0 });
      expect(m.purchaseCost.mean).toBe(0);
    }
  });
});

describe('forecast', () => {
  it('is the same for the same seed, and differs for another', () => {
    const a = forecast(base(), { runs: 50, seed: 42 });
    expect(forecast(base(), { runs: 50, seed: 42 })).toEqual(a);
    expect(forecast(base(), { runs: 50, seed: 43 })).not.toEqual(a);
  });

  it('gives bands in order, counts the places opening, and prices the waiting days', () => {
    const f = forecast(base({ newPlaces: [{ month: 6, count: 17 }] }), { runs: 100, seed: 3 });
    expect(f.months).toHaveLength(60);
    expect(f.months[5].places).toBe(110);
    expect(f.months[6].places).toBe(127);
    for (const m of f.months) {
      expect(m.waiting.p10).toBeLessThanOrEqual(m.waiting.mean + 1e-9);
      expect(m.waiting.mean).toBeLessThanOrEqual(m.waiting.p90 + 1e-9);
      expect(m.purchaseCost.mean).toBeCloseTo(m.waitingDays * 4440, 3);
      expect(m.extraCost).toBeCloseTo(m.waitingDays * 2440, 3);
    }
    // The initial queue of 12 waits through the first month (no place frees that fast for all of them).
    expect(f.months[0].waiting.mean).toBeGreaterThan(5);
    expect(f.totalPurchaseCost.mean).toBeCloseTo(f.months.reduce((a, m) => a + m.purchaseCost.mean, 0), 0);
  });

  it('lowers the waiting list with more places (the same seed, so the same referrals and stays)', () => {
    const model = base();
    const before = forecast(model, { runs: 200, seed: 11 });
    const after = forecast(applyScenario(model, { name: '17 nye pladser', extraPlaces: [{ month: 3, count: 17 }] }), { runs: 200, seed: 11 });
    after.months.forEach((m, k) => expect(m.waiting.mean).toBeLessThanOrEqual(before.months[k].waiting.mean));
    expect(after.months[24].waiting.mean).toBeLessThan(before.months[24].waiting.mean);
    expect(after.totalPurchaseCost.mean).toBeLessThan(before.totalPurchaseCost.mean);
  });

  it('lowers the waiting list when referrals shift from § 108 to § 107 or stays get shorter', () => {
    const model = base();
    const before = forecast(model, { runs: 200, seed: 5 }).months[59].waiting.mean;
    const shifted = applyScenario(model, { name: 'Flere § 107', shift: { from: '§108', to: '§107', share: 0.5 } });
    expect(shifted.streams.map((s) => s.perMonth)).toEqual([4, 1]);
    expect(forecast(shifted, { runs: 200, seed: 5 }).months[59].waiting.mean).toBeLessThan(before);
    const shorter = applyScenario(model, { name: 'Flere i egen bolig', stay: { factor: 0.8 } });
    expect(shorter.streams[0].stay).toEqual({ kind: 'exponential', meanDays: 292 });
    expect(forecast(shorter, { runs: 200, seed: 5 }).months[59].waiting.mean).toBeLessThan(before);
  });
});

describe('applyScenario and checkModel', () => {
  it('shifts to a new stream when the target basis has no stream for the group', () => {
    const model = base({ streams: [...base().streams, { key: '108d', legalBasis: '§108', targetGroup: 'dis', perMonth: 1, stay: { kind: 'exponential', meanDays: 2000 } }] });
    const shifted = applyScenario(model, { name: 's', shift: { from: '§108', to: '§107', share: 0.25 } });
    expect(shifted.streams.map((s) => [s.key, s.targetGroup, s.perMonth])).toEqual([
      ['107', 'psy', 3.5],
      ['108', 'psy', 1.5],
      ['108d', 'dis', 0.75],
      ['107+108d', 'dis', 0.25],
    ]);
    expect(() => applyScenario(model, { name: 's', shift: { from: '§107', to: '§110', share: 0.1 } })).toThrow('Der er ingen henvisninger efter §110 at flytte til.');
  });

  it('refuses a model that cannot run, field by field', () => {
    expect(checkModel(base())).toEqual({});
    const errors = checkModel(base({ months: 61, occupied: 120, streams: [{ key: 'x', legalBasis: '§107', targetGroup: null, perMonth: -1, stay: { kind: 'empirical', days: [] } }] }));
    expect(Object.keys(errors).sort()).toEqual(['months', 'occupied', 'streams.0.perMonth', 'streams.0.stay']);
  });
});
