import type { ExportJobView } from '../../../contracts/exports.js';
import { isoTimestamp } from '../../present.js';
import type { ExportJobRow } from './queries.js';

/** An export as its requester follows it: how far it is, and where the file is once done. */
export function presentExportJob(row: ExportJobRow): ExportJobView {
  const status = row.expired ? 'expired' : row.status;
  return {
    id: row.id,
    kind: row.kind,
    status,
    progress: row.progress,
    fileName: row.file_name,
    error: row.error,
    createdAt: isoTimestamp(row.created_at),
    finishedAt: row.finished_at === null ? null : isoTimestamp(row.finished_at),
    expiresAt: isoTimestamp(row.expires_at),
    downloadUrl: status === 'done' ? `/api/exports/${row.id}/file` : null,
  };
}
