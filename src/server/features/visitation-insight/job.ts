import { loadActor } from '../../auth/sessions.js';
import { inTenant, type RequestCtx } from '../../context.js';
import type { Db } from '../../db/index.js';
import { AppError } from '../../errors.js';
import type { JobDefinition, JobLog } from '../../jobs/index.js';
import { claimExportJob, failExportJob, finishExportJob } from '../exports/queries.js';
import { can } from '../../access/index.js';
import { todayInCopenhagen } from '../../../domain/dates.js';
import { ForecastRequest } from '../../../contracts/visitation-insight.js';
import { runForecast } from './forecast.js';
import { modelFromData } from './model.js';

/** A long forecast is an export job row (kind 'capacity_forecast'): its progress, and its result as a JSON file. */
export const FORECAST_KIND = 'capacity_forecast';

export interface ForecastJobData {
  municipalityId: string;
  jobId: string;
}

const GENERIC_FAILURE = 'Prognosen kunne ikke laves. Prøv igen, eller kontakt support med tidspunktet.';

/**
 * Runs a long forecast in its requester's name: the model from the data as the requester may read it
 * now (the rule is checked again), then the runs in batches, writing the progress between them
 * (15 once the model is read, up to 95 through the runs, 100 with the result) and giving other work
 * its turn. The result is stored as the row's file (JSON); it names no citizen, so nothing is audited.
 */
export async function runForecastJob(db: Db, { municipalityId, jobId }: ForecastJobData, log: JobLog): Promise<void> {
  const job = await claimExportJob(db, municipalityId, jobId);
  if (!job || job.kind !== FORECAST_KIND) return;
  const actor = await loadActor(db, municipalityId, job.requested_by);
  if (!actor) return failExportJob(db, municipalityId, jobId, 'Brugeren der bad om prognosen, er ikke længere aktiv.');
  const ctx: RequestCtx = { actor, ip: job.ip ?? '', viaAdminPassword: job.via_admin_password };
  try {
    if (!can(actor, 'read', 'capacity_forecast', { municipalityId })) throw new AppError(403, 'forbidden', 'Du har ikke længere adgang til kapacitetsprognosen.');
    const params = ForecastRequest.parse(job.params);
    const { model, view } = await inTenant(db, ctx, (tx) => modelFromData(tx, ctx, todayInCopenhagen(), params.years * 12));
    let reported = 15;
    await setProgress(db, municipalityId, jobId, reported);
    const result = await runForecast(model, view, params, async (share) => {
      const progress = Math.min(95, 15 + Math.floor(share * 80));
      if (progress >= reported + 5) await setProgress(db, municipalityId, jobId, (reported = progress));
      else await new Promise((resolve) => setImmediate(resolve));
    });
    const body = Buffer.from(JSON.stringify(result));
    await inTenant(db, ctx, (tx) => finishExportJob(tx, ctx, jobId, { fileName: `kapacitetsprognose-${view.asOf}.json`, contentType: 'application/json', body }));
  } catch (err) {
    if (!(err instanceof AppError)) log('error', 'forecast failed', { jobId, error: (err as Error).message });
    await failExportJob(db, municipalityId, jobId, err instanceof AppError ? err.message : GENERIC_FAILURE);
  }
}

/** The share done so far, on the row its requester follows (outside any transaction, so it shows at once). */
async function setProgress(db: Db, municipalityId: string, id: string, progress: number): Promise<void> {
  await db.query(`UPDATE export_jobs SET progress = $3 WHERE municipality_id = $1 AND id = $2 AND status = 'running'`, [municipalityId, id, progress]);
}

export const forecastJob: JobDefinition<ForecastJobData> = {
  name: 'capacity-forecast',
  pollingIntervalSeconds: 2,
  run: (db, data, log) => runForecastJob(db, data, log),
};
