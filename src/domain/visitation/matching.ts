import { daysBetween, formatDanishDate } from '../dates.js';
import { FLAG_LABELS, type Area, type Candidate, type Referral } from './types.js';
import { FACTORS, type FactorCode, type MatchingWeights } from './weights.js';

export type ExclusionCode = 'legal_basis' | 'target_group' | 'age' | 'wheelchair' | 'physical' | 'exclusion_criterion';

/** Why a candidate cannot take the citizen: a machine code and a Danish sentence. */
export interface Exclusion {
  code: ExclusionCode;
  text: string;
}

/** One soft factor's part of a score: its value 0–1, its weight, and the points it gave (they sum to the score). */
export interface FactorResult {
  code: FactorCode;
  weight: number;
  value: number;
  points: number;
  text: string;
}

export interface RankedCandidate {
  candidateId: string;
  facilityId: string;
  rank: number;
  /** 0–100, one decimal. */
  score: number;
  factors: FactorResult[];
}

export interface ExcludedCandidate {
  candidateId: string;
  facilityId: string;
  reasons: Exclusion[];
}

export interface Ranking {
  referralId: string;
  weightsVersion: string;
  today: string;
  ranked: RankedCandidate[];
  excluded: ExcludedCandidate[];
}

export interface MatchOptions {
  /** Today (YYYY-MM-DD): a place free on or before it is free now. */
  today: string;
  /** Names of catalogue codes (target groups, methods) for the explanations; a code without one is shown as is. */
  names?: Record<string, string>;
}

// One formatter for the process: toLocaleString builds one per call, and a ranking formats 1,200 rates.
const kroner = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 });

const label = (code: string, names: Record<string, string> | undefined) => (FLAG_LABELS as Record<string, string>)[code] ?? names?.[code] ?? code;
const list = (codes: string[], names?: Record<string, string>) => codes.map((c) => label(c, names)).join(', ');

/** The hard rules: every reason the candidate cannot take the citizen (empty: it can). */
export function exclusions(referral: Referral, c: Candidate, names?: Record<string, string>): Exclusion[] {
  const out: Exclusion[] = [];
  if (!c.legalBases.includes(referral.legalBasis)) {
    out.push({ code: 'legal_basis', text: `Tilbuddet er ikke godkendt efter ${referral.legalBasis} (godkendt efter ${c.legalBases.join(', ') || 'intet'}).` });
  }
  const primary = referral.targetGroups[0];
  if (primary !== undefined && !c.targetGroups.includes(primary)) {
    out.push({ code: 'target_group', text: `Tilbuddet er ikke godkendt til målgruppen ${label(primary, names)}.` });
  }
  if (c.ageRange && (referral.age < c.ageRange.from || referral.age > c.ageRange.to)) {
    out.push({ code: 'age', text: `Borgeren er ${referral.age} år; målgruppen er godkendt til ${c.ageRange.from} til ${c.ageRange.to} år.` });
  }
  if (referral.flags.includes('wheelchair') && !c.physical.wheelchairAccessible) {
    out.push({ code: 'wheelchair', text: 'Pladsen er ikke kørestolsegnet.' });
  }
  if (referral.needs.ownBath && !c.physical.ownBath) out.push({ code: 'physical', text: 'Pladsen har ikke eget bad.' });
  if (referral.needs.ownKitchen && !c.physical.ownKitchen) out.push({ code: 'physical', text: 'Pladsen har ikke eget køkken.' });
  const min = referral.needs.minAreaM2;
  if (min !== null && (c.physical.areaM2 === null || c.physical.areaM2 < min)) {
    const has = c.physical.areaM2 === null ? 'Pladsens areal er ikke oplyst' : `Pladsen er ${c.physical.areaM2} m²`;
    out.push({ code: 'physical', text: `${has}; behovet er mindst ${min} m².` });
  }
  for (const flag of referral.flags.filter((f) => c.exclusionCriteria.includes(f))) {
    out.push({ code: 'exclusion_criterion', text: `Tilbuddet modtager ikke borgere med ${FLAG_LABELS[flag]} (eksklusionskriterium).` });
  }
  return out;
}

/**
 * What the referral asks the candidate to cover beyond the hard rules: its flags (a wheelchair is a
 * hard rule) and wanted methods among the candidate's specialisations, and its other target groups
 * (many citizens have several) among the candidate's approvals.
 */
function wantedOf(r: Referral, c: Candidate): { code: string; met: boolean }[] {
  const special = [...new Set([...r.flags.filter((f) => f !== 'wheelchair'), ...r.methodsWanted])];
  return [
    ...special.map((code) => ({ code, met: c.specialisations.includes(code) })),
    ...r.targetGroups.slice(1).map((code) => ({ code, met: c.targetGroups.includes(code) })),
  ];
}

const areaValue = (wish: Area, at: Area, sameMunicipality: number) => {
  if (wish.municipalityCode !== at.municipalityCode) return 0;
  return wish.district === null || wish.district === at.district ? 1 : sameMunicipality;
};
const areaText = (value: number, what: string) =>
  value === 1 ? `I ${what}.` : value > 0 ? `I kommunen for ${what}, men en anden bydel.` : `Uden for ${what}.`;

type Factor = { value: number; text: string };

/** Each soft factor the referral calls for, valued 0–1 for the candidate (higher is better). */
function factorValues(r: Referral, c: Candidate, w: MatchingWeights, opts: MatchOptions): Partial<Record<FactorCode, Factor>> {
  const out: Partial<Record<FactorCode, Factor>> = {};
  const wanted = wantedOf(r, c);
  if (wanted.length) {
    const has = wanted.filter((w) => w.met).map((w) => w.code);
    const missing = wanted.filter((w) => !w.met).map((w) => w.code);
    out.specialisation = {
      value: has.length / wanted.length,
      text:
        `Specialiseret i ${has.length} af ${wanted.length} behov` +
        (has.length ? ` (${list(has, opts.names)})` : '') +
        (missing.length ? `; mangler ${list(missing, opts.names)}.` : '.'),
    };
  }
  const areas = Object.values(r.supportNeed);
  if (areas.length) {
    const met = areas.filter((level) => level <= c.maxSupportLevel).length;
    out.supportNeed = { value: met / areas.length, text: `Kan møde støttebehovet i ${met} af ${areas.length} livsområder (op til niveau ${c.maxSupportLevel} af 4).` };
  }
  if (c.freeFrom === null) out.availability = { value: 0, text: 'Ingen ledig plads og ingen forventet dato.' };
  else {
    const days = daysBetween(opts.today, c.freeFrom);
    out.availability =
      days <= 0
        ? { value: 1, text: 'Ledig nu.' }
        : { value: Math.max(0, 1 - days / w.params.availabilityHorizonDays), text: `Forventes ledig ${formatDanishDate(c.freeFrom)} (om ${days} dage).` };
  }
  if (r.wishes.area) {
    const value = areaValue(r.wishes.area, c.area, w.params.sameMunicipalityValue);
    out.area = { value, text: areaText(value, 'det ønskede område') };
  }
  if (r.wishes.nearFamily) {
    const value = areaValue(r.wishes.nearFamily, c.area, w.params.sameMunicipalityValue);
    out.family = { value, text: areaText(value, 'familiens område') };
  }
  if (r.wishes.pets) out.pets = c.physical.petsAllowed ? { value: 1, text: 'Kæledyr er tilladt.' } : { value: 0, text: 'Kæledyr er ikke tilladt.' };
  const { capacity, counts } = c.residentMix;
  const outward = Math.min(counts.outwardReacting ?? 0, capacity);
  out.residentMix = {
    value: capacity > 0 ? 1 - outward / capacity : 1,
    text: `${outward} af ${capacity} beboere har ${FLAG_LABELS.outwardReacting}.`,
  };
  out.rate = {
    value: Math.min(1, Math.max(0, 1 - c.dailyRateDkk / w.params.rateCeilingDkk)),
    text: `Takst ${kroner.format(c.dailyRateDkk)} kr. pr. døgn.`,
  };
  return out;
}

/** The weight each factor gets for this referral: availability counts more the more urgent it is. */
const weightOf = (f: FactorCode, r: Referral, w: MatchingWeights) => w.weights[f] * (f === 'availability' ? w.params.urgencyMultiplier[r.urgency] : 1);

/** A candidate's score (0–100) and its factors; the factors the referral calls for depend on the referral only. */
export function scoreCandidate(r: Referral, c: Candidate, w: MatchingWeights, opts: MatchOptions): { score: number; factors: FactorResult[] } {
  const values = factorValues(r, c, w, opts);
  const present = FACTORS.filter((f) => values[f] !== undefined && weightOf(f, r, w) > 0);
  const total = present.reduce((sum, f) => sum + weightOf(f, r, w), 0);
  const factors = present.map((f): FactorResult => {
    const weight = weightOf(f, r, w);
    const { value, text } = values[f]!;
    return { code: f, weight, value, points: total > 0 ? (100 * weight * value) / total : 0, text };
  });
  const raw = factors.reduce((sum, f) => sum + f.points, 0);
  return { score: Math.round(raw * 10) / 10, factors };
}

/**
 * Ranks the candidates for a referral: the hard rules exclude (with every reason), the rest are
 * scored with `weights` and ordered by score, ties by candidate id, so a ranking is the same every
 * time for the same input and weights version.
 */
export function rankCandidates(referral: Referral, candidates: Candidate[], weights: MatchingWeights, opts: MatchOptions): Ranking {
  const excluded: ExcludedCandidate[] = [];
  const scored: Omit<RankedCandidate, 'rank'>[] = [];
  for (const c of candidates) {
    const reasons = exclusions(referral, c, opts.names);
    if (reasons.length) excluded.push({ candidateId: c.id, facilityId: c.facilityId, reasons });
    else scored.push({ candidateId: c.id, facilityId: c.facilityId, ...scoreCandidate(referral, c, weights, opts) });
  }
  const byId = (a: { candidateId: string }, b: { candidateId: string }) => (a.candidateId < b.candidateId ? -1 : a.candidateId > b.candidateId ? 1 : 0);
  scored.sort((a, b) => b.score - a.score || byId(a, b));
  excluded.sort(byId);
  return {
    referralId: referral.id,
    weightsVersion: weights.version,
    today: opts.today,
    ranked: scored.map((s, k) => ({ ...s, rank: k + 1 })),
    excluded,
  };
}
