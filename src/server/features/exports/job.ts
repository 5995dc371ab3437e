import { loadActor } from '../../auth/sessions.js';
import { inTenant, type RequestCtx } from '../../context.js';
import type { Db } from '../../db/index.js';
import { AppError } from '../../errors.js';
import { readExport } from '../../exports/index.js';
import type { JobDefinition, JobLog } from '../../jobs/index.js';
import { exportKinds } from './kinds.js';
import { claimExportJob, failExportJob, finishExportJob, recordExportRead } from './queries.js';

/** The job's message: which export, of which municipality. Never params: they stay in the row. */
export interface ExportJobData {
  municipalityId: string;
  exportId: string;
}

const GENERIC_FAILURE = 'Eksporten kunne ikke laves. Prøv igen, eller kontakt support med tidspunktet.';

/**
 * Runs one export in its requester's name: the actor is loaded afresh as a session would load it,
 * so the policy applies as it does now (a role or cover lost since the request narrows the read); the
 * read and its audit row share one transaction in the requester's tenant context. Progress: 10 when
 * taken, 50 once read, 100 with the file. A failure marks the export failed, with no file; it is not
 * retried (the same request would fail the same way).
 */
export async function runExportJob(db: Db, { municipalityId, exportId }: ExportJobData, log: JobLog): Promise<void> {
  const job = await claimExportJob(db, municipalityId, exportId);
  if (!job) return;
  const def = exportKinds[job.kind];
  const actor = await loadActor(db, municipalityId, job.requested_by);
  if (!def || !actor) return failExportJob(db, municipalityId, exportId, def ? 'Brugeren der bad om eksporten, er ikke længere aktiv.' : 'Ukendt slags eksport.');
  const ctx: RequestCtx = { actor, ip: job.ip ?? '', viaAdminPassword: job.via_admin_password };
  try {
    const params = def.asJob.params.parse(job.params);
    const read = await readExport(db, ctx, def, params, (tx, r) => recordExportRead(tx, ctx, exportId, r.citizenIds));
    const file = await def.render(read.data);
    await inTenant(db, ctx, (tx) => finishExportJob(tx, ctx, exportId, file));
  } catch (err) {
    // An AppError is the request's fault and speaks Danish to its user; anything else is logged.
    if (!(err instanceof AppError)) log('error', 'export failed', { kind: job.kind, exportId, error: (err as Error).message });
    await failExportJob(db, municipalityId, exportId, err instanceof AppError ? err.message : GENERIC_FAILURE);
  }
}

/** Exports as background work: taken within seconds of the request, since someone waits for the file. */
export const exportJob: JobDefinition<ExportJobData> = {
  name: 'export',
  pollingIntervalSeconds: 2,
  run: (db, data, log) => runExportJob(db, data, log),
};
