import { z } from 'zod';
import { exportKinds } from './kinds.js';

/** POST /exports: which export, and its request as that export's own schema validates it. */
const requests = Object.values(exportKinds).map((def) =>
  z.strictObject({ kind: z.literal(def.entity), params: def.asJob.params.prefault({}) }),
);
export const ExportRequest = z.discriminatedUnion('kind', requests as [(typeof requests)[number], ...typeof requests], {
  error: (issue) => (issue.code === 'invalid_union' ? 'Ukendt slags eksport.' : undefined),
});

export const ExportParams = z.strictObject({ exportId: z.uuid('Ukendt eksport.') });

export const ExportStatus = z.enum(['queued', 'running', 'done', 'failed', 'expired']);

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
export const ExportJobList = z.object({ data: z.array(ExportJobView) });
