import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, query } from '../../api/client';
import type { DueList } from '../../../contracts/plans.js';

/** How many days ahead the due list looks. */
export const DUE_DAYS = 14;

export const dueKeys = {
  due: (orgUnitId: string) => ['due-list', orgUnitId] as const,
};

/** Opfølgninger: overdue and upcoming follow-ups, optionally under one facility or unit. */
export function useDueList(orgUnitId: string) {
  return useQuery({
    queryKey: dueKeys.due(orgUnitId),
    queryFn: () => api.get<{ data: DueList }>(`/follow-ups/due${query({ days: DUE_DAYS, orgUnitId })}`).then((r) => r.data),
    placeholderData: keepPreviousData,
  });
}
