import type { Ranking, RankingView, WeightsVersion } from '../../../contracts/matching.js';
import type { RankingResult } from './ranking.js';
import type { ReferralRow, WeightsRow } from './queries.js';

export const presentWeights = (w: WeightsRow, inUse: boolean): WeightsVersion => ({
  version: w.version, weights: w.weights, params: w.params, note: w.note, createdAt: w.created_at, createdBy: w.created_by_name, inUse,
});

export const presentRanking = (referralId: string, r: { id: string; version: string; rankedOn: string; rankedAt: string; rankedBy: string; result: RankingResult }): Ranking => ({
  id: r.id, referralId, weightsVersion: r.version, rankedOn: r.rankedOn, rankedAt: r.rankedAt, rankedBy: r.rankedBy, ranked: r.result.ranked, excluded: r.result.excluded,
});

export const presentView = (row: ReferralRow, ranking: Ranking | null, currentWeightsVersion: string): RankingView => ({
  referral: {
    id: row.referral_id, citizen: { id: row.id, name: `${row.first_name} ${row.last_name}` }, legalBasis: row.legal_basis, state: row.state, urgency: row.urgency,
  },
  ranking,
  currentWeightsVersion,
});
