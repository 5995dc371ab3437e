import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { FacilityDetail, FacilitySummary } from '../../../contracts/organisation.js';

export const occupancyKeys = {
  facilities: ['facilities'] as const,
  facility: (id: string) => ['facility', id] as const,
};

/** The facilities whose occupancy the user may read. */
export function useFacilities() {
  return useQuery({
    queryKey: occupancyKeys.facilities,
    queryFn: () => api.get<{ data: FacilitySummary[] }>('/facilities').then((r) => r.data),
  });
}

/** One facility with its units, places and occupancy now and over the last 365 days. */
export function useFacility(id: string, enabled = true) {
  return useQuery({
    queryKey: occupancyKeys.facility(id),
    queryFn: () => api.get<{ data: FacilityDetail }>(`/facilities/${id}`).then((r) => r.data),
    enabled: enabled && id !== '',
  });
}
