import { useQuery, type QueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { CreateOrgUnitRequest, OccupancyTargets, OrgUnit, OrgUnitMove, Place, SetTargetInput, UpdateOrgUnitRequest } from '../../../contracts/organisation.js';
import { occupancyKeys } from '../occupancy/api';

export const organisationKeys = {
  orgUnits: ['org-units'] as const,
  moves: (id: string) => ['org-unit-moves', id] as const,
  targets: (id: string) => ['occupancy-targets', id] as const,
};

/** The municipality's organisation tree (names only; every signed-in user may read it). */
export function useOrgUnits() {
  return useQuery({
    queryKey: organisationKeys.orgUnits,
    queryFn: () => api.get<{ data: OrgUnit[] }>('/org-units').then((r) => r.data),
  });
}

/** How deep a unit sits in the tree: 0 for the municipality. */
export const depthOf = (unit: Pick<OrgUnit, 'path'>) => unit.path.split('/').filter(Boolean).length - 1;

export const createOrgUnit = (input: CreateOrgUnitRequest) =>
  api.post<{ data: OrgUnit }>('/org-units', input).then((r) => r.data);

/** A unit edit without the version: updateOrgUnit adds the one the admin read. */
export type OrgUnitChanges = Omit<UpdateOrgUnitRequest, 'version'>;

/** Names the version the admin read; a stale one answers 409. */
export const updateOrgUnit = (unit: Pick<OrgUnit, 'id' | 'version'>, changes: OrgUnitChanges) =>
  api.patch<{ data: OrgUnit }>(`/org-units/${unit.id}`, { version: unit.version, ...changes }).then((r) => r.data);

export interface PlaceInput {
  name: string;
  legalBasis: string;
  targetGroupCodes: string[];
  /** The first day the place counts towards occupancy (YYYY-MM-DD). */
  activeFrom: string;
  /** The place's physical standard (matching's hard rules read it). */
  wheelchairAccessible: boolean;
  ownBath: boolean;
  ownKitchen: boolean;
  /** m², one decimal; null: not stated. */
  areaM2: number | null;
}

export const createPlace = (unitId: string, input: PlaceInput) => api.post<{ data: Place }>('/places', { unitId, ...input }).then((r) => r.data);

export const updatePlace = (place: Pick<Place, 'id' | 'version'>, changes: Partial<PlaceInput> & { active?: boolean }) =>
  api.patch<{ data: Place }>(`/places/${place.id}`, { version: place.version, ...changes }).then((r) => r.data);

/** After the tree or a place changes: the tree (a saved unit shown at once), the facilities' figures and details. */
export function invalidateOrganisation(qc: QueryClient, saved?: OrgUnit) {
  if (saved) qc.setQueryData<OrgUnit[]>(organisationKeys.orgUnits, (list) => list?.map((u) => (u.id === saved.id ? saved : u)));
  void qc.invalidateQueries({ queryKey: organisationKeys.orgUnits });
  void qc.invalidateQueries({ queryKey: occupancyKeys.facilities });
  void qc.invalidateQueries({ queryKey: ['facility'] });
  void qc.invalidateQueries({ queryKey: ['org-unit-moves'] });
  void qc.invalidateQueries({ queryKey: ['occupancy-targets'] });
}

/** Moves the unit (and its subtree) under `parentId`, naming the version the admin read. */
export const moveOrgUnit = (unit: Pick<OrgUnit, 'id' | 'version'>, parentId: string, effectiveDate: string) =>
  api.post<{ data: OrgUnit }>(`/org-units/${unit.id}/move`, { version: unit.version, parentId, effectiveDate }).then((r) => r.data);

/** A unit's moves, newest first. */
export function useOrgUnitMoves(id: string) {
  return useQuery({
    queryKey: organisationKeys.moves(id),
    queryFn: () => api.get<{ data: OrgUnitMove[] }>(`/org-units/${id}/moves`).then((r) => r.data),
  });
}

/** A unit's own occupancy targets and the ones that apply this year and next. */
export function useOccupancyTargets(id: string) {
  return useQuery({
    queryKey: organisationKeys.targets(id),
    queryFn: () => api.get<{ data: OccupancyTargets }>(`/org-units/${id}/occupancy-targets`).then((r) => r.data),
  });
}

/** Sets (or with null removes) the unit's target for a year. */
export const setOccupancyTarget = (id: string, input: SetTargetInput) =>
  api.post<{ data: OccupancyTargets }>(`/org-units/${id}/occupancy-targets`, input).then((r) => r.data);
