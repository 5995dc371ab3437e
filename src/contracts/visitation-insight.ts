/**
 * Visitation insight (issue 14, items 8 and 9): the ladder's flow for a period and a part of the
 * organisation (indsatstrappens flow, seed 002 annex A), and the capacity forecast (kapacitetsprognose)
 * with scenarios. Aggregates only: no answer here names a citizen.
 */
import { z } from 'zod';
import { isIsoDate } from '../domain/dates.js';
import { CareDate, dataOf, Ref } from './common.js';

// ---- The ladder's flow ----

/** The period [from, to] (both days included), the part of the organisation and the base year. */
export const FlowQuery = z
  .strictObject({
    from: CareDate,
    to: CareDate,
    unitId: z.uuid('Ukendt enhed.'),
    baseYear: z.coerce.number('Skriv et årstal.').int('Skriv et årstal.').min(2000, 'Basisåret skal ligge fra 2000.').max(2199, 'Ugyldigt årstal.').optional(),
  })
  .refine((q) => !isIsoDate(q.from) || !isIsoDate(q.to) || q.from <= q.to, { message: 'Perioden skal slutte efter den starter.', path: ['to'] })
  .refine((q) => !isIsoDate(q.from) || !isIsoDate(q.to) || Date.parse(q.to) - Date.parse(q.from) <= 10 * 366 * 86_400_000, {
    message: 'Vælg en periode på højst 10 år.',
    path: ['from'],
  });
export type FlowQuery = z.infer<typeof FlowQuery>;

/** A node of the flow: a step 1–7, or entering ('start') or leaving ('end') the ladder. */
export const FlowNode = z.union([z.number().int(), z.enum(['start', 'end'])]);
export type FlowNode = z.infer<typeof FlowNode>;

export const FlowMeasures = z.object({
  /** The window [from, to), `to` exclusive (the day after the period's last). */
  from: z.string(),
  to: z.string(),
  citizens: z.number().int(),
  transitions: z.array(z.object({ from: FlowNode, to: FlowNode, count: z.number().int() })),
  down: z.number().int(),
  up: z.number().int(),
  /** Interventions running in the window, per step: index 0 unused, 1–7 the steps. */
  byStep: z.array(z.number().int()),
  low: z.number().int(),
  high: z.number().int(),
  lowShare: z.number().nullable(),
  lengthByStep: z.array(z.object({ step: z.number().int(), ended: z.number().int(), meanDays: z.number() })),
  stays: z.object({ ended: z.number().int(), meanDays: z.number().nullable(), movesToOwnHome: z.number().int(), withoutDestination: z.number().int() }),
  started107: z.number().int(),
  started108: z.number().int(),
  temporaryShare: z.number().nullable(),
});
export type FlowMeasures = z.infer<typeof FlowMeasures>;

export const Indicator = z.object({
  code: z.enum(['lowShare', 'meanStayDays', 'movesToOwnHomePerYear', 'temporaryShare', 'downPerYear']),
  label: z.string(),
  value: z.number().nullable(),
  base: z.number().nullable(),
  /** The value against the base year's (base = 100). */
  index: z.number().nullable(),
  better: z.enum(['higher', 'lower']),
});
export type Indicator = z.infer<typeof Indicator>;

export const LadderFlowView = z.object({
  unit: Ref,
  baseYear: z.number().int(),
  period: FlowMeasures,
  base: FlowMeasures,
  indicators: z.array(Indicator),
});
export type LadderFlowView = z.infer<typeof LadderFlowView>;

/** A part of the organisation the user may read figures for. */
export const InsightUnit = z.object({ id: z.string(), name: z.string(), kind: z.string(), depth: z.number().int() });
export type InsightUnit = z.infer<typeof InsightUnit>;
export const InsightUnits = dataOf(z.array(InsightUnit));

// ---- The capacity forecast ----

/** The model the data gives, with where each part came from (shown beside the forecast). */
export const ForecastModelView = z.object({
  /** Today: month 1 is the month from here on. */
  asOf: z.string(),
  streams: z.array(
    z.object({
      key: z.string(),
      legalBasis: z.string(),
      targetGroup: z.string().nullable(),
      perMonth: z.number(),
      /** Stays drawn from the measured lengths (empirical) or from an exponential of their mean. */
      stayKind: z.enum(['empirical', 'exponential']),
      /** Referrals received in the window the rate is counted over. */
      received: z.number().int(),
      /** Ended stays the length of stay is read from (0: the default mean was used). */
      endedStays: z.number().int(),
      meanStayDays: z.number(),
    }),
  ),
  referralMonths: z.number().int(),
  /** Where the streams' rates come from: referrals received, or (with none recorded) stays started. */
  referralSource: z.enum(['referrals', 'started_stays']),
  places: z.number().int(),
  occupied: z.number().int(),
  queue: z.number().int(),
  newPlaces: z.array(z.object({ month: z.number().int(), count: z.number().int(), opensOn: z.string() })),
  ownRatePerDay: z.number(),
  ownRateSource: z.enum(['profiles', 'interventions', 'default']),
  externalRatePerDay: z.number(),
  externalRateSource: z.enum(['purchased_places', 'uplift']),
});
export type ForecastModelView = z.infer<typeof ForecastModelView>;

const share = z.number('Skriv en andel mellem 0 og 1.').min(0, 'Andelen skal ligge mellem 0 og 1.').max(1, 'Andelen skal ligge mellem 0 og 1.');

/** A what-if: seed 002's levers. */
export const ScenarioInput = z.strictObject({
  name: z.string('Giv scenariet et navn.').trim().min(1, 'Giv scenariet et navn.').max(80, 'Højst 80 tegn.'),
  /** Move this share of § 108 referrals to § 107. */
  shift108To107: share.optional(),
  /** Shorter stays (more moves to one's own home): 0.1 = a tenth shorter. */
  shorterStays: z.number('Skriv en andel mellem 0 og 0,9.').min(0, 'Andelen skal ligge mellem 0 og 0,9.').max(0.9, 'Andelen skal ligge mellem 0 og 0,9.').optional(),
  /** Extra places opening at the start of a month from now. */
  extraPlaces: z
    .array(
      z.strictObject({
        month: z.int('Skriv et helt antal måneder.').min(0, 'Måneden skal være 0 eller derover.').max(60, 'Højst 60 måneder frem.'),
        count: z.int('Skriv et helt antal pladser.').min(1, 'Mindst 1 plads.').max(500, 'Højst 500 pladser.'),
      }),
    )
    .max(10, 'Højst 10 åbninger.')
    .optional(),
});
export type ScenarioInput = z.infer<typeof ScenarioInput>;

/** Runs answered at once; more run as a job with progress. */
export const DIRECT_RUNS = 200;
export const MAX_RUNS = 5000;

export const ForecastRequest = z.strictObject({
  years: z.int('Vælg 1 til 5 år.').min(1, 'Vælg 1 til 5 år.').max(5, 'Vælg 1 til 5 år.').default(3),
  runs: z.int('Skriv et helt antal kørsler.').min(10, 'Mindst 10 kørsler.').max(MAX_RUNS, `Højst ${MAX_RUNS} kørsler.`).default(DIRECT_RUNS),
  seed: z.int('Skriv et helt tal.').min(0, 'Skriv et helt tal fra 0.').max(2_147_483_647, 'For stort tal.').default(1),
  scenarios: z.array(ScenarioInput).max(3, 'Højst 3 scenarier ad gangen.').default([]),
});
export type ForecastRequest = z.input<typeof ForecastRequest>;

const Band = z.object({ mean: z.number(), p10: z.number(), p90: z.number() });

export const ForecastMonthView = z.object({
  month: z.number().int(),
  /** The month's first day (YYYY-MM-DD). */
  starts: z.string(),
  places: z.number().int(),
  waiting: Band,
  meanWaitDays: z.number().nullable(),
  waitingDays: z.number(),
  purchaseCost: Band,
  extraCost: z.number(),
});

export const ForecastSeries = z.object({
  name: z.string(),
  months: z.array(ForecastMonthView),
  totalPurchaseCost: Band,
});
export type ForecastSeries = z.infer<typeof ForecastSeries>;

export const ForecastResult = z.object({
  model: ForecastModelView,
  runs: z.number().int(),
  seed: z.number().int(),
  /** The model as the data gives it first, then each scenario. */
  series: z.array(ForecastSeries),
});
export type ForecastResult = z.infer<typeof ForecastResult>;

export const ForecastJobParams = z.strictObject({ jobId: z.uuid('Ukendt prognose.') });
export const ForecastJobView = z.object({
  id: z.string(),
  status: z.enum(['queued', 'running', 'done', 'failed', 'expired']),
  progress: z.number().int(),
  error: z.string().nullable(),
  result: ForecastResult.nullable(),
});
export type ForecastJobView = z.infer<typeof ForecastJobView>;

// ---- Planned places ----

export const PlannedPlaceInput = z.strictObject({
  unitId: z.uuid('Vælg et tilbud.'),
  legalBasis: z.string('Vælg en lovhjemmel.').min(1, 'Vælg en lovhjemmel.').max(40, 'Ukendt lovhjemmel.'),
  places: z.int('Skriv et helt antal pladser.').min(1, 'Mindst 1 plads.').max(500, 'Højst 500 pladser.'),
  opensOn: CareDate,
  note: z.string().trim().max(1000, 'Højst 1000 tegn.').default(''),
});
export type PlannedPlaceInput = z.input<typeof PlannedPlaceInput>;

export const PlannedPlace = z.object({
  id: z.string(),
  unit: Ref,
  legalBasis: z.string(),
  places: z.number().int(),
  opensOn: z.string(),
  note: z.string(),
  mayRemove: z.boolean(),
});
export type PlannedPlace = z.infer<typeof PlannedPlace>;
export const PlannedPlaces = z.object({ data: z.array(PlannedPlace), mayAdd: z.boolean() });
export type PlannedPlaces = z.infer<typeof PlannedPlaces>;
export const PlannedPlaceParams = z.strictObject({ id: z.uuid('Ukendt planlagt plads.') });
