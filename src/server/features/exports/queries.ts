import type { Db, Queryable } from '../../db/index.js';
import type { RequestCtx } from '../../context.js';
import type { ExportFile } from '../../exports/index.js';

/** An export job without its file. */
export interface ExportJobRow {
  id: string;
  kind: string;
  status: 'queued' | 'running' | 'done' | 'failed' | 'expired';
  progress: number;
  file_name: string | null;
  error: string | null;
  citizen_ids: string[];
  created_at: Date | string;
  finished_at: Date | string | null;
  expires_at: Date | string;
  /** Past its time, whether or not the daily clean-up has removed the file yet. */
  expired: boolean;
}

const JOB_COLUMNS = `id, kind, status, progress, file_name, error, citizen_ids, created_at, finished_at, expires_at,
  (status = 'expired' OR expires_at <= now()) AS expired`;

/** At most this many of a user's exports wait or run at once. */
export const MAX_UNFINISHED_PER_USER = 3;

/**
 * Queues an export in the actor's name, unless they already have `MAX_UNFINISHED_PER_USER` waiting
 * or running (then null). The actor's lock makes two requests at once count each other.
 */
export async function insertExportJob(tx: Queryable, ctx: RequestCtx, kind: string, params: unknown, keepDays = 1): Promise<{ id: string; status: 'queued' } | null> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('export_jobs:' || $1, 0))`, [ctx.actor.userId]);
  const [{ unfinished }] = await tx.query<{ unfinished: number }>(
    `SELECT count(*)::int AS unfinished FROM export_jobs
      WHERE municipality_id = $1 AND requested_by = $2 AND status IN ('queued', 'running') AND expires_at > now()`,
    [ctx.actor.municipalityId, ctx.actor.userId],
  );
  if (unfinished >= MAX_UNFINISHED_PER_USER) return null;
  const [row] = await tx.query<{ id: string; status: 'queued' }>(
    `INSERT INTO export_jobs (municipality_id, requested_by, kind, params, ip, via_admin_password, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(days => $7)) RETURNING id, status`,
    [ctx.actor.municipalityId, ctx.actor.userId, kind, JSON.stringify(params), ctx.ip, ctx.viaAdminPassword ?? false, keepDays],
  );
  return row;
}

/** One of the actor's own exports (another user's, or another municipality's, is not there). */
export async function getOwnExportJob(tx: Queryable, ctx: RequestCtx, id: string): Promise<ExportJobRow | undefined> {
  const [row] = await tx.query<ExportJobRow>(
    `SELECT ${JOB_COLUMNS} FROM export_jobs WHERE municipality_id = $1 AND id = $2 AND requested_by = $3`,
    [ctx.actor.municipalityId, id, ctx.actor.userId],
  );
  return row;
}

/** The file of one of the actor's own finished exports. */
export async function getOwnExportFile(tx: Queryable, ctx: RequestCtx, id: string): Promise<ExportFile | undefined> {
  const [row] = await tx.query<{ file_name: string; content_type: string; file: Uint8Array }>(
    `SELECT file_name, content_type, file FROM export_jobs
      WHERE municipality_id = $1 AND id = $2 AND requested_by = $3 AND file IS NOT NULL`,
    [ctx.actor.municipalityId, id, ctx.actor.userId],
  );
  return row && { fileName: row.file_name, contentType: row.content_type, body: Buffer.from(row.file) };
}

/** The actor's own exports, newest first. */
export async function listOwnExportJobs(tx: Queryable, ctx: RequestCtx, limit: number): Promise<ExportJobRow[]> {
  return tx.query<ExportJobRow>(
    `SELECT ${JOB_COLUMNS} FROM export_jobs WHERE municipality_id = $1 AND requested_by = $2 ORDER BY created_at DESC, id LIMIT $3`,
    [ctx.actor.municipalityId, ctx.actor.userId, limit],
  );
}

/** What a job needs to run an export in its requester's name. */
export interface ClaimedExport {
  requested_by: string;
  kind: string;
  params: unknown;
  ip: string | null;
  via_admin_password: boolean;
}

/**
 * Marks a waiting export running and hands over its request, or undefined when there is nothing to
 * do (finished, expired or gone). A job run again after a crash takes up its export again. Runs as
 * the connection's own role: the requester, and so the tenant context, is known only from the row.
 */
export async function claimExportJob(db: Db, municipalityId: string, id: string): Promise<ClaimedExport | undefined> {
  const [row] = await db.query<ClaimedExport>(
    `UPDATE export_jobs SET status = 'running', progress = 10
      WHERE municipality_id = $1 AND id = $2 AND status IN ('queued', 'running') AND expires_at > now()
      RETURNING requested_by, kind, params, ip, via_admin_password`,
    [municipalityId, id],
  );
  return row;
}

/** The read is done (in its audited transaction): which citizens the file will hold. */
export async function recordExportRead(tx: Queryable, ctx: RequestCtx, id: string, citizenIds: string[]): Promise<void> {
  await tx.query(`UPDATE export_jobs SET progress = 50, citizen_ids = $3::uuid[] WHERE municipality_id = $1 AND id = $2`, [
    ctx.actor.municipalityId, id, citizenIds,
  ]);
}

/** Stores the finished file: the export is done, in one statement with its file. */
export async function finishExportJob(tx: Queryable, ctx: RequestCtx, id: string, file: ExportFile): Promise<void> {
  await tx.query(
    `UPDATE export_jobs SET status = 'done', progress = 100, file_name = $3, content_type = $4, file = $5, finished_at = now()
      WHERE municipality_id = $1 AND id = $2 AND status = 'running'`,
    [ctx.actor.municipalityId, id, file.fileName, file.contentType, file.body],
  );
}

/** Marks an export failed with a reason its requester may read; it has no file. */
export async function failExportJob(db: Db, municipalityId: string, id: string, error: string): Promise<void> {
  await db.query(
    `UPDATE export_jobs SET status = 'failed', error = $3, file = NULL, finished_at = now()
      WHERE municipality_id = $1 AND id = $2 AND status IN ('queued', 'running')`,
    [municipalityId, id, error],
  );
}
