import { daysBetween } from '../dates.js';
import { ladderPath, type LadderIntervention, type LadderPeriod } from '../ladder.js';

/**
 * "Low on the ladder" (seed 002 annex A: "indsatser nederst på indsatstrappen, der fortrinsvist
 * foregår i egen bolig"): steps 1–4, help in one's own home or open offers; steps 5–7 are stays
 * (shelters and treatment, § 107, § 108).
 */
export const HIGHEST_LOW_STEP = 4;

/** A gap up to this many days between two interventions is still a move between them; a longer one is an end and a new start. */
export const GAP_DAYS = 30;

/** One intervention as the server reads it (ends exclusive, as in the database). */
export interface FlowIntervention extends LadderIntervention {
  citizenId: string;
  legalBasis: string;
  /** The delivering unit's organisation path ('/id/id/…/'); null: delivered outside the organisation. */
  unitPath: string | null;
  delivery: 'stay' | 'home' | 'day' | 'other';
  /** Where the citizen went when it ended (intervention_destinations), e.g. 'own_home'. */
  endDestination: string | null;
}

/** A Sankey node: a step, or entering/leaving the ladder. */
export type FlowNode = number | 'start' | 'end';

export interface Transition {
  from: FlowNode;
  to: FlowNode;
  count: number;
}

export interface FlowMeasures {
  /** The window [from, to). */
  from: string;
  to: string;
  citizens: number;
  transitions: Transition[];
  down: number;
  up: number;
  /** Interventions running in the window, per step 1–7 (index 0 unused), low and high on the ladder. */
  byStep: number[];
  low: number;
  high: number;
  lowShare: number | null;
  /** Interventions that ended in the window: mean length per step, and the stays among them. */
  lengthByStep: { step: number; ended: number; meanDays: number }[];
  stays: { ended: number; meanDays: number | null; movesToOwnHome: number; withoutDestination: number };
  /** New stays under § 107 (temporary) and § 108 (long-term) started in the window. */
  started107: number;
  started108: number;
  temporaryShare: number | null;
}

export interface Indicator {
  code: 'lowShare' | 'meanStayDays' | 'movesToOwnHomePerYear' | 'temporaryShare' | 'downPerYear';
  label: string;
  value: number | null;
  base: number | null;
  /** The value against the base year's, base = 100 (seed 002 measures against an index year). */
  index: number | null;
  better: 'higher' | 'lower';
}

export interface LadderFlow {
  period: FlowMeasures;
  base: FlowMeasures;
  indicators: Indicator[];
}

export interface FlowQuery {
  from: string;
  /** Exclusive. */
  to: string;
  /** A part of the organisation by its path ('/id/id/'); null: all of it. */
  orgPath: string | null;
  baseYear: number;
}

const overlaps = (i: LadderIntervention, from: string, to: string) => i.startDate < to && (i.endDate === null || i.endDate > from);
const inWindow = (d: string | null, from: string, to: string): d is string => d !== null && d >= from && d < to;
const ratio = (a: number, b: number) => (b > 0 ? a / b : null);

/** The order of nodes in the list: entering first, then the steps, then leaving. */
const rank = (n: FlowNode) => (n === 'start' ? 0 : n === 'end' ? 8 : n);

/** Each citizen's ladder path and the day numbers of dates, computed once for the period and the base year alike. */
export class FlowCache {
  private readonly paths = new Map<string, LadderPeriod[]>();
  private readonly dayNumbers = new Map<string, number>();
  path(citizenId: string, list: FlowIntervention[]): LadderPeriod[] {
    let path = this.paths.get(citizenId);
    if (!path) this.paths.set(citizenId, (path = ladderPath(list)));
    return path;
  }
  days(from: string, to: string): number {
    return this.day(to) - this.day(from);
  }
  private day(date: string): number {
    let n = this.dayNumbers.get(date);
    if (n === undefined) this.dayNumbers.set(date, (n = daysBetween('2000-01-01', date)));
    return n;
  }
}

function transitions(citizens: Map<string, FlowIntervention[]>, from: string, to: string, cache: FlowCache) {
  // Indexed by rank(from) × 9 + rank(to): no key strings for thousands of moves.
  const counts: (Transition | undefined)[] = new Array(81);
  const add = (a: FlowNode, b: FlowNode) => {
    const key = rank(a) * 9 + rank(b);
    const t = counts[key];
    if (t) t.count++;
    else counts[key] = { from: a, to: b, count: 1 };
  };
  for (const [citizenId, list] of citizens) {
    const path = cache.path(citizenId, list);
    path.forEach((p, k) => {
      const prev = path[k - 1];
      const joined = prev && prev.to !== null && cache.days(prev.to, p.from) <= GAP_DAYS;
      if (joined) {
        if (prev.step !== p.step && inWindow(p.from, from, to)) add(prev.step, p.step);
      } else {
        if (prev && inWindow(prev.to, from, to)) add(prev.step, 'end');
        if (inWindow(p.from, from, to)) add('start', p.step);
      }
    });
    const last = path[path.length - 1];
    if (last && inWindow(last.to, from, to)) add(last.step, 'end');
  }
  return counts.filter((t) => t !== undefined);
}

/** The measures for one window over the interventions of one part of the organisation. */
export function flowMeasures(interventions: FlowIntervention[], from: string, to: string, orgPath: string | null, cache = new FlowCache()): FlowMeasures {
  const inPart = (i: FlowIntervention) => orgPath === null || (i.unitPath !== null && i.unitPath.startsWith(orgPath));
  const scoped = interventions.filter((i) => inPart(i) && overlaps(i, from, to));
  // A citizen of the part is followed through all their interventions: a move out of the part is a move too.
  const ids = new Set(scoped.map((i) => i.citizenId));
  const citizens = new Map<string, FlowIntervention[]>();
  for (const i of interventions) {
    if (!ids.has(i.citizenId)) continue;
    const list = citizens.get(i.citizenId);
    if (list) list.push(i);
    else citizens.set(i.citizenId, [i]);
  }
  const flows = transitions(citizens, from, to, cache);

  const byStep = new Array(8).fill(0);
  for (const i of scoped) byStep[i.step]++;
  const low = byStep.slice(1, HIGHEST_LOW_STEP + 1).reduce((a, b) => a + b, 0);
  const high = byStep.slice(HIGHEST_LOW_STEP + 1).reduce((a, b) => a + b, 0);

  const ended = scoped.filter((i) => i.endDate !== null && i.endDate > from && i.endDate <= to);
  const days = (i: FlowIntervention) => cache.days(i.startDate, i.endDate!);
  const lengthByStep = [1, 2, 3, 4, 5, 6, 7].flatMap((step) => {
    const of = ended.filter((i) => i.step === step);
    return of.length ? [{ step, ended: of.length, meanDays: of.reduce((s, i) => s + days(i), 0) / of.length }] : [];
  });
  const stays = ended.filter((i) => i.delivery === 'stay');
  const started = scoped.filter((i) => inWindow(i.startDate, from, to) && i.delivery === 'stay');
  const started107 = started.filter((i) => i.legalBasis === '§107').length;
  const started108 = started.filter((i) => i.legalBasis === '§108').length;
  return {
    from,
    to,
    citizens: ids.size,
    transitions: flows,
    down: flows.filter((t) => typeof t.from === 'number' && typeof t.to === 'number' && t.to < t.from).reduce((s, t) => s + t.count, 0),
    up: flows.filter((t) => typeof t.from === 'number' && typeof t.to === 'number' && t.to > t.from).reduce((s, t) => s + t.count, 0),
    byStep,
    low,
    high,
    lowShare: ratio(low, low + high),
    lengthByStep,
    stays: {
      ended: stays.length,
      meanDays: stays.length ? stays.reduce((s, i) => s + days(i), 0) / stays.length : null,
      movesToOwnHome: stays.filter((i) => i.endDestination === 'own_home').length,
      withoutDestination: stays.filter((i) => i.endDestination === null).length,
    },
    started107,
    started108,
    temporaryShare: ratio(started107, started107 + started108),
  };
}

const perYear = (count: number, m: FlowMeasures) => (count * 365) / daysBetween(m.from, m.to);

function indicators(p: FlowMeasures, b: FlowMeasures): Indicator[] {
  const rows: [Indicator['code'], string, (m: FlowMeasures) => number | null, Indicator['better']][] = [
    ['lowShare', 'Andel indsatser nederst på indsatstrappen (trin 1–4)', (m) => m.lowShare, 'higher'],
    ['meanStayDays', 'Gennemsnitlig opholdstid på botilbud, herberg og krisecenter (dage)', (m) => m.stays.meanDays, 'lower'],
    ['movesToOwnHomePerYear', 'Flytninger fra ophold til egen bolig pr. år', (m) => perYear(m.stays.movesToOwnHome, m), 'higher'],
    ['temporaryShare', 'Andel nye botilbudsophold efter § 107 (frem for § 108)', (m) => m.temporaryShare, 'higher'],
    ['downPerYear', 'Bevægelser ned ad indsatstrappen pr. år', (m) => perYear(m.down, m), 'higher'],
  ];
  return rows.map(([code, label, of, better]) => {
    const value = of(p);
    const base = of(b);
    return { code, label, value, base, index: value !== null && base ? Math.round((1000 * value) / base) / 10 : null, better };
  });
}

/** The ladder's flow for a period and a part of the organisation, with seed 002's measures against a base year. */
export function ladderFlow(interventions: FlowIntervention[], q: FlowQuery): LadderFlow {
  const cache = new FlowCache();
  const period = flowMeasures(interventions, q.from, q.to, q.orgPath, cache);
  const base = flowMeasures(interventions, `${q.baseYear}-01-01`, `${q.baseYear + 1}-01-01`, q.orgPath, cache);
  return { period, base, indicators: indicators(period, base) };
}
