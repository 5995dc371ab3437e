import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { NewWeightsBody, RankingView, WeightsVersion, WeightsVersionList } from '../../../contracts/matching';

export type { ExcludedFacility, Factor, RankedCandidate, RankingView, WeightsVersion } from '../../../contracts/matching';
export type { NewWeightsBody };

export const matchingKeys = {
  ranking: (referralId: string) => ['matching', 'ranking', referralId] as const,
  weights: ['matching', 'weights'] as const,
};

/** The referral's newest ranking (null before the first) and the weights version in use now. */
export const useRanking = (referralId: string) =>
  useQuery({ queryKey: matchingKeys.ranking(referralId), queryFn: () => api.get<{ data: RankingView }>(`/referrals/${referralId}/ranking`).then((r) => r.data) });

/** Ranks the referral anew with the weights in use (stored with its version). */
export const rankReferral = (referralId: string) => api.post<{ data: RankingView }>(`/referrals/${referralId}/ranking`, {}).then((r) => r.data);

export const useWeights = () =>
  useQuery({ queryKey: matchingKeys.weights, queryFn: () => api.get<WeightsVersionList>('/matching/weights').then((r) => r.data) });

export const addWeights = (body: NewWeightsBody) => api.post<{ data: WeightsVersion }>('/matching/weights', body).then((r) => r.data);
