import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Consent, ConsentInput, CrisisPlan, CrisisPlanInput, KeyInfo, Representation, RepresentativeInput, RiskAssessmentInput } from '../../../contracts/key-info';

export const keyInfoKeys = {
  keyInfo: (citizenId: string) => ['key-info', citizenId] as const,
  representation: (citizenId: string) => ['representation', citizenId] as const,
};

/** The plain lists of key information, by their path under the citizen. */
export type ItemList = 'professionals' | 'allergies' | 'aids';

export function useKeyInfo(citizenId: string) {
  return useQuery({
    queryKey: keyInfoKeys.keyInfo(citizenId),
    queryFn: () => api.get<{ data: KeyInfo }>(`/citizens/${citizenId}/key-info`).then((r) => r.data),
    retry: false,
  });
}

export function useRepresentation(citizenId: string) {
  return useQuery({
    queryKey: keyInfoKeys.representation(citizenId),
    queryFn: () => api.get<{ data: Representation }>(`/citizens/${citizenId}/representation`).then((r) => r.data),
    retry: false,
  });
}

/** Refetches the key information and the register after a change. */
export function useRefreshKeyInfo(citizenId: string) {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: keyInfoKeys.keyInfo(citizenId) });
    void qc.invalidateQueries({ queryKey: keyInfoKeys.representation(citizenId) });
  };
}

const under = (citizenId: string, path: string) => `/citizens/${citizenId}/${path}`;

export const addItem = (citizenId: string, list: ItemList, body: Record<string, unknown>) => api.post(under(citizenId, list), body);
export const removeItem = (citizenId: string, list: ItemList | 'representatives', id: string) => api.delete(under(citizenId, `${list}/${id}`));
export const addRiskAssessment = (citizenId: string, body: RiskAssessmentInput) => api.post(under(citizenId, 'risk-assessments'), body);
export const saveCrisisPlan = (citizenId: string, body: CrisisPlanInput) =>
  api.post<{ data: CrisisPlan }>(under(citizenId, 'crisis-plan'), body).then((r) => r.data);
export const addRepresentative = (citizenId: string, body: RepresentativeInput) => api.post(under(citizenId, 'representatives'), body);
export const addConsent = (citizenId: string, body: ConsentInput) => api.post<{ data: Consent }>(under(citizenId, 'consents'), body);
export const withdrawConsent = (citizenId: string, consentId: string, withdrawnOn: string) =>
  api.post<{ data: Consent }>(under(citizenId, `consents/${consentId}/withdraw`), { withdrawnOn });
