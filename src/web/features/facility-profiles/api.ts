import { useQuery, type QueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { OrgUnitProfile, PublicDescription, PutProfileRequest } from '../../../contracts/facility-profiles.js';

export type { OrgUnitProfile, PublicDescription, PutProfileRequest };

export const profileKeys = {
  all: ['facilityProfiles'] as const,
  profile: (id: string) => ['facilityProfiles', 'profile', id] as const,
  description: (id: string) => ['facilityProfiles', 'description', id] as const,
};

/** A facility's or unit's profile: its own fields, its facility's, the merged one and its places' approvals and standards. */
export const useProfile = (orgUnitId: string) =>
  useQuery({ queryKey: profileKeys.profile(orgUnitId), queryFn: () => api.get<{ data: OrgUnitProfile }>(`/org-units/${orgUnitId}/profile`).then((r) => r.data) });

/** The public description, shaped like Tilbudsportalen's published facts. */
export const usePublicDescription = (orgUnitId: string) =>
  useQuery({
    queryKey: profileKeys.description(orgUnitId),
    queryFn: () => api.get<{ data: PublicDescription }>(`/org-units/${orgUnitId}/public-description`).then((r) => r.data),
  });

/** Saves the whole profile with the version read (0: the first save); a stale one answers 409. */
export const saveProfile = (orgUnitId: string, body: PutProfileRequest) =>
  api.put<{ data: OrgUnitProfile }>(`/org-units/${orgUnitId}/profile`, body).then((r) => r.data);

/** After a save (or a 409): every profile and description, since a facility's change shows on its units. */
export const invalidateProfiles = (qc: QueryClient) => void qc.invalidateQueries({ queryKey: profileKeys.all });
