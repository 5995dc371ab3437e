import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';

export type ExportStatus = 'queued' | 'running' | 'done' | 'failed' | 'expired';

/** An export job as its requester follows it (GET /api/exports/:exportId). */
export interface ExportJob {
  id: string;
  kind: string;
  status: ExportStatus;
  progress: number;
  fileName: string | null;
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
  expiresAt: string;
  downloadUrl: string | null;
}

export const isUnderWay = (status: ExportStatus) => status === 'queued' || status === 'running';

/** Asks the server to make an export in the background. */
export const startExport = (kind: string, params: Record<string, unknown>) =>
  api.post<{ id: string; status: ExportStatus }>('/exports', { kind, params });

/** The export's progress, asked for every second until it is no longer under way. */
export function useExportJob(id: string | undefined) {
  return useQuery({
    queryKey: ['exports', id],
    queryFn: () => api.get<ExportJob>(`/exports/${id}`),
    enabled: id !== undefined,
    refetchInterval: (query) => (query.state.data && !isUnderWay(query.state.data.status) ? false : 1000),
  });
}
