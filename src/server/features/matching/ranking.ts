import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../db/index.js';
import type { RequestCtx } from '../../context.js';
import type { VisibleCitizen } from '../../access/gate.js';
import { rankCandidates, type FactorResult } from '../../../domain/visitation/matching.js';
import { FACTOR_LABELS, type ExcludedCandidate, type Factor, type RankedCandidate } from '../../../contracts/matching.js';
import { loadCandidates, toReferral, type Placing } from './loader.js';
import { insertRanking, weightsInUse, type ReferralRow } from './queries.js';

/** What a ranking stores and answers: each candidate with where it is. */
export interface RankingResult {
  ranked: RankedCandidate[];
  excluded: ExcludedCandidate[];
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
    excluded: ranking.excluded.map((e) => ({ ...placingOf(placing.get(e.candidateId)!), reasons: e.reasons })),
  };
  const stored = { referralId: row.referral_id, id: randomUUID(), version: weights.version, today, at: new Date().toISOString(), result: JSON.stringify(result) };
  await insertRanking(tx, ctx, citizen, stored);
  return { id: stored.id, version: weights.version, at: stored.at, result };
}
