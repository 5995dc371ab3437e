import { useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Citizen, Relative } from '../../../contracts/citizens';
import type { Intervention } from '../../../contracts/placements';
import { occupancyKeys } from '../occupancy/api';
import { citizenKeys } from './api';

export interface CitizenPatch {
  version: number;
  firstName?: string;
  lastName?: string;
  targetGroupCodes?: string[];
  contactPersonId?: string | null;
}

export const updateCitizen = (id: string, input: CitizenPatch) =>
  api.patch<{ data: Citizen }>(`/citizens/${id}`, input).then((r) => r.data);

export interface NewCitizenInput {
  cpr: string;
  firstName: string;
  lastName: string;
  targetGroupCodes: string[];
  placement?: { placeId: string; kindCode: string; startDate: string };
}

export const createCitizen = (input: NewCitizenInput) => api.post<{ data: Citizen }>('/citizens', input).then((r) => r.data);

export interface RelativeInput {
  name: string;
  relation: string;
  phone?: string;
  consentToShare: boolean;
  note?: string;
}

export const addRelative = (citizenId: string, input: RelativeInput) =>
  api.post<{ data: Relative }>(`/citizens/${citizenId}/relatives`, input).then((r) => r.data);

export const updateRelative = (citizenId: string, relativeId: string, input: RelativeInput & { version: number }) =>
  api.patch<{ data: Relative }>(`/citizens/${citizenId}/relatives/${relativeId}`, input).then((r) => r.data);

export const removeRelative = (citizenId: string, relativeId: string) =>
  api.delete<unknown>(`/citizens/${citizenId}/relatives/${relativeId}`);

export interface InterventionInput {
  kindCode: string;
  legalBasis?: string;
  placeId?: string;
  startDate: string;
}

export const startIntervention = (citizenId: string, input: InterventionInput) =>
  api.post<{ data: Intervention }>(`/citizens/${citizenId}/interventions`, input).then((r) => r.data);

export const endIntervention = (id: string, input: { version: number; endDate: string }) =>
  api.post<{ data: Intervention }>(`/interventions/${id}/end`, input).then((r) => r.data);

/** After a write: the citizen (ladder, placement, relatives), the lists and the occupancy figures are refetched. */
export function useRefreshCitizen() {
  const qc = useQueryClient();
  return (citizenId: string) => {
    void qc.invalidateQueries({ queryKey: citizenKeys.detail(citizenId) });
    void qc.invalidateQueries({ queryKey: ['citizens', 'list'] });
    void qc.invalidateQueries({ queryKey: occupancyKeys.facilities });
    void qc.invalidateQueries({ queryKey: ['facility'] });
  };
}
