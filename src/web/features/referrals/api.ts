import { useQuery } from '@tanstack/react-query';
import { api, query } from '../../api/client';
import type { Referral, ReferralDocument, ReferralInput, ReferralSummary, RevisitationReport } from '../../../contracts/referrals';
import type { CitizenListItem } from '../../../contracts/citizens';

export type { Referral, ReferralDocument, ReferralSummary, RevisitationReport };
/** What the form sends (the server fills the defaults). */
export type ReferralRequest = Omit<ReferralInput, 'typeCode'> & { typeCode: 'new' | 'acute' };

export interface FormCatalogue {
  methods: Array<{ code: string; name: string; kind: 'method' | 'specialisation' }>;
  types: Array<{ code: string; name: string; deadlineDays: number }>;
  conditions: Array<{ code: string; display: string; area: { code: string; display: string } }>;
}

export const referralKeys = {
  all: ['referrals'] as const,
  list: (state: string) => ['referrals', 'list', state] as const,
  one: (id: string) => ['referrals', 'one', id] as const,
  catalogue: ['referrals', 'catalogue'] as const,
  reports: ['referrals', 'revisitation'] as const,
  citizens: ['referrals', 'citizens'] as const,
  citizenReports: (citizenId: string) => ['referrals', 'revisitation', citizenId] as const,
};

export const useReferrals = (state: string) =>
  useQuery({ queryKey: referralKeys.list(state), queryFn: () => api.get<{ data: ReferralSummary[] }>(`/referrals${query({ state })}`).then((r) => r.data) });

export const useReferral = (id: string | undefined) =>
  useQuery({ queryKey: referralKeys.one(id ?? ''), enabled: !!id, queryFn: () => api.get<{ data: Referral }>(`/referrals/${id}`).then((r) => r.data) });

export const useFormCatalogue = () =>
  useQuery({ queryKey: referralKeys.catalogue, staleTime: Infinity, queryFn: () => api.get<{ data: FormCatalogue }>('/referral-catalogue').then((r) => r.data) });

export const useOpenRevisitations = () =>
  useQuery({ queryKey: referralKeys.reports, queryFn: () => api.get<{ data: RevisitationReport[] }>('/revisitation-reports').then((r) => r.data) });

/** The citizen's open re-visitation reports (for staff and leaders where they live: the record shows one already sent). */
export const useCitizenRevisitations = (citizenId: string) =>
  useQuery({
    queryKey: referralKeys.citizenReports(citizenId),
    queryFn: () => api.get<{ data: RevisitationReport[] }>(`/citizens/${citizenId}/revisitation-reports`).then((r) => r.data),
  });

export const reportRevisitation = (citizenId: string, whatChanged: string) =>
  api.post<{ data: RevisitationReport }>(`/citizens/${citizenId}/revisitation-reports`, { whatChanged }).then((r) => r.data);

/** The citizens the case worker may refer (Mine borgere). */
export const useMyCitizens = () =>
  useQuery({ queryKey: referralKeys.citizens, queryFn: () => api.get<{ data: CitizenListItem[] }>(`/citizens${query({ limit: 200 })}`).then((r) => r.data) });

export const createReferral = (citizenId: string, body: ReferralRequest & { revisitationReportId?: string | null }) =>
  api.post<{ data: Referral }>(`/citizens/${citizenId}/referrals`, body).then((r) => r.data);
export const updateReferral = (id: string, version: number, body: ReferralRequest) =>
  api.patch<{ data: Referral }>(`/referrals/${id}`, { ...body, version }).then((r) => r.data);
export const uploadDocument = (referralId: string, file: File) =>
  api.upload<{ data: ReferralDocument }>(`/referrals/${referralId}/documents${query({ fileName: file.name })}`, file).then((r) => r.data);
