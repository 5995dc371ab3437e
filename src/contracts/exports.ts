/** Large exports as background jobs: asked for, followed, downloaded by the requester alone. */
import { z } from 'zod';
import { dataOf } from './common.js';

export const ExportParams = z.strictObject({ exportId: z.uuid('Ukendt eksport.') });

export const ExportStatus = z.enum(['queued', 'running', 'done', 'failed', 'expired']);
export type ExportStatus = z.infer<typeof ExportStatus>;

/** An export job as its requester sees it. */
export const ExportJobView = z.object({
  id: z.uuid(),
  kind: z.string(),
  status: ExportStatus,
  /** 0–100: queued 0, read 50, file ready 100. */
  progress: z.number().int(),
  fileName: z.string().nullable(),
  /** Why it failed, in Danish; null otherwise. */
  error: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  expiresAt: z.string(),
  /** Where to fetch the file, once it is done and until it expires. */
  downloadUrl: z.string().nullable(),
});

export const ExportAccepted = z.object({ id: z.uuid(), status: ExportStatus });
export type ExportAccepted = z.infer<typeof ExportAccepted>;
export type ExportJobView = z.infer<typeof ExportJobView>;
export const ExportJobList = dataOf(z.array(ExportJobView));
