import { useQuery } from '@tanstack/react-query';
import { api, query } from '../../api/client';
import type {
  AdverseEvent, AdverseEventListItem, AdverseEventStatus, IncidentDashboard, IncidentOptions, ReportAdverseEventInput, ReportViolenceInput, ViolenceIncident,
} from '../../../contracts/incidents';

export type { AdverseEvent, AdverseEventListItem, AdverseEventStatus, IncidentDashboard, ViolenceIncident };
export type IncidentOptionsData = IncidentOptions['data'];
/** A report as the form sends it (the server checks it again). */
export type ReportAdverseEventRequest = Omit<ReportAdverseEventInput, 'consequenceNote' | 'prevention' | 'comments' | 'location' | 'involvedLocations' | 'medicine'> &
  Partial<Pick<ReportAdverseEventInput, 'consequenceNote' | 'prevention' | 'comments' | 'location' | 'involvedLocations' | 'medicine'>>;
export type ReportViolenceRequest = Omit<ReportViolenceInput, 'injury' | 'absenceDays'> & Partial<Pick<ReportViolenceInput, 'injury' | 'absenceDays'>>;

export const incidentKeys = {
  all: ['incidents'] as const,
  events: (citizenId?: string) => ['incidents', 'events', citizenId ?? 'all'] as const,
  event: (id: string) => ['incidents', 'event', id] as const,
  violence: ['incidents', 'violence'] as const,
  options: ['incidents', 'options'] as const,
  dashboard: ['incidents', 'dashboard'] as const,
};

export function useAdverseEvents(citizenId?: string) {
  return useQuery({
    queryKey: incidentKeys.events(citizenId),
    queryFn: () => api.get<{ data: AdverseEventListItem[] }>(`/adverse-events${query({ citizenId })}`).then((r) => r.data),
  });
}

export function useAdverseEvent(id: string) {
  return useQuery({ queryKey: incidentKeys.event(id), queryFn: () => api.get<{ data: AdverseEvent }>(`/adverse-events/${id}`).then((r) => r.data) });
}

export function useViolence() {
  return useQuery({ queryKey: incidentKeys.violence, queryFn: () => api.get<{ data: ViolenceIncident[] }>('/violence-incidents').then((r) => r.data) });
}

/** The severity matrix and the units the user reports on (with their staff and citizens). */
export function useIncidentOptions() {
  return useQuery({ queryKey: incidentKeys.options, queryFn: () => api.get<IncidentOptions>('/incidents/options').then((r) => r.data) });
}

export function useDashboard() {
  return useQuery({ queryKey: incidentKeys.dashboard, queryFn: () => api.get<IncidentDashboard>('/incidents/dashboard').then((r) => r.data) });
}

export const reportAdverseEvent = (input: ReportAdverseEventRequest) => api.post<{ data: AdverseEvent }>('/adverse-events', input).then((r) => r.data);
export const followUpAdverseEvent = (id: string, input: { version: number; status: AdverseEventStatus; learning: string; actions: string }) =>
  api.patch<{ data: AdverseEvent }>(`/adverse-events/${id}/follow-up`, input).then((r) => r.data);
export const reportViolence = (input: ReportViolenceRequest) => api.post<{ data: ViolenceIncident }>('/violence-incidents', input).then((r) => r.data);
export const recordWorkAccident = (id: string, input: { version: number; reportedOn: string }) =>
  api.patch<{ data: ViolenceIncident }>(`/violence-incidents/${id}/work-accident`, input).then((r) => r.data);
