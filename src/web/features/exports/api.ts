import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ExportAccepted, ExportJobView as ExportJob, ExportStatus } from '../../../contracts/exports';

export type { ExportJob };

export const isUnderWay = (status: ExportStatus) => status === 'queued' || status === 'running';

/** Asks the server to make an export in the background. */
export const startExport = (kind: string, params: Record<string, unknown>) =>
  api.post<ExportAccepted>('/exports', { kind, params });

/** The export's progress, asked for every second until it is no longer under way. */
export function useExportJob(id: string | undefined) {
  return useQuery({
    queryKey: ['exports', id],
    queryFn: () => api.get<ExportJob>(`/exports/${id}`),
    enabled: id !== undefined,
    refetchInterval: (query) => (query.state.data && !isUnderWay(query.state.data.status) ? false : 1000),
  });
}
