import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { audit, type AuditEntity } from '../audit/index.js';
import { inTenant, requireCtx, type RequestCtx } from '../context.js';
import type { Db, Queryable } from '../db/index.js';

/** A file made from citizen data, to download. */
export interface ExportFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

/** What a read for an export hands on: the data to render and every citizen whose data it holds. */
export interface ExportRead<T> {
  data: T;
  citizenIds: string[];
  /** The entity's id, where the export is of one record (the citizen of a plan). */
  entityId?: string;
  /** Extra facts for the audit row (the filters used). Never a CPR number. */
  detail?: Record<string, unknown>;
}

/**
 * One kind of export. The read runs in the actor's tenant transaction, guarded as any read, and
 * its audit row (action 'export') is written in that same transaction; rendering comes after the
 * commit and needs only the data, so a large export can read and render in a job instead.
 * `P` is the request (plain JSON: a job can carry it).
 */
export interface ExportDefinition<P, T> {
  /** The audit row's entity: 'plan_pdf', 'citizen_list', ... */
  entity: AuditEntity;
  read(tx: Queryable, ctx: RequestCtx, params: P): Promise<ExportRead<T>>;
  render(data: T): Promise<ExportFile>;
  /** Declared by an export that may also run as a job (POST /api/exports, kind = entity). */
  asJob?: ExportJobTerms<P>;
}

/** How an export is asked for as a job. */
export interface ExportJobTerms<P> {
  /** The request's schema (zod, Danish field messages); it must refuse a CPR number. */
  params: z.ZodType<P>;
  /** Checks on the request that need the actor but no reading (throws a 4xx), so a job is not queued to fail. */
  check?(ctx: RequestCtx, params: P): void;
  /** Days the finished file is kept to download (default 1: a file fetched at once; a status report is kept for its readers). */
  keepDays?: number;
}

/**
 * Reads one export for the actor, guarded, and audits it in the same transaction; `alsoInTx`
 * runs in that transaction after the read (a job records what it read, atomically with the audit).
 */
export async function readExport<P, T>(
  db: Db,
  ctx: RequestCtx,
  def: ExportDefinition<P, T>,
  params: P,
  alsoInTx?: (tx: Queryable, read: ExportRead<T>) => Promise<void>,
): Promise<ExportRead<T>> {
  return inTenant(db, ctx, async (tx) => {
    const r = await def.read(tx, ctx, params);
    await audit(tx, ctx, { action: 'export', entity: def.entity, entityId: r.entityId, citizenIds: r.citizenIds, detail: r.detail });
    await alsoInTx?.(tx, r);
    return r;
  });
}

/** Reads (guarded, audited in the same transaction) and renders one export for the actor. */
export async function runExport<P, T>(db: Db, ctx: RequestCtx, def: ExportDefinition<P, T>, params: P): Promise<ExportFile> {
  return def.render((await readExport(db, ctx, def, params)).data);
}

/**
 * Answers a request with an export as a download. File names carry no name or CPR: downloads
 * folders are not access-controlled. Never cached.
 */
export async function sendExport<P, T>(req: FastifyRequest, reply: FastifyReply, def: ExportDefinition<P, T>, params: P) {
  return sendFile(reply, await runExport(req.server.db, requireCtx(req), def, params));
}

/** Answers with a file as a download, never cached. */
export function sendFile(reply: FastifyReply, file: ExportFile) {
  return reply
    .type(file.contentType)
    .header('content-disposition', `attachment; filename="${file.fileName}"`)
    .header('cache-control', 'no-store')
    .send(file.body);
}
