/**
 * `npx tsx bench/visitation.ts` (also the last stage of `npm run bench`): the visitation engines
 * as pure functions at seed 000's scale, against issue 14's targets — ranking one referral against
 * 1,200 places (≤ 20 ms p95), a forecast of 1,000 runs × 60 months (≤ 2 s), the ladder flow of the
 * whole center over five years (≤ 100 ms p95). Inputs are generated from a fixed seed.
 */
import { fileURLToPath } from 'node:url';
import { forecast, type ForecastModel } from '../src/domain/visitation/forecast.js';
import { ladderFlow, type FlowIntervention } from '../src/domain/visitation/ladder-flow.js';
import { rankCandidates } from '../src/domain/visitation/matching.js';
import { seeded, type Random } from '../src/domain/visitation/random.js';
import { REFERRAL_FLAGS, type Candidate, type Referral } from '../src/domain/visitation/types.js';
import { DEFAULT_WEIGHTS } from '../src/domain/visitation/weights.js';
import { ms, percentile } from './stats.js';

export interface DomainResult {
  name: string;
  p50: number;
  p95: number;
  /** CPU of this process per call (ms): unlike wall time it barely moves with the machine's load. */
  cpu: number;
  target: number;
  ok: boolean;
}

const TODAY = '2026-12-07';
const day = (n: number) => new Date(Date.UTC(2021, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
const GROUPS = ['psychiatry', 'substance', 'disability', 'brain_injury', 'homeless', 'elderly_vulnerable'];
const METHODS = ['recovery', 'la2', 'cti', 'kognitiv', 'skadesreduktion', ...REFERRAL_FLAGS];
const some = <T>(r: Random, list: readonly T[], p: number) => list.filter(() => r() < p);
const one = <T>(r: Random, list: readonly T[]) => list[Math.floor(r() * list.length)];

/** 36 facilities × 10 places in each of 120 units, profiles varied by a seeded generator. */
export function places(r: Random): Candidate[] {
  return Array.from({ length: 120 }, (_, u) => {
    const facilityId = `f${String(u % 36).padStart(2, '0')}`;
    const unit = {
      legalBases: r() < 0.5 ? ['§108'] : r() < 0.6 ? ['§107'] : ['§107', '§108'],
      targetGroups: [one(r, GROUPS), ...some(r, GROUPS, 0.3)],
      specialisations: some(r, METHODS, 0.4),
      exclusionCriteria: some(r, REFERRAL_FLAGS, 0.1),
      rate: 1800 + Math.round(r() * 3000),
      district: one(r, ['Valby', 'Amager', 'Nørrebro', 'Bispebjerg', 'Vesterbro']),
      outward: Math.floor(r() * 5),
    };
    return Array.from({ length: 10 }, (_, k): Candidate => ({
      id: `p${String(u * 10 + k).padStart(4, '0')}`,
      facilityId,
      facilityName: `Botilbud ${facilityId}`,
      unitName: `Afsnit ${u}`,
      legalBases: unit.legalBases,
      targetGroups: unit.targetGroups,
      ageRange: { from: 18, to: r() < 0.8 ? 99 : 67 },
      specialisations: unit.specialisations,
      physical: { wheelchairAccessible: r() < 0.6, ownBath: r() < 0.7, ownKitchen: r() < 0.4, areaM2: 18 + Math.round(r() * 20), petsAllowed: r() < 0.2 },
      exclusionCriteria: unit.exclusionCriteria,
      maxSupportLevel: 2 + Math.floor(r() * 3),
      dailyRateDkk: unit.rate,
      freeFrom: r() < 0.05 ? TODAY : r() < 0.5 ? day(2167 + Math.floor(r() * 300)) : null,
      residentMix: { capacity: 10, counts: { outwardReacting: unit.outward } },
      area: { municipalityCode: '101', district: unit.district },
    }));
  }).flat();
}

export const referral: Referral = {
  id: 'r1',
  legalBasis: '§108',
  targetGroups: ['psychiatry', 'substance'],
  flags: ['outwardReacting', 'substanceUse'],
  age: 44,
  needs: { ownBath: true, ownKitchen: false, minAreaM2: 20 },
  methodsWanted: ['recovery'],
  wishes: { area: { municipalityCode: '101', district: 'Valby' }, nearFamily: { municipalityCode: '101', district: 'Amager' }, pets: true },
  supportNeed: { a1: 3, a2: 2, a3: 3, a4: 1, a5: 2, a6: 3 },
  urgency: 'urgent',
};

/** Seed 000's center as a forecast: 1,200 places, about 32 referrals a month, 17 new places in a year (seed 002). */
const model: ForecastModel = {
  months: 60,
  streams: [
    { key: '107', legalBasis: '§107', targetGroup: 'psychiatry', perMonth: 18, stay: { kind: 'exponential', meanDays: 540 } },
    { key: '108', legalBasis: '§108', targetGroup: 'psychiatry', perMonth: 14, stay: { kind: 'empirical', days: Array.from({ length: 300 }, (_, k) => 200 + k * 12) } },
  ],
  places: 1200,
  newPlaces: [{ month: 12, count: 17 }],
  occupied: 1150,
  queue: 40,
  ownRatePerDay: 2000,
  externalRatePerDay: 4440,
};

/** Three times the demo: 1,200 citizens, each walking the ladder over five years. */
export function history(r: Random): FlowIntervention[] {
  const units = [...Array.from({ length: 36 }, (_, k) => `/m/c/f${k}/`), '/m/c/home/'];
  return Array.from({ length: 1200 }, (_, c) => {
    const out: FlowIntervention[] = [];
    let step = 1 + Math.floor(r() * 7);
    for (let t = Math.floor(r() * 400) - 400; t < 1826; ) {
      const length = 60 + Math.floor(r() * 700);
      const stay = step >= 5;
      const end = t + length < 1826 || r() < 0.5 ? t + length : null;
      out.push({
        citizenId: `c${c}`,
        step,
        legalBasis: step === 6 ? '§107' : step === 7 ? '§108' : step === 5 ? '§110' : '§85',
        unitPath: stay ? one(r, units) : units[36],
        startDate: day(t),
        endDate: end === null ? null : day(end),
        delivery: stay ? 'stay' : 'home',
        endDestination: end === null ? null : stay && r() < 0.4 ? 'own_home' : null,
      });
      if (end === null) break;
      t = end + (r() < 0.8 ? 0 : Math.floor(r() * 90));
      step = Math.min(7, Math.max(1, step + (r() < 0.55 ? -1 : 1) * (1 + Math.floor(r() * 2))));
    }
    return out;
  }).flat();
}

function time(name: string, target: number, iterations: number, warmup: number, fn: () => unknown): DomainResult {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  const cpu = process.cpuUsage(cpu0);
  const p95 = percentile(times, 95);
  return { name, p50: percentile(times, 50), p95, cpu: (cpu.user + cpu.system) / 1000 / iterations, target, ok: p95 <= target };
}

export function visitationBench(log: (line: string) => void): DomainResult[] {
  const candidates = places(seeded(1));
  const interventions = history(seeded(2));
  log(`Visitation engines: ${candidates.length} places, forecast of ${model.months} months, ${interventions.length} interventions of 1,200 citizens over five years`);
  const results = [
    time('Ranking one referral against 1,200 places', 20, 300, 30, () => rankCandidates(referral, candidates, DEFAULT_WEIGHTS, { today: TODAY })),
    time('Forecast, 1,000 runs × 60 months', 2000, 5, 1, () => forecast(model, { runs: 1000, seed: 1 })),
    time('Ladder flow, the whole center over five years', 100, 50, 5, () => ladderFlow(interventions, { from: '2021-01-01', to: '2026-01-01', orgPath: '/m/c/', baseYear: 2021 })),
  ];
  for (const r of results) log(`- ${r.name}: p50 ${ms(r.p50)} ms, p95 ${ms(r.p95)} ms, CPU ${ms(r.cpu)} ms per call (target ≤ ${r.target} ms p95: ${r.ok ? 'met' : 'missed'})`);
  return results;
}

/** The report's table. */
export const visitationMarkdown = (results: DomainResult[]) => [
  '## Visitation engines (pure functions, this process)',
  '',
  '| computation | p50 ms | p95 ms | CPU ms per call | target (p95) |',
  '| --- | ---: | ---: | ---: | --- |',
  ...results.map((r) => `| ${r.name} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.cpu)} | ≤ ${r.target} ms: ${r.ok ? 'met' : '**missed**'} |`),
  '',
];

if (process.argv[1] === fileURLToPath(import.meta.url)) visitationBench(console.log);
