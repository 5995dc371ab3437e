import { useQuery, type QueryClient } from '@tanstack/react-query';
import { api, query } from '../../api/client';
import type { Catalogue } from '../../../contracts/catalogue';
import type {
  Assessment,
  AssessmentRequest,
  FfbCodes,
  FollowUpRecorded,
  FollowUpRequest,
  Goal,
  GoalCreateRequest,
  GoalDetail,
  GoalPatchRequest,
  GoalStatus,
  Wish,
  WishBody,
} from '../../../contracts/plans.js';

/** A goal edit without the version: updateGoal adds the one the client read. */
export type GoalChanges = Omit<GoalPatchRequest, 'version'>;
import { citizenKeys } from '../citizens/api';

export const planKeys = {
  goals: (citizenId: string, status = '') => ['goals', citizenId, status] as const,
  goal: (goalId: string) => ['goal', goalId] as const,
  catalogue: ['catalogue'] as const,
  ffbCodes: ['ffb-codes'] as const,
  wishes: (citizenId: string) => ['wishes', citizenId] as const,
  assessments: (citizenId: string) => ['assessments', citizenId] as const,
};

/** FFB's conditions (with their areas) and statuses on a service; reference data, kept for the session. */
export function useFfbCodes() {
  return useQuery({
    queryKey: planKeys.ffbCodes,
    queryFn: () => api.get<{ data: FfbCodes }>('/ffb-codes').then((r) => r.data),
    staleTime: Infinity,
  });
}

export function useWishes(citizenId: string) {
  return useQuery({
    queryKey: planKeys.wishes(citizenId),
    queryFn: () => api.get<{ data: Wish[] }>(`/citizens/${citizenId}/wishes`).then((r) => r.data),
  });
}

export const addWish = (citizenId: string, input: WishBody) =>
  api.post<{ data: Wish }>(`/citizens/${citizenId}/wishes`, input).then((r) => r.data);

export const updateWish = (wish: Wish, changes: Partial<WishBody>) =>
  api.patch<{ data: Wish }>(`/wishes/${wish.id}`, { version: wish.version, ...changes }).then((r) => r.data);

export function useAssessments(citizenId: string) {
  return useQuery({
    queryKey: planKeys.assessments(citizenId),
    queryFn: () => api.get<{ data: Assessment[] }>(`/citizens/${citizenId}/assessments`).then((r) => r.data),
  });
}

export const addAssessment = (citizenId: string, input: AssessmentRequest) =>
  api.post<{ data: Assessment }>(`/citizens/${citizenId}/assessments`, input).then((r) => r.data);

/** A citizen's goals; `status` narrows to one status (the note form asks for the active ones). */
export function useGoals(citizenId: string, status?: GoalStatus, enabled = true) {
  return useQuery({
    queryKey: planKeys.goals(citizenId, status),
    queryFn: () => api.get<{ data: Goal[] }>(`/citizens/${citizenId}/goals${query({ status })}`).then((r) => r.data),
    enabled,
  });
}

export function useGoal(goalId: string) {
  return useQuery({
    queryKey: planKeys.goal(goalId),
    queryFn: () => api.get<{ data: GoalDetail }>(`/goals/${goalId}`).then((r) => r.data),
  });
}

/** The code lists for the pickers; they change rarely, so kept for the session. */
export function useCatalogue() {
  return useQuery({
    queryKey: planKeys.catalogue,
    queryFn: () => api.get<Catalogue>('/catalogue'),
    staleTime: Infinity,
  });
}

export const createGoal = (citizenId: string, input: GoalCreateRequest) =>
  api.post<{ data: Goal }>(`/citizens/${citizenId}/goals`, input).then((r) => r.data);

export const updateGoal = (goal: Goal, changes: GoalChanges) =>
  api.patch<{ data: Goal }>(`/goals/${goal.id}`, { version: goal.version, ...changes }).then((r) => r.data);

export const setGoalStatus = (goal: Goal, status: GoalStatus, reason: string) =>
  api.post<{ data: Goal }>(`/goals/${goal.id}/status`, { version: goal.version, status, ...(reason ? { reason } : {}) }).then((r) => r.data);

export const addFollowUp = (goalId: string, input: FollowUpRequest) =>
  api.post<{ data: FollowUpRecorded }>(`/goals/${goalId}/follow-ups`, input).then((r) => r.data);

/** After a goal changes: its detail, the citizen's plan and the lists showing next follow-ups. */
export function invalidateAfterGoalChange(qc: QueryClient, goal: Pick<Goal, 'id' | 'citizenId'>) {
  void qc.invalidateQueries({ queryKey: planKeys.goal(goal.id) });
  void qc.invalidateQueries({ queryKey: ['goals', goal.citizenId] });
  void qc.invalidateQueries({ queryKey: citizenKeys.all });
  void qc.invalidateQueries({ queryKey: planKeys.assessments(goal.citizenId) });
}
