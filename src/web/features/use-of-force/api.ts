import { useQuery } from '@tanstack/react-query';
import { api, query } from '../../api/client';
import type {
  ChangeDeadlineInput, CitizenUseOfForce, Decision, DeadlineList, DeadlineRule, FormVersion, LeaderReports, RecordDecisionInput, RegisterUseInput, Report,
} from '../../../contracts/use-of-force';

export type { Decision, DeadlineRule, FormVersion, Report };
export type Answers = Record<string, string | number>;
export interface RegisterReportRequest {
  formCode: string;
  occurredAt: string;
  measures: string[];
  decisionId?: string;
  answers: Answers;
}
export interface RelativesInformedRequest {
  informedOn: string;
  whom: string;
  how: 'phone' | 'meeting' | 'letter' | 'email';
  note: string;
}

export const forceKeys = {
  all: ['useOfForce'] as const,
  forms: ['useOfForce', 'forms'] as const,
  citizen: (citizenId: string) => ['useOfForce', 'citizen', citizenId] as const,
  report: (reportId: string) => ['useOfForce', 'report', reportId] as const,
  leader: (overdue: boolean) => ['useOfForce', 'leader', overdue] as const,
  deadlines: ['useOfForce', 'deadlines'] as const,
};

/** The forms in force today, with their fields and measures (reference data). */
export const useForms = () =>
  useQuery({ queryKey: forceKeys.forms, queryFn: () => api.get<{ data: FormVersion[] }>('/use-of-force/forms').then((r) => r.data), staleTime: 60 * 60_000 });

export const useCitizenUseOfForce = (citizenId: string) =>
  useQuery({ queryKey: forceKeys.citizen(citizenId), queryFn: () => api.get<CitizenUseOfForce>(`/citizens/${citizenId}/use-of-force`).then((r) => r.data) });

export const useReport = (reportId: string) =>
  useQuery({ queryKey: forceKeys.report(reportId), queryFn: () => api.get<{ data: Report }>(`/use-of-force/reports/${reportId}`).then((r) => r.data) });

export const useLeaderReports = (overdue: boolean) =>
  useQuery({ queryKey: forceKeys.leader(overdue), queryFn: () => api.get<LeaderReports>(`/use-of-force/reports${query({ overdue: overdue ? 'true' : undefined })}`).then((r) => r.data) });

export const useDeadlines = () =>
  useQuery({ queryKey: forceKeys.deadlines, queryFn: () => api.get<DeadlineList>('/use-of-force/deadlines').then((r) => r.data) });

export const registerReport = (citizenId: string, body: RegisterReportRequest) =>
  api.post<{ data: Report }>(`/citizens/${citizenId}/use-of-force/reports`, body).then((r) => r.data);
export const forwardReport = (reportId: string, version: number, statement: string) =>
  api.post<{ data: Report }>(`/use-of-force/reports/${reportId}/forward`, { version, statement }).then((r) => r.data);
export const informRelatives = (reportId: string, body: RelativesInformedRequest) =>
  api.post<{ data: Report }>(`/use-of-force/reports/${reportId}/relatives`, body).then((r) => r.data);
export const recordDecision = (citizenId: string, body: RecordDecisionInput) =>
  api.post<{ data: Decision }>(`/citizens/${citizenId}/use-of-force/decisions`, body).then((r) => r.data);
export const registerUse = (decisionId: string, body: RegisterUseInput) =>
  api.post<{ data: Decision }>(`/use-of-force/decisions/${decisionId}/uses`, body).then((r) => r.data);
export const changeDeadline = (rule: DeadlineRule['rule'], body: ChangeDeadlineInput) =>
  api.patch<{ data: DeadlineRule }>(`/use-of-force/deadlines/${rule}`, body).then((r) => r.data);
