/** Large exports as background jobs: asked for, followed, downloaded by the requester alone. */
import { z } from 'zod';
import { isIsoDate, todayInCopenhagen } from '../domain/dates.js';
import { CareDate, dataOf } from './common.js';

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

// --- Status reports (statusrapport) to the case worker: an export kind whose files are kept and
// listed on the citizen, for its treating staff and its assigned case worker.

/** The status report asked for as an export job: whose, and which period (both days included). */
export const StatusReportRequest = z
  .strictObject({
    citizenId: z.uuid('Ukendt borger.'),
    from: CareDate,
    to: CareDate,
  })
  .refine((p) => !isIsoDate(p.from) || !isIsoDate(p.to) || p.from <= p.to, { message: 'Perioden skal slutte efter den starter.', path: ['to'] })
  .refine((p) => !isIsoDate(p.to) || p.to <= todayInCopenhagen(), { message: 'Perioden kan ikke slutte efter i dag.', path: ['to'] });
export type StatusReportRequest = z.infer<typeof StatusReportRequest>;

export const StatusReportParams = z.strictObject({ citizenId: z.uuid('Ukendt borger.'), reportId: z.uuid('Ukendt statusrapport.') });

/** One status report made for the citizen, as its readers see it in the list. */
export const StatusReportItem = z.object({
  id: z.uuid(),
  status: ExportStatus,
  from: z.string(),
  to: z.string(),
  /** Who made it (display name). */
  madeBy: z.string(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  /** Why it failed (shown to its maker only), in Danish; null otherwise. */
  error: z.string().nullable(),
  fileName: z.string().nullable(),
  /** Where its readers fetch the PDF, once done and until it expires. */
  downloadUrl: z.string().nullable(),
});
export type StatusReportItem = z.infer<typeof StatusReportItem>;

/** The citizen's status reports, newest first, and whether the actor may make one. */
export const StatusReportList = z.object({ data: z.array(StatusReportItem), mayCreate: z.boolean() });
export type StatusReportList = z.infer<typeof StatusReportList>;
