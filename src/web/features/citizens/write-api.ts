import { useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Citizen, CitizenPatch, NewCitizenRequest, NewRelativeRequest, Relative, RelativePatch } from '../../../contracts/citizens';
import type { CitizenIntervention, EndInterventionInput, StartInterventionRequest } from '../../../contracts/placements';
import { occupancyKeys } from '../occupancy/api';
import { citizenKeys } from './api';

export const updateCitizen = (id: string, input: CitizenPatch) =>
  api.patch<{ data: Citizen }>(`/citizens/${id}`, input).then((r) => r.data);

export const createCitizen = (input: NewCitizenRequest) => api.post<{ data: Citizen }>('/citizens', input).then((r) => r.data);

export const addRelative = (citizenId: string, input: NewRelativeRequest) =>
  api.post<{ data: Relative }>(`/citizens/${citizenId}/relatives`, input).then((r) => r.data);

export const updateRelative = (citizenId: string, relativeId: string, input: RelativePatch) =>
  api.patch<{ data: Relative }>(`/citizens/${citizenId}/relatives/${relativeId}`, input).then((r) => r.data);

export const removeRelative = (citizenId: string, relativeId: string) =>
  api.delete<unknown>(`/citizens/${citizenId}/relatives/${relativeId}`);

export const startIntervention = (citizenId: string, input: StartInterventionRequest) =>
  api.post<{ data: CitizenIntervention }>(`/citizens/${citizenId}/interventions`, input).then((r) => r.data);

export const endIntervention = (id: string, input: EndInterventionInput) =>
  api.post<{ data: CitizenIntervention }>(`/interventions/${id}/end`, input).then((r) => r.data);

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
