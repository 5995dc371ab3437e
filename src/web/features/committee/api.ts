import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type {
  CitizenActionPlans, CommitteeReferral, DeadlineOverview, FacilityInbox, PurchasedPlace, SetDeadlineBody, TransitionBody, WaitingList,
} from '../../../contracts/committee';

export type { CommitteeReferral, PurchasedPlace };
export type WaitingData = WaitingList['data'];
export type WaitingRow = WaitingData['waiting'][number];
export type InboxRow = FacilityInbox['data'][number];
export type DeadlineData = DeadlineOverview['data'];
export interface BuyRequest {
  providerName: string;
  providerMunicipalityCode?: string;
  dailyRateDkk: number;
  ownDailyRateDkk?: number;
  startDate: string;
}

export const committeeKeys = {
  all: ['committee'] as const,
  referral: (id: string) => ['committee', 'referral', id] as const,
  waiting: ['committee', 'waiting'] as const,
  inbox: ['committee', 'inbox'] as const,
  deadlines: ['committee', 'deadlines'] as const,
  plans: (citizenId: string) => ['committee', 'plans', citizenId] as const,
};

export const useCommitteeReferral = (id: string) =>
  useQuery({ queryKey: committeeKeys.referral(id), queryFn: () => api.get<{ data: CommitteeReferral }>(`/referrals/${id}/committee`).then((r) => r.data) });
export const useWaitingList = () => useQuery({ queryKey: committeeKeys.waiting, queryFn: () => api.get<WaitingList>('/waiting-list').then((r) => r.data) });
export const useInbox = () => useQuery({ queryKey: committeeKeys.inbox, queryFn: () => api.get<FacilityInbox>('/facility-referrals').then((r) => r.data) });
export const useDeadlineOverview = () =>
  useQuery({ queryKey: committeeKeys.deadlines, queryFn: () => api.get<DeadlineOverview>('/referral-deadlines').then((r) => r.data) });
export const useActionPlans = (citizenId: string) =>
  useQuery({ queryKey: committeeKeys.plans(citizenId), queryFn: () => api.get<CitizenActionPlans>(`/citizens/${citizenId}/action-plans`).then((r) => r.data) });

export const takeStep = (referralId: string, body: TransitionBody) =>
  api.post<{ data: CommitteeReferral }>(`/referrals/${referralId}/transitions`, body).then((r) => r.data);
export const buyPlace = (referralId: string, body: BuyRequest) =>
  api.post<{ data: PurchasedPlace }>(`/referrals/${referralId}/purchased-places`, body).then((r) => r.data);
export const endPurchase = (id: string, version: number, endDate: string) =>
  api.post<{ data: PurchasedPlace }>(`/purchased-places/${id}/end`, { version, endDate }).then((r) => r.data);
export const setDeadline = (typeCode: string, body: SetDeadlineBody) => api.patch<DeadlineOverview>(`/referral-deadlines/${typeCode}`, body).then((r) => r.data);

const kr = new Intl.NumberFormat('da-DK', { style: 'currency', currency: 'DKK', maximumFractionDigits: 2, minimumFractionDigits: 0 });
/** An amount in kroner, Danish style ("5.071,45 kr."). */
export const formatKr = (n: number) => kr.format(n);
const pct = new Intl.NumberFormat('da-DK', { style: 'percent', maximumFractionDigits: 0 });
export const formatPct = (share: number) => pct.format(share);
