import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../db/index.js';
import type { RequestCtx } from '../../context.js';
import type { VisibleCitizen } from '../../access/gate.js';
import { rankCandidates, type FactorResult, type Ranking } from '../../../domain/visitation/matching.js';
import { FACTOR_LABELS, type ExcludedFacility, type Factor, type RankedCandidate } from '../../../contracts/matching.js';
import { loadCandidates, toReferral, type Placing } from './loader.js';
import { insertRanking, weightsInUse, type ReferralRow } from './queries.js';

/** What a ranking stores and answers: each candidate with where it is. */
export interface RankingResult {
  ranked: RankedCandidate[];
  excluded: ExcludedFacility[];
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

const placingOf = (p: Placing) => ({
  candidateId: p.candidateId, facilityId: p.facilityId, facilityName: p.facilityName, unitId: p.unitId, unitName: p.unitName,
  legalBasis: p.legalBasis, places: p.places, freeNow: p.freeNow, standard: p.standard,
});

/** A factor as shown: its label, and a reason the engine could not give where the profile states nothing. */
function factorOf(f: FactorResult, p: Placing): Factor {
  const text =
    f.code === 'rate' && !p.rateStated ? 'Taksten er ikke oplyst i tilbuddets profil.'
    : f.code === 'supportNeed' && !p.supportLevelStated ? 'Tilbuddets profil oplyser ikke, hvilket støttebehov det kan møde.'
    : f.text;
  return { code: f.code, label: FACTOR_LABELS[f.code], weight: round(f.weight, 3), value: round(f.value, 4), points: round(f.points, 2), text };
}

/**
 * The excluded candidates per facility (facilities by name): each reason once, in the order the
 * engine gives them, with the units it excludes and how many of their places.
 */
export function excludedByFacility(excluded: Ranking['excluded'], placing: Map<string, Placing>): ExcludedFacility[] {
  const byFacility = new Map<string, ExcludedFacility>();
  for (const e of excluded) {
    const p = placing.get(e.candidateId)!;
    let f = byFacility.get(p.facilityId);
    if (!f) byFacility.set(p.facilityId, (f = { facilityId: p.facilityId, facilityName: p.facilityName, places: 0, reasons: [], candidateIds: [] }));
    f.places += p.places;
    f.candidateIds.push(e.candidateId);
    for (const r of e.reasons) {
      let reason = f.reasons.find((x) => x.code === r.code && x.text === r.text);
      if (!reason) f.reasons.push((reason = { code: r.code, text: r.text, units: [] }));
      const unit = reason.units.find((u) => u.unitId === p.unitId);
      if (unit) unit.places += p.places;
      else reason.units.push({ unitId: p.unitId, unitName: p.unitName, places: p.places });
    }
  }
  return [...byFacility.values()].sort((a, b) => a.facilityName.localeCompare(b.facilityName, 'da') || (a.facilityId < b.facilityId ? -1 : 1));
}

/**
 * Ranks the referral's candidates with the weights in use and stores the ranking with its version;
 * returns the stored ranking's id, version and result.
 */
export async function runRanking(tx: Queryable, ctx: RequestCtx, citizen: VisibleCitizen, row: ReferralRow, today: string): Promise<{ id: string; version: string; at: string; result: RankingResult }> {
  const weights = await weightsInUse(tx, citizen.municipalityId);
  const { candidates, placing, names } = await loadCandidates(tx, citizen.municipalityId, today, { rateDkk: weights.params.rateCeilingDkk });
  const ranking = rankCandidates(toReferral(row, today), candidates, weights, { today, names });
  const result: RankingResult = {
    ranked: ranking.ranked.map((r) => {
      const p = placing.get(r.candidateId)!;
      return { ...placingOf(p), rank: r.rank, score: r.score, factors: r.factors.map((f) => factorOf(f, p)) };
    }),
    excluded: excludedByFacility(ranking.excluded, placing),
  };
  const stored = { referralId: row.referral_id, id: randomUUID(), version: weights.version, today, at: new Date().toISOString(), result: JSON.stringify(result) };
  await insertRanking(tx, ctx, citizen, stored);
  return { id: stored.id, version: weights.version, at: stored.at, result };
}
