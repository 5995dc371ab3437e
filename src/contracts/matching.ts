/**
 * Matching (issue 14, C3): a referral's places ranked by the pure engine (domain/visitation/matching.ts)
 * — every ranked candidate with its score and each factor's points and Danish reason, every excluded
 * one with each reason — stored with the weights version it used; and the weights versions themselves.
 */
import { z } from 'zod';
import { dataOf } from './common.js';
import { FACTORS, type FactorCode } from '../domain/visitation/weights.js';

export const ReferralParams = z.object({ referralId: z.uuid('Ukendt henvisning.') });

const weight = z.number('Skriv et tal.').min(0, 'En vægt er et tal på 0 eller derover.').max(1000, 'En vægt er højst 1000.');
const multiplier = z.number('Skriv et tal.').min(0, 'En faktor er et tal på 0 eller derover.').max(100, 'En faktor er højst 100.');

export const FactorWeights = z.strictObject(Object.fromEntries(FACTORS.map((f) => [f, weight])) as Record<FactorCode, typeof weight>);

export const WeightParams = z.strictObject({
  availabilityHorizonDays: z.int('Skriv et helt antal dage.').min(1, 'Horisonten er et antal dage over 0.').max(3650, 'Horisonten er højst 3650 dage.'),
  urgencyMultiplier: z.strictObject({ normal: multiplier, urgent: multiplier, acute: multiplier }),
  sameMunicipalityValue: z.number('Skriv et tal.').min(0, 'Værdien ligger mellem 0 og 1.').max(1, 'Værdien ligger mellem 0 og 1.'),
  rateCeilingDkk: z.number('Skriv et beløb.').gt(0, 'Loftet er et beløb over 0 kr.').max(1_000_000, 'Loftet er højst 1.000.000 kr.'),
});

/** A new weights version (admin): its name, every factor's weight, the parameters and why. */
export const NewWeightsBody = z.strictObject({
  version: z.string('Giv vægtene et versionsnavn.').trim().min(1, 'Giv vægtene et versionsnavn.').max(60, 'Versionsnavnet er højst 60 tegn.'),
  weights: FactorWeights,
  params: WeightParams,
  note: z.string().max(2000).default(''),
});
export type NewWeightsBody = z.input<typeof NewWeightsBody>;

export const WeightsVersion = z.object({
  version: z.string(),
  weights: z.record(z.string(), z.number()),
  params: WeightParams,
  note: z.string(),
  createdAt: z.string(),
  /** Who added it; null for the defaults Mestring put in on first use. */
  createdBy: z.string().nullable(),
  /** The newest version: the one the next ranking uses. */
  inUse: z.boolean(),
});
export type WeightsVersion = z.infer<typeof WeightsVersion>;

export const WeightsVersionList = dataOf(z.object({ versions: z.array(WeightsVersion), factors: z.array(z.object({ code: z.string(), label: z.string() })) }));
export type WeightsVersionList = z.infer<typeof WeightsVersionList>;
export const WeightsVersionResponse = dataOf(WeightsVersion);

/** Where a candidate is: a facility, a unit and how many of its places the candidate stands for. */
const Placing = {
  candidateId: z.string(),
  facilityId: z.string(),
  facilityName: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  legalBasis: z.string(),
  /** The places alike in everything matching reads (one unit, basis, target groups, physical standard). */
  places: z.number(),
  /** Of them, free today. */
  freeNow: z.number(),
  /** The places' physical standard in words (e.g. 'eget bad · kørestolsegnet · 28 m²'): what tells two groups of one unit apart. */
  standard: z.string().optional(),
};

export const Factor = z.object({ code: z.string(), label: z.string(), weight: z.number(), value: z.number(), points: z.number(), text: z.string() });
export type Factor = z.infer<typeof Factor>;

export const RankedCandidate = z.object({ ...Placing, rank: z.number(), score: z.number(), factors: z.array(Factor) });
export type RankedCandidate = z.infer<typeof RankedCandidate>;

/**
 * A facility with excluded places, as the committee reads it: each reason once, with the units (and
 * how many of their places) it excludes; and the excluded candidates' ids. Most places of a
 * municipality are excluded from any one referral (its legal basis and target groups), so they are
 * told per facility, not repeated per candidate.
 */
export const ExcludedFacility = z.object({
  facilityId: z.string(),
  facilityName: z.string(),
  /** Its excluded places, all reasons together. */
  places: z.number(),
  reasons: z.array(z.object({
    code: z.string(),
    text: z.string(),
    units: z.array(z.object({ unitId: z.string(), unitName: z.string(), places: z.number() })),
  })),
  candidateIds: z.array(z.string()),
});
export type ExcludedFacility = z.infer<typeof ExcludedFacility>;

export const Ranking = z.object({
  id: z.string(),
  referralId: z.string(),
  weightsVersion: z.string(),
  rankedOn: z.string(),
  rankedAt: z.string(),
  rankedBy: z.string(),
  ranked: z.array(RankedCandidate),
  /** Facilities with excluded places, by name. */
  excluded: z.array(ExcludedFacility),
});
export type Ranking = z.infer<typeof Ranking>;

/** The referral's newest ranking (null before the first), with the citizen it is for and the weights version in use now. */
export const RankingView = z.object({
  referral: z.object({ id: z.string(), citizen: z.object({ id: z.string(), name: z.string() }), legalBasis: z.string(), state: z.string(), urgency: z.string() }),
  ranking: Ranking.nullable(),
  /** The version a new ranking would use (differs from the ranking's when an admin has added one since). */
  currentWeightsVersion: z.string(),
});
export type RankingView = z.infer<typeof RankingView>;
export const RankingResponse = dataOf(RankingView);

/** The factors' names as the UI and the explanations give them. */
export const FACTOR_LABELS: Record<FactorCode, string> = {
  specialisation: 'Specialisering og metoder',
  supportNeed: 'Støttebehov',
  availability: 'Ledig plads',
  area: 'Ønsket område',
  family: 'Nær familien',
  pets: 'Kæledyr',
  residentMix: 'Beboersammensætning',
  rate: 'Takst',
};
