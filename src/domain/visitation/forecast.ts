import { quantile, runSeed, seeded, type Random } from './random.js';

/** Days in an average month: the forecast runs in continuous time, months are its reporting periods. */
export const MONTH_DAYS = 365.25 / 12;

export type StayDistribution = { kind: 'exponential'; meanDays: number } | { kind: 'empirical'; days: number[] };

/** Referrals of one kind: a Poisson stream with its own length of stay. */
export interface ReferralStream {
  key: string;
  legalBasis: string;
  targetGroup: string | null;
  perMonth: number;
  stay: StayDistribution;
}

/** One pool of places that every stream queues for, first come first served. */
export interface ForecastModel {
  months: number;
  streams: ReferralStream[];
  /** Own places now. */
  places: number;
  /** Places opening at the start of a month (0: now, 12: in a year). */
  newPlaces: { month: number; count: number }[];
  /** Occupied places now (≤ places) and citizens waiting now. */
  occupied: number;
  queue: number;
  /** Daily rate of an own place, and of a place bought from another provider while a citizen waits. */
  ownRatePerDay: number;
  externalRatePerDay: number;
}

/** One run's months: what happened in each. */
export interface RunMonths {
  /** Waiting at the month's end. */
  waiting: Float64Array;
  /** Citizens placed in the month, and the sum of their waits in days. */
  placed: Float64Array;
  waitDays: Float64Array;
  /** Days spent waiting in the month, all waiting citizens together (each in a bought place meanwhile). */
  waitingDays: Float64Array;
}

const meanOf = (s: StayDistribution) => (s.kind === 'exponential' ? s.meanDays : s.days.reduce((a, b) => a + b, 0) / s.days.length);

/**
 * Each stream's length of stay as flat data, so a run draws without closures: an exponential's mean,
 * or the measured days with their running sum (a resident found in a place is more likely on a long
 * stay: the rest of a stay under way is drawn in proportion to its length).
 */
interface Stays {
  /** 0 for a measured (empirical) stream. */
  meanDays: Float64Array;
  days: Float64Array[];
  cumulative: Float64Array[];
}

function staysOf(streams: ReferralStream[]): Stays {
  const meanDays = new Float64Array(streams.length);
  const days: Float64Array[] = [];
  const cumulative: Float64Array[] = [];
  streams.forEach((st, k) => {
    const s = st.stay;
    if (s.kind === 'exponential') {
      meanDays[k] = s.meanDays;
      days.push(new Float64Array(0));
      cumulative.push(new Float64Array(0));
    } else {
      const d = Float64Array.from(s.days);
      const c = new Float64Array(d.length);
      let sum = 0;
      for (let i = 0; i < d.length; i++) c[i] = sum += d[i];
      days.push(d);
      cumulative.push(c);
    }
  });
  return { meanDays, days, cumulative };
}

/** A fresh stay of stream `k`. */
function drawStay(s: Stays, k: number, random: Random): number {
  const mean = s.meanDays[k];
  if (mean > 0) return -mean * Math.log(1 - random());
  const days = s.days[k];
  return days[Math.floor(random() * days.length)];
}

/** The rest of a stay of stream `k` already under way now. */
function drawResidual(s: Stays, k: number, random: Random): number {
  const mean = s.meanDays[k];
  if (mean > 0) return -mean * Math.log(1 - random());
  const days = s.days[k];
  const cumulative = s.cumulative[k];
  const x = random() * cumulative[cumulative.length - 1];
  let lo = 0;
  let hi = days.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid] > x) hi = mid;
    else lo = mid + 1;
  }
  return days[lo] * random();
}

/** Index into cumulative weights for a uniform draw. */
function pick(cumulative: Float64Array, random: Random): number {
  const x = random() * cumulative[cumulative.length - 1];
  let k = 0;
  while (k < cumulative.length - 1 && cumulative[k] <= x) k++;
  return k;
}

const cumulativeOf = (weights: number[]) => {
  const out = new Float64Array(weights.length);
  weights.reduce((sum, w, k) => (out[k] = sum + w), 0);
  return out;
};

/** A min-heap of the times the places are next free; four children a node, as fewer levels beat more comparisons here. */
class FreeTimes {
  private size = 0;
  constructor(private readonly heap: Float64Array) {}
  /** Fills the heap with `times` at once (cheaper than a push each). */
  static of(times: Float64Array): FreeTimes {
    const heap = new FreeTimes(times);
    heap.size = times.length;
    for (let k = (times.length - 2) >> 2; k >= 0; k--) heap.siftDown(k, times[k]);
    return heap;
  }
  get min() {
    return this.heap[0];
  }
  /** Replaces the earliest time with `t`. */
  replaceMin(t: number) {
    this.siftDown(0, t);
  }
  private siftDown(k: number, t: number) {
    const h = this.heap;
    for (;;) {
      const first = 4 * k + 1;
      if (first >= this.size) break;
      const last = Math.min(first + 4, this.size);
      let child = first;
      for (let c = first + 1; c < last; c++) if (h[c] < h[child]) child = c;
      if (h[child] >= t) break;
      h[k] = h[child];
      k = child;
    }
    h[k] = t;
  }
}

/** What a model needs per run, prepared once. */
export interface Prepared {
  model: ForecastModel;
  stays: Stays;
  /** Which stream a new referral belongs to (by rate), and a resident now (by rate × mean stay, Little's law). */
  byRate: Float64Array;
  byResidents: Float64Array;
  ratePerDay: number;
  totalPlaces: number;
}

export function prepare(model: ForecastModel): Prepared {
  const rates = model.streams.map((s) => s.perMonth);
  return {
    model,
    stays: staysOf(model.streams),
    byRate: cumulativeOf(rates),
    byResidents: cumulativeOf(model.streams.map((s, k) => rates[k] * meanOf(s.stay) || 1e-12)),
    ratePerDay: rates.reduce((a, b) => a + b, 0) / MONTH_DAYS,
    totalPlaces: model.places + model.newPlaces.reduce((a, p) => a + p.count, 0),
  };
}

/** A run's output arrays, reusable from run to run (the accumulator keeps one). */
export function runMonths(months: number): RunMonths {
  return { waiting: new Float64Array(months), placed: new Float64Array(months), waitDays: new Float64Array(months), waitingDays: new Float64Array(months) };
}

/**
 * One run: Poisson referrals over the horizon, each placed first come first served in the place
 * free soonest (own places now, those opening later from their month), waiting until then. `into`
 * is overwritten (a caller running many reuses one; the default is new arrays).
 */
export function simulateRun(p: Prepared, random: Random, into: RunMonths = runMonths(p.model.months)): RunMonths {
  const { model, stays } = p;
  const months = model.months;
  const end = months * MONTH_DAYS;
  const out = into;
  out.waiting.fill(0);
  out.placed.fill(0);
  out.waitDays.fill(0);
  out.waitingDays.fill(0);
  const { placed, waitDays, waitingDays } = out;
  const waitingDelta = new Float64Array(months + 1);
  const total = p.totalPlaces;
  const freeAt = new Float64Array(total);
  for (let k = 0; k < model.occupied; k++) freeAt[k] = drawResidual(stays, pick(p.byResidents, random), random);
  let next = model.places;
  for (const opening of model.newPlaces) freeAt.fill(opening.month * MONTH_DAYS, next, (next += opening.count));
  const places = FreeTimes.of(freeAt);
  const meanGap = p.ratePerDay > 0 ? 1 / p.ratePerDay : 0;

  // The queue now arrives at 0, then the referrals of the horizon, one after another.
  let arrival = 0;
  for (let i = 0; ; i++) {
    if (i >= model.queue) {
      if (meanGap === 0) break;
      arrival += -meanGap * Math.log(1 - random());
      if (arrival >= end) break;
    }
    const stay = drawStay(stays, pick(p.byRate, random), random);
    let start = Infinity;
    if (total > 0) {
      const free = places.min;
      start = arrival > free ? arrival : free;
      places.replaceMin(start + stay);
    }
    const first = Math.floor(arrival / MONTH_DAYS);
    if (start < end) {
      const m = Math.min(months - 1, Math.floor(start / MONTH_DAYS));
      placed[m]++;
      waitDays[m] += start - arrival;
    }
    // Waiting at the end of months first … last.
    const last = Math.min(months, Math.floor(start / MONTH_DAYS)) - 1;
    if (last >= first) {
      waitingDelta[first]++;
      waitingDelta[last + 1]--;
    }
    // Days spent waiting, month by month.
    const until = start < end ? start : end;
    for (let m = first, t = arrival; t < until; m++) {
      const monthEnd = (m + 1) * MONTH_DAYS;
      const stop = until < monthEnd ? until : monthEnd;
      waitingDays[m] += stop - t;
      t = stop;
    }
  }
  let running = 0;
  for (let m = 0; m < months; m++) out.waiting[m] = running += waitingDelta[m];
  return out;
}

export interface Band {
  mean: number;
  p10: number;
  p90: number;
}

export interface ForecastMonth {
  /** 1 is the first month from now. */
  month: number;
  places: number;
  waiting: Band;
  /** Mean wait of the citizens placed in the month, in days (null: none placed in any run). */
  meanWaitDays: number | null;
  /** Days waited in the month, all waiting citizens together (mean over runs). */
  waitingDays: number;
  /** Cost of bought places for the waiting citizens in the month, and the mean cost above the own rate. */
  purchaseCost: Band;
  extraCost: number;
}

export interface Forecast {
  seed: number;
  runs: number;
  months: ForecastMonth[];
  /** Purchase cost over the whole horizon. */
  totalPurchaseCost: Band;
}

const band = (values: Float64Array): Band => {
  const sorted = values.slice().sort();
  return { mean: values.reduce((a, b) => a + b, 0) / values.length, p10: quantile(sorted, 0.1), p90: quantile(sorted, 0.9) };
};

/**
 * Collects runs into a forecast: runs k = from … to-1 at a time (`add`), so a job can report its
 * progress between batches; `forecast()` is the whole of it at once. The same seed gives the same
 * forecast however the runs are batched.
 */
export class ForecastAccumulator {
  private readonly p: Prepared;
  private readonly waiting: Float64Array[];
  private readonly cost: Float64Array[];
  private readonly total: Float64Array;
  private readonly waitingDays: Float64Array;
  private readonly placed: Float64Array;
  private readonly waitDays: Float64Array;
  private scratch: RunMonths | undefined;
  done = 0;
  constructor(
    readonly model: ForecastModel,
    readonly runs: number,
    readonly seed: number,
  ) {
    this.p = prepare(model);
    const months = model.months;
    this.waiting = Array.from({ length: months }, () => new Float64Array(runs));
    this.cost = Array.from({ length: months }, () => new Float64Array(runs));
    this.total = new Float64Array(runs);
    this.waitingDays = new Float64Array(months);
    this.placed = new Float64Array(months);
    this.waitDays = new Float64Array(months);
  }

  /** Runs the next `count` runs (fewer at the end). */
  add(count: number): void {
    const { model, runs, seed } = this;
    const months = model.months;
    const until = Math.min(runs, this.done + count);
    const run = (this.scratch ??= runMonths(months));
    for (let k = this.done; k < until; k++) {
      simulateRun(this.p, seeded(runSeed(seed, k)), run);
      for (let m = 0; m < months; m++) {
        const c = run.waitingDays[m] * model.externalRatePerDay;
        this.waiting[m][k] = run.waiting[m];
        this.cost[m][k] = c;
        this.total[k] += c;
        this.waitingDays[m] += run.waitingDays[m] / runs;
        this.placed[m] += run.placed[m];
        this.waitDays[m] += run.waitDays[m];
      }
    }
    this.done = until;
  }

  result(): Forecast {
    const { model, runs, seed } = this;
    let places = model.places;
    const extraPerDay = model.externalRatePerDay - model.ownRatePerDay;
    return {
      seed,
      runs,
      months: this.waiting.map((w, m): ForecastMonth => {
        places += model.newPlaces.filter((n) => n.month === m).reduce((a, n) => a + n.count, 0);
        return {
          month: m + 1,
          places,
          waiting: band(w),
          meanWaitDays: this.placed[m] > 0 ? this.waitDays[m] / this.placed[m] : null,
          waitingDays: this.waitingDays[m],
          purchaseCost: band(this.cost[m]),
          extraCost: this.waitingDays[m] * extraPerDay,
        };
      }),
      totalPurchaseCost: band(this.total),
    };
  }
}

/** `runs` runs of the model with a seeded generator: the same seed gives the same forecast. */
export function forecast(model: ForecastModel, opts: { runs: number; seed: number; onProgress?: (done: number) => void }): Forecast {
  const acc = new ForecastAccumulator(model, opts.runs, opts.seed);
  while (acc.done < opts.runs) {
    acc.add(100);
    opts.onProgress?.(acc.done);
  }
  return acc.result();
}
