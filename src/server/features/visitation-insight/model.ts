import type { Queryable } from '../../db/index.js';
import type { RequestCtx } from '../../context.js';
import { addMonthsIso, daysBetween } from '../../../domain/dates.js';
import { MONTH_DAYS, type ForecastModel, type StayDistribution } from '../../../domain/visitation/forecast.js';
import type { ForecastModelView } from '../../../contracts/visitation-insight.js';
import { capacityNow, countReferrals, countStartedStays, endedStays, listPlannedPlaces, placeLegalBases } from './queries.js';

/** Referrals are counted over the last two years; lengths of stay over the stays ended in the last five. */
export const REFERRAL_MONTHS = 24;
export const STAY_YEARS = 5;
/** With at least this many ended stays the measured lengths are drawn from; with fewer, an exponential of their mean. */
export const EMPIRICAL_MIN = 20;
/** A legal basis with no ended stay at all: a temporary stay a year, a long-term one five (the product's assumption, shown as such). */
export const DEFAULT_STAY_DAYS: Record<string, number> = { '§107': 365, '§108': 1826 };
const FALLBACK_STAY_DAYS = 730;
/** Without a rate anywhere: a day in an own place (DKK); a bought place costs 122 % more (seed 002). */
export const DEFAULT_OWN_RATE = 2000;
export const EXTERNAL_UPLIFT = 2.22;

const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;

/**
 * The forecast's model from the municipality's data as of `today`: referral streams per legal basis
 * and primary target group, lengths of stay per legal basis, own places, those occupied, the waiting
 * list, planned places opening, and the rates. `months` is the horizon.
 */
export async function modelFromData(tx: Queryable, ctx: RequestCtx, today: string, months: number): Promise<{ model: ForecastModel; view: ForecastModelView }> {
  const since = addMonthsIso(today, -REFERRAL_MONTHS);
  const [referrals, stays, now, planned] = [
    await countReferrals(tx, ctx, since, today),
    await endedStays(tx, ctx, addMonthsIso(today, -12 * STAY_YEARS), today),
    await capacityNow(tx, ctx, today),
    await listPlannedPlaces(tx, ctx, today),
  ];
  const source = referrals.length ? ('referrals' as const) : ('started_stays' as const);
  let counts = referrals.length ? referrals : await countStartedStays(tx, ctx, since, today);
  // Nothing received or started in two years: a stream per legal basis of the places, at 0 a month.
  if (!counts.length) counts = await placeLegalBases(tx, ctx, today);
  if (!counts.length) counts = [{ legal_basis: '§108', target_group: null, received: 0 }];

  const stayOf = (legalBasis: string): { stay: StayDistribution; ended: number; mean: number } => {
    const days = stays.find((s) => s.legal_basis === legalBasis)?.days.filter((d) => d > 0) ?? [];
    if (!days.length) {
      const mean = DEFAULT_STAY_DAYS[legalBasis] ?? FALLBACK_STAY_DAYS;
      return { stay: { kind: 'exponential', meanDays: mean }, ended: 0, mean };
    }
    const mean = days.reduce((a, b) => a + b, 0) / days.length;
    return { stay: days.length >= EMPIRICAL_MIN ? { kind: 'empirical', days } : { kind: 'exponential', meanDays: round(mean) }, ended: days.length, mean };
  };
  const streams = counts.map((c) => {
    const s = stayOf(c.legal_basis);
    return {
      key: `${c.legal_basis}:${c.target_group ?? '-'}`,
      legalBasis: c.legal_basis,
      targetGroup: c.target_group,
      perMonth: round(c.received / REFERRAL_MONTHS, 4),
      stay: s.stay,
      stayKind: s.stay.kind,
      received: c.received,
      endedStays: s.ended,
      meanStayDays: round(s.mean, 1),
    };
  });
  const newPlaces = planned.map((p) => ({ month: Math.max(0, Math.round(daysBetween(today, p.opens_on) / MONTH_DAYS)), count: p.places, opensOn: p.opens_on }));
  const ownRatePerDay = round(now.profile_rate ?? now.intervention_rate ?? DEFAULT_OWN_RATE);
  const externalRatePerDay = round(now.purchased_rate ?? ownRatePerDay * EXTERNAL_UPLIFT);
  const view: ForecastModelView = {
    asOf: today,
    streams: streams.map(({ stay: _stay, ...rest }) => rest),
    referralMonths: REFERRAL_MONTHS,
    referralSource: source,
    places: now.places,
    occupied: Math.min(now.occupied, now.places),
    queue: now.queue,
    newPlaces,
    ownRatePerDay,
    ownRateSource: now.profile_rate !== null ? 'profiles' : now.intervention_rate !== null ? 'interventions' : 'default',
    externalRatePerDay,
    externalRateSource: now.purchased_rate !== null ? 'purchased_places' : 'uplift',
  };
  const model: ForecastModel = {
    months,
    streams: streams.map(({ key, legalBasis, targetGroup, perMonth, stay }) => ({ key, legalBasis, targetGroup, perMonth, stay })),
    places: view.places,
    newPlaces: newPlaces.map(({ month, count }) => ({ month, count })),
    occupied: view.occupied,
    queue: view.queue,
    ownRatePerDay,
    externalRatePerDay,
  };
  return { model, view };
}
