import { useQuery } from '@tanstack/react-query';
import { api, query } from '../../api/client';
import type { CitizenVisits, PlanVisitInput, TeamOverview, Visit, VisitTeam } from '../../../contracts/visits';

export type { Visit, VisitTeam, TeamOverview };
/** How a visit went, as the form sends it (the server checks it again). */
export interface RecordVisitRequest {
  version: number;
  status: 'done' | 'cancelled' | 'not_home';
  startTime?: string;
  endTime?: string;
  staffIds?: string[];
  note: string;
}
export type PlanVisitRequest = PlanVisitInput;

export const visitKeys = {
  citizen: (citizenId: string) => ['visits', 'citizen', citizenId] as const,
  teams: ['visits', 'teams'] as const,
  team: (unitId: string, days: number) => ['visits', 'team', unitId, days] as const,
};

/** A citizen's visits, newest first, and the teams the user may plan one on. */
export function useCitizenVisits(citizenId: string) {
  return useQuery({
    queryKey: visitKeys.citizen(citizenId),
    queryFn: () => api.get<CitizenVisits>(`/citizens/${citizenId}/visits`).then((r) => r.data),
  });
}

/** The home-support teams the user works on or leads. */
export function useVisitTeams() {
  return useQuery({
    queryKey: visitKeys.teams,
    queryFn: () => api.get<{ data: Array<{ id: string; name: string; facilityName: string; citizens: number }> }>('/visit-teams').then((r) => r.data),
  });
}

/** A team's overview: its citizens' last and next visits, and this week's visits. */
export function useTeamOverview(unitId: string, days: number) {
  return useQuery({
    queryKey: visitKeys.team(unitId, days),
    queryFn: () => api.get<TeamOverview>(`/visit-teams/${unitId}${query({ days })}`).then((r) => r.data),
    enabled: unitId !== '',
  });
}

export const planVisit = (citizenId: string, input: PlanVisitRequest) =>
  api.post<{ data: Visit }>(`/citizens/${citizenId}/visits`, input).then((r) => r.data);

export const recordVisit = (visitId: string, input: RecordVisitRequest) =>
  api.post<{ data: Visit }>(`/visits/${visitId}/record`, input).then((r) => r.data);
