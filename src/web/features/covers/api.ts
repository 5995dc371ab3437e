import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '../../api/client';

import type { Cover, CoverableUnit, CoverSettings, StartCoverInput } from '../../../contracts/covers';

export type { Cover, CoverableUnit, StartCoverInput };
/** Whole hours a cover may last until the municipality's setting has loaded (the server checks it). */
export const FALLBACK_MAX_COVER_HOURS = 12;
export const DEFAULT_COVER_HOURS = 8;

/** The municipality's cover rules: the longest cover (up to 16 hours) and how far back it reads the journal. */
export function useCoverSettings() {
  return useQuery({
    queryKey: ['unit-covers', 'settings'] as const,
    queryFn: () => api.get<{ data: CoverSettings }>('/unit-covers/settings').then((r) => r.data),
    staleTime: 30 * 60_000,
  });
}

export const coverKeys = {
  list: ['unit-covers'] as const,
  units: ['unit-covers', 'units'] as const,
};

/** Units of the user's own facility they may cover; empty for those who cannot cover. */
export function useCoverableUnits() {
  return useQuery({
    queryKey: coverKeys.units,
    queryFn: () => api.get<{ data: CoverableUnit[] }>('/unit-covers/units').then((r) => r.data),
    staleTime: 5 * 60_000,
  });
}

/** The user's own covers and those on units they lead, running or ended within a week. */
export function useCovers(enabled = true) {
  return useQuery({
    queryKey: coverKeys.list,
    queryFn: () => api.get<{ data: Cover[] }>('/unit-covers').then((r) => r.data),
    enabled,
  });
}

export const startCover = (input: StartCoverInput) => api.post<{ data: Cover }>('/unit-covers', input).then((r) => r.data);

export const endCover = (id: string) => api.post<{ data: Cover }>(`/unit-covers/${id}/end`).then((r) => r.data);

/**
 * After a cover starts or ends, what the user may see changes everywhere (the session's covers,
 * Mine borgere, Vagtoverlevering, citizen pages), so every query is fetched again. Resolves when
 * the active ones have arrived, so the caller can close its dialog on the new list.
 */
export function useRefreshAfterCover() {
  const qc = useQueryClient();
  return useCallback(() => qc.invalidateQueries(), [qc]);
}
