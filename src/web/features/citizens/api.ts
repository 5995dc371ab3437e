import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, query } from '../../api/client';
import type { Citizen, CitizenListItem } from '../../api/types';

export const citizenKeys = {
  all: ['citizens'] as const,
  list: (q: string, unitId: string) => ['citizens', 'list', q, unitId] as const,
  detail: (id: string) => ['citizens', 'detail', id] as const,
};

/** Mine borgere, optionally narrowed by name or birth date and to one unit; the last list stays while typing. */
export function useCitizenList(q: string, unitId: string) {
  return useQuery({
    queryKey: citizenKeys.list(q, unitId),
    queryFn: () => api.get<{ data: CitizenListItem[] }>(`/citizens${query({ q, unitId, limit: 200 })}`).then((r) => r.data),
    placeholderData: keepPreviousData,
  });
}

/** Search by CPR number: a POST, so the number never appears in a URL. */
export const searchByCpr = (cpr: string) => api.post<{ data: CitizenListItem[] }>('/citizens/search', { cpr }).then((r) => r.data);

export function useCitizen(id: string) {
  return useQuery({
    queryKey: citizenKeys.detail(id),
    queryFn: () => api.get<{ data: Citizen }>(`/citizens/${id}`).then((r) => r.data),
  });
}

/** Shows the full CPR number; the server logs every reveal. */
export const revealCpr = (id: string) => api.post<{ cpr: string }>(`/citizens/${id}/cpr`).then((r) => r.cpr);
