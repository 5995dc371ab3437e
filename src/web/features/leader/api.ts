import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, query } from '../../api/client';
import type { DueList, FacilityDetail, FacilitySummary, OrgUnit, RoleGrant } from '../../api/leader-types';

/** How many days ahead the due list looks. */
export const DUE_DAYS = 14;

export const leaderKeys = {
  due: (orgUnitId: string) => ['due-list', orgUnitId] as const,
  facilities: ['facilities'] as const,
  facility: (id: string) => ['facility', id] as const,
  roleGrants: (id: string) => ['facility', id, 'role-grants'] as const,
  orgUnits: ['org-units'] as const,
};

/** Opfølgninger: overdue and upcoming follow-ups, optionally under one facility or unit. */
export function useDueList(orgUnitId: string) {
  return useQuery({
    queryKey: leaderKeys.due(orgUnitId),
    queryFn: () => api.get<{ data: DueList }>(`/follow-ups/due${query({ days: DUE_DAYS, orgUnitId })}`).then((r) => r.data),
    placeholderData: keepPreviousData,
  });
}

/** The facilities whose occupancy the user may read. */
export function useFacilities() {
  return useQuery({
    queryKey: leaderKeys.facilities,
    queryFn: () => api.get<{ data: FacilitySummary[] }>('/facilities').then((r) => r.data),
  });
}

/** One facility with its units, places and occupancy now and over the last 365 days. */
export function useFacility(id: string, enabled = true) {
  return useQuery({
    queryKey: leaderKeys.facility(id),
    queryFn: () => api.get<{ data: FacilityDetail }>(`/facilities/${id}`).then((r) => r.data),
    enabled: enabled && id !== '',
  });
}

/** The municipality's organisation tree (names only; every signed-in user may read it). */
export function useOrgUnits() {
  return useQuery({
    queryKey: leaderKeys.orgUnits,
    queryFn: () => api.get<{ data: OrgUnit[] }>('/org-units').then((r) => r.data),
  });
}

/** How deep a unit sits in the tree: 0 for the municipality. */
export const depthOf = (unit: Pick<OrgUnit, 'path'>) => unit.path.split('/').filter(Boolean).length - 1;

/** Who was given a role that reads the facility's citizens, by whom and when (for its leaders). */
export function useRoleGrants(facilityId: string) {
  return useQuery({
    queryKey: leaderKeys.roleGrants(facilityId),
    queryFn: () => api.get<{ data: RoleGrant[] }>(`/facilities/${facilityId}/role-grants`).then((r) => r.data),
  });
}
