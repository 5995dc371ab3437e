import type { ForecastModel, ReferralStream, StayDistribution } from './forecast.js';

/** A what-if on a forecast model (seed 002's levers): shift referrals between legal bases, shorter stays, new places. */
export interface Scenario {
  name: string;
  /** Move `share` (0–1) of the referrals under one legal basis to another, e.g. § 108 → § 107. */
  shift?: { from: string; to: string; share: number };
  /** Multiply the lengths of stay (0.9: a tenth shorter, e.g. more moves to one's own home), for some legal bases or all. */
  stay?: { factor: number; legalBases?: string[] };
  /** Places beyond the model's planned ones. */
  extraPlaces?: { month: number; count: number }[];
}

const scaled = (s: StayDistribution, f: number): StayDistribution =>
  s.kind === 'exponential' ? { kind: 'exponential', meanDays: s.meanDays * f } : { kind: 'empirical', days: s.days.map((d) => d * f) };

/**
 * The model under a scenario. Shifted referrals take the length of stay of the target basis for the
 * same target group (or of the target basis's first stream when the group has none).
 */
export function applyScenario(model: ForecastModel, scenario: Scenario): ForecastModel {
  let streams: ReferralStream[] = model.streams.map((s) => ({ ...s }));
  const shift = scenario.shift;
  if (shift && shift.share > 0) {
    const targets = streams.filter((s) => s.legalBasis === shift.to);
    if (!targets.length) throw new RangeError(`Der er ingen henvisninger efter ${shift.to} at flytte til.`);
    for (const from of streams.filter((s) => s.legalBasis === shift.from)) {
      const moved = from.perMonth * shift.share;
      from.perMonth -= moved;
      const to = targets.find((t) => t.targetGroup === from.targetGroup);
      if (to) to.perMonth += moved;
      else {
        const like = targets[0];
        streams = [...streams, { ...like, key: `${like.key}+${from.key}`, targetGroup: from.targetGroup, perMonth: moved }];
      }
    }
  }
  const stay = scenario.stay;
  if (stay) streams = streams.map((s) => (!stay.legalBases || stay.legalBases.includes(s.legalBasis) ? { ...s, stay: scaled(s.stay, stay.factor) } : s));
  return { ...model, streams, newPlaces: [...model.newPlaces, ...(scenario.extraPlaces ?? [])] };
}

/** Field errors for a model (empty when it can run); the server answers 400 with them. */
export function checkModel(model: ForecastModel): Record<string, string> {
  const errors: Record<string, string> = {};
  const whole = (n: number) => Number.isInteger(n) && n >= 0;
  if (!(Number.isInteger(model.months) && model.months >= 1 && model.months <= 60)) errors.months = 'Vælg 1 til 60 måneder (op til fem år).';
  if (!model.streams.length) errors.streams = 'Angiv mindst én slags henvisninger.';
  model.streams.forEach((s, k) => {
    if (!(Number.isFinite(s.perMonth) && s.perMonth >= 0)) errors[`streams.${k}.perMonth`] = 'Henvisninger pr. måned er et tal på 0 eller derover.';
    const ok = s.stay.kind === 'exponential' ? s.stay.meanDays > 0 : s.stay.days.length > 0 && s.stay.days.every((d) => d > 0);
    if (!ok) errors[`streams.${k}.stay`] = 'Opholdslængden skal være over 0 dage (og mindst ét ophold, når den er målt).';
  });
  if (!whole(model.places)) errors.places = 'Antal pladser er et helt tal på 0 eller derover.';
  if (!whole(model.occupied) || model.occupied > model.places) errors.occupied = 'Belagte pladser er et helt tal, højst antallet af pladser.';
  if (!whole(model.queue)) errors.queue = 'Ventelisten er et helt tal på 0 eller derover.';
  model.newPlaces.forEach((n, k) => {
    if (!whole(n.count) || !whole(n.month)) errors[`newPlaces.${k}`] = 'Nye pladser: et helt antal og en måned fra 0.';
  });
  if (!(model.ownRatePerDay >= 0)) errors.ownRatePerDay = 'Taksten er et beløb på 0 kr. eller derover.';
  if (!(model.externalRatePerDay >= 0)) errors.externalRatePerDay = 'Prisen for købte pladser er et beløb på 0 kr. eller derover.';
  return errors;
}
