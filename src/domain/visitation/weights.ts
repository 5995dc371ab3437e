/**
 * Matching weights are configuration: versioned, and a ranking records the version it used, so
 * yesterday's ranking can be explained with yesterday's weights.
 */
export const FACTORS = ['specialisation', 'supportNeed', 'availability', 'area', 'family', 'pets', 'residentMix', 'rate'] as const;
export type FactorCode = (typeof FACTORS)[number];

export interface MatchingWeights {
  version: string;
  /** Relative weight per factor (≥ 0); a factor the referral does not call for is left out of the sum. */
  weights: Record<FactorCode, number>;
  params: {
    /** A place expected free this many days from today or later scores 0 on availability. */
    availabilityHorizonDays: number;
    /** The availability weight is multiplied by this per urgency: an acute referral needs a place now. */
    urgencyMultiplier: { normal: number; urgent: number; acute: number };
    /** Value of being in the wished municipality but another district (the district itself scores 1). */
    sameMunicipalityValue: number;
    /** A daily rate at or above this scores 0 on rate; 0 DKK scores 1. */
    rateCeilingDkk: number;
  };
}

export const DEFAULT_WEIGHTS: MatchingWeights = {
  version: '2026-12-v1',
  weights: { specialisation: 30, supportNeed: 20, availability: 20, area: 10, family: 5, pets: 3, residentMix: 7, rate: 5 },
  params: {
    availabilityHorizonDays: 180,
    urgencyMultiplier: { normal: 1, urgent: 1.5, acute: 2.5 },
    sameMunicipalityValue: 0.5,
    rateCeilingDkk: 8000,
  },
};

/** Field errors for a weights object (empty when usable): the server refuses to store others. */
export function checkWeights(w: MatchingWeights): Record<string, string> {
  const errors: Record<string, string> = {};
  const ok = (n: number) => Number.isFinite(n) && n >= 0;
  if (!w.version.trim()) errors.version = 'Giv vægtene et versionsnavn.';
  for (const f of FACTORS) if (!ok(w.weights[f])) errors[`weights.${f}`] = 'En vægt er et tal på 0 eller derover.';
  if (!FACTORS.some((f) => w.weights[f] > 0)) errors.weights = 'Mindst én faktor skal have en vægt over 0.';
  const p = w.params;
  if (!(p.availabilityHorizonDays > 0)) errors['params.availabilityHorizonDays'] = 'Horisonten er et antal dage over 0.';
  for (const u of ['normal', 'urgent', 'acute'] as const) if (!ok(p.urgencyMultiplier[u])) errors[`params.urgencyMultiplier.${u}`] = 'En faktor er et tal på 0 eller derover.';
  if (!(p.sameMunicipalityValue >= 0 && p.sameMunicipalityValue <= 1)) errors['params.sameMunicipalityValue'] = 'Værdien ligger mellem 0 og 1.';
  if (!(p.rateCeilingDkk > 0)) errors['params.rateCeilingDkk'] = 'Loftet er et beløb over 0 kr.';
  return errors;
}
