import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type {
  ForecastJobView, ForecastModelView, ForecastRequest, ForecastResult, InsightUnit, LadderFlowView, PlannedPlace, PlannedPlaceInput, PlannedPlaces,
} from '../../../contracts/visitation-insight';

export type { ForecastModelView, ForecastRequest, ForecastResult, InsightUnit, LadderFlowView, PlannedPlace };
export type FlowParams = { from: string; to: string; unitId: string; baseYear: string };

export const insightKeys = {
  units: ['visitationInsight', 'units'] as const,
  flow: (p: FlowParams) => ['visitationInsight', 'flow', p] as const,
  model: ['visitationInsight', 'model'] as const,
  planned: ['visitationInsight', 'planned'] as const,
  job: (id: string) => ['visitationInsight', 'job', id] as const,
};

export const useInsightUnits = () =>
  useQuery({ queryKey: insightKeys.units, queryFn: () => api.get<{ data: InsightUnit[] }>('/visitation-insight/units').then((r) => r.data) });

export const useLadderFlow = (p: FlowParams | null) =>
  useQuery({
    queryKey: insightKeys.flow(p ?? { from: '', to: '', unitId: '', baseYear: '' }),
    queryFn: () =>
      api.get<{ data: LadderFlowView }>(`/visitation-insight/ladder-flow?${new URLSearchParams(Object.entries(p!).filter(([, v]) => v !== ''))}`).then((r) => r.data),
    enabled: p !== null,
    retry: false,
  });

export const useForecastModel = () =>
  useQuery({ queryKey: insightKeys.model, queryFn: () => api.get<{ data: ForecastModelView }>('/visitation-insight/forecast/model').then((r) => r.data) });

export const runForecast = (body: ForecastRequest) => api.post<{ data: ForecastResult }>('/visitation-insight/forecast', body).then((r) => r.data);
export const startForecastJob = (body: ForecastRequest) => api.post<{ id: string }>('/visitation-insight/forecast/jobs', body);

/** A long forecast, polled each second until it is done or failed. */
export const useForecastJob = (id: string | null) =>
  useQuery({
    queryKey: insightKeys.job(id ?? ''),
    queryFn: () => api.get<ForecastJobView>(`/visitation-insight/forecast/jobs/${id}`),
    enabled: id !== null,
    refetchInterval: (q) => (q.state.data && !['queued', 'running'].includes(q.state.data.status) ? false : 1000),
  });

export const usePlannedPlaces = () =>
  useQuery({ queryKey: insightKeys.planned, queryFn: () => api.get<PlannedPlaces>('/visitation-insight/planned-places') });
export const addPlannedPlace = (body: PlannedPlaceInput) => api.post<{ data: PlannedPlace }>('/visitation-insight/planned-places', body).then((r) => r.data);
export const removePlannedPlace = (id: string) => api.delete<null>(`/visitation-insight/planned-places/${id}`);
