import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditedRoute } from '../../citizen-route.js';
import { withTenant } from '../../context.js';
import { AppError, badRequest, notFound } from '../../errors.js';
import { sendFile } from '../../exports/index.js';
import { exportKinds } from './kinds.js';
import { ExportAccepted, ExportJobList, ExportJobView, ExportParams } from '../../../contracts/exports.js';
import { fileResponse } from '../../../contracts/common.js';
import { ExportRequest } from './schema.js';
import { failExportJob, getOwnExportFile, getOwnExportJob, insertExportJob, listOwnExportJobs, MAX_UNFINISHED_PER_USER } from './queries.js';
import { presentExportJob } from './presenter.js';
import { exportJob, type ExportJobData } from './job.js';

const LIST_LIMIT = 20;
const exportNotFound = () => notFound('Eksporten');

/** A check's field errors as fields of the request's params. */
function asParamsError(err: unknown): unknown {
  if (!(err instanceof AppError) || !err.fields) return err;
  return badRequest(err.message, Object.fromEntries(Object.entries(err.fields).map(([k, v]) => [`params.${k}`, v])));
}

/**
 * Large exports as jobs: asked for here, read and rendered in the background in the requester's
 * name (features/exports/job.ts), followed until done, then downloaded by the requester alone
 * until the file expires. Another user's export, or another municipality's, is not there (404).
 */
export const exportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post('/exports', { schema: { body: ExportRequest, response: { 202: ExportAccepted }, tags: ['exports'] } }, async (req, reply) => {
    const { kind, params } = req.body;
    const { queued, municipalityId } = await withTenant(req, async (tx, ctx) => {
      const terms = exportKinds[kind].asJob;
      try {
        terms.check?.(ctx, params);
      } catch (err) {
        throw asParamsError(err);
      }
      return { queued: await insertExportJob(tx, ctx, kind, params, terms.keepDays), municipalityId: ctx.actor.municipalityId };
    });
    if (!queued) {
      throw new AppError(429, 'too_many_exports', `Du har allerede ${MAX_UNFINISHED_PER_USER} eksporter i gang. Vent til en af dem er færdig.`);
    }
    const data: ExportJobData = { municipalityId, exportId: queued.id };
    try {
      await app.jobs.send(exportJob.name, data);
    } catch (err) {
      await failExportJob(app.db, municipalityId, queued.id, 'Eksporten kunne ikke sættes i gang.');
      throw err;
    }
    return reply.status(202).send(queued);
  });

  app.get('/exports', { schema: { response: { 200: ExportJobList }, tags: ['exports'] } }, (req) =>
    withTenant(req, async (tx, ctx) => ({ data: (await listOwnExportJobs(tx, ctx, LIST_LIMIT)).map(presentExportJob) })),
  );

  app.get('/exports/:exportId', { schema: { params: ExportParams, response: { 200: ExportJobView }, tags: ['exports'] } }, (req) =>
    withTenant(req, async (tx, ctx) => {
      const job = await getOwnExportJob(tx, ctx, req.params.exportId);
      if (!job) throw exportNotFound();
      return presentExportJob(job);
    }),
  );

  // The download is a read of the citizens the file holds: audited naming them, as the export itself was.
  app.get('/exports/:exportId/file', { schema: { params: ExportParams, response: { 200: fileResponse('application/octet-stream', 'Den færdige fil (Excel eller PDF), til den der bad om den.') }, tags: ['exports'] } }, async (req, reply) => {
    const file = await auditedRoute(req, { action: 'read', entity: 'export_file' }, async (tx, ctx, note) => {
      const job = await getOwnExportJob(tx, ctx, req.params.exportId);
      if (!job) throw exportNotFound();
      if (job.expired) throw new AppError(410, 'expired', 'Filen er udløbet og slettet. Lav eksporten igen.');
      const found = job.status === 'done' ? await getOwnExportFile(tx, ctx, job.id) : undefined;
      if (!found) throw new AppError(409, 'not_ready', 'Filen er ikke klar.');
      Object.assign(note, { entityId: job.id, citizenIds: job.citizen_ids, detail: { kind: job.kind } });
      return found;
    });
    return sendFile(reply, file);
  });
};
