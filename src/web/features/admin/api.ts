import { useQuery, type QueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { OrgKind, OrgUnit, Place, RoleAssignment, User } from '../../api/leader-types';
import { leaderKeys } from '../leader/api';

export const adminKeys = {
  users: ['users'] as const,
};

/** Everyone the admin keeps, inactive users too, by name. */
export function useUsers() {
  return useQuery({
    queryKey: adminKeys.users,
    queryFn: () => api.get<{ data: User[] }>('/users').then((r) => r.data),
  });
}

export const createOrgUnit = (input: { parentId: string; kind: OrgKind; name: string }) =>
  api.post<{ data: OrgUnit }>('/org-units', input).then((r) => r.data);

export interface OrgUnitChanges {
  name?: string;
  active?: boolean;
  followUpIntervalMonths?: number;
}

/** Names the version the admin read; a stale one answers 409. */
export const updateOrgUnit = (unit: Pick<OrgUnit, 'id' | 'version'>, changes: OrgUnitChanges) =>
  api.patch<{ data: OrgUnit }>(`/org-units/${unit.id}`, { version: unit.version, ...changes }).then((r) => r.data);

export interface PlaceInput {
  name: string;
  legalBasis: string;
  targetGroupCodes: string[];
  /** The first day the place counts towards occupancy (YYYY-MM-DD). */
  activeFrom: string;
}

export const createPlace = (unitId: string, input: PlaceInput) => api.post<{ data: Place }>('/places', { unitId, ...input }).then((r) => r.data);

export const updatePlace = (place: Pick<Place, 'id' | 'version'>, changes: Partial<PlaceInput> & { active?: boolean }) =>
  api.patch<{ data: Place }>(`/places/${place.id}`, { version: place.version, ...changes }).then((r) => r.data);

export interface NewUserInput {
  username: string;
  displayName: string;
  password: string;
  roles: RoleAssignment[];
}

export const createUser = (input: NewUserInput) => api.post<{ data: User }>('/users', input).then((r) => r.data);

export const updateUser = (user: Pick<User, 'id' | 'version'>, changes: { displayName?: string; active?: boolean; roles?: RoleAssignment[]; password?: string }) =>
  api.patch<{ data: User }>(`/users/${user.id}`, { version: user.version, ...changes }).then((r) => r.data);

/** After the tree or a place changes: the tree (a saved unit shown at once), the facilities' figures and details. */
export function invalidateOrganisation(qc: QueryClient, saved?: OrgUnit) {
  if (saved) qc.setQueryData<OrgUnit[]>(leaderKeys.orgUnits, (list) => list?.map((u) => (u.id === saved.id ? saved : u)));
  void qc.invalidateQueries({ queryKey: leaderKeys.orgUnits });
  void qc.invalidateQueries({ queryKey: leaderKeys.facilities });
  void qc.invalidateQueries({ queryKey: ['facility'] });
}

/** After a user changes: show the saved record at once (a new one in name order), then fetch the list again. */
export function invalidateUsers(qc: QueryClient, saved?: User) {
  if (saved) {
    qc.setQueryData<User[]>(adminKeys.users, (list) =>
      list && [...list.filter((u) => u.id !== saved.id), saved].sort((a, b) => a.displayName.localeCompare(b.displayName, 'da')),
    );
  }
  void qc.invalidateQueries({ queryKey: adminKeys.users });
}
