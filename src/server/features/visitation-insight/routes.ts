import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize, type Actor, type OrgFacts } from '../../access/index.js';
import { figurePaths } from '../../access/organisation.js';
import { withTenant } from '../../context.js';
import { AppError, badRequest, notFound } from '../../errors.js';
import { addDaysIso } from '../../../domain/plans.js';
import { todayInCopenhagen } from '../../../domain/dates.js';
import { ladderFlow } from '../../../domain/visitation/ladder-flow.js';
import { dataOf } from '../../../contracts/common.js';
import { ExportAccepted } from '../../../contracts/exports.js';
import {
  DIRECT_RUNS, FlowQuery, ForecastJobParams, ForecastJobView, ForecastModelView, ForecastRequest, ForecastResult, InsightUnits, LadderFlowView,
} from '../../../contracts/visitation-insight.js';
import { getOwnExportFile, getOwnExportJob, insertExportJob, failExportJob, MAX_UNFINISHED_PER_USER } from '../exports/queries.js';
import { getUnit, listFigureUnits, readFlowInterventions } from './queries.js';
import { modelFromData } from './model.js';
import { runForecast, seriesModels } from './forecast.js';
import { FORECAST_KIND, forecastJob, type ForecastJobData } from './job.js';

const tags = ['visitation-insight'];
const depthOf = (path: string) => path.split('/').length - 3;

const docs = {
  units: {
    summary: 'Parts of the organisation whose ladder flow the caller may read',
    description: 'Active org units above the unit level under the caller\'s `readFigures` reach (leaders, center management, consultants, admins), top down; `[]` for everyone else. Names no citizen: not audited.',
  },
  flow: {
    summary: "The ladder's flow (indsatstrappens flow) for a period and a part of the organisation",
    description:
      'From the intervention history: moves between the seven steps (entering and leaving the ladder too) for the citizens who had an intervention delivered under the unit in the period [`from`, `to`] (both days included; a citizen is followed through all their interventions), interventions per step, the share low (steps 1–4) vs high, mean days per step of those ended, stays ended and moves to own home, new § 107/§ 108 stays, and seed 002 annex A\'s indicators against `baseYear` (default: the year before `from`). ' +
      'Counts only: no citizen is named, so not audited (as the occupancy overview). 403 without `readFigures` on the unit; 404 for an unknown unit or another municipality\'s; 400 for `from` after `to`.',
  },
  model: {
    summary: 'The capacity forecast\'s model, from the data',
    description:
      'Referrals per month over the last 24 months per legal basis and primary target group (stays started, where no referral is recorded), lengths of stay per legal basis from the stays ended in the last five years (measured lengths from 20 stays on, else an exponential of their mean, else a default), own places active now, those occupied today, the waiting list (referrals in state `waiting`), planned places opening, the own daily rate (facility profiles, else the running stays\' rates) and the bought places\' (purchased places, else 122 % above the own). ' +
      'For those who read figures anywhere and case workers (the municipality\'s one queue); others 403. Names no citizen: not audited.',
  },
  forecast: {
    summary: 'The capacity forecast with scenarios, answered at once (up to 200 runs)',
    description:
      'Monte Carlo over `years` × 12 months: the waiting list, the wait of those placed and the cost of bought places while waiting, with p10/p90 bands, for the model as the data gives it and for each scenario (shift § 108 → § 107, shorter stays, extra places). Seeded: the same request gives the same answer. More than 200 runs: 400 (use `POST /visitation-insight/forecast/jobs`). Not audited.',
  },
  startJob: {
    summary: 'Starts a long capacity forecast as a job',
    description: 'Queues the forecast (up to 5,000 runs) as a background job with progress; follow it at `GET /visitation-insight/forecast/jobs/{jobId}`. At most 3 of a user\'s exports and forecasts wait or run at once (429).',
  },
  job: {
    summary: 'A long capacity forecast: its progress and, once done, its result',
    description: 'The caller\'s own forecast job only (another user\'s is not there: 404). Progress 0–100; `result` once done.',
  },
};

/** The ladder's flow and the capacity forecast: aggregates for leaders, management and case workers. */
export const insightRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/visitation-insight/units', { schema: { ...docs.units, response: { 200: InsightUnits }, tags } }, (req) =>
    withTenant(req, async (tx, ctx) => {
      const prefixes = figurePaths(ctx.actor);
      const rows = prefixes.length ? await listFigureUnits(tx, ctx, prefixes) : [];
      return { data: rows.map((r) => ({ id: r.id, name: r.name, kind: r.kind, depth: depthOf(r.path) })) };
    }),
  );

  app.get('/visitation-insight/ladder-flow', { schema: { ...docs.flow, querystring: FlowQuery, response: { 200: dataOf(LadderFlowView) }, tags } }, (req) =>
    withTenant(req, async (tx, ctx) => {
      const { from, to, unitId } = req.query;
      const unit = await getUnit(tx, ctx, unitId);
      if (!unit) throw notFound('Enheden');
      authorize(ctx.actor, 'readFigures', 'org', { municipalityId: ctx.actor.municipalityId, path: unit.path } satisfies OrgFacts);
      const baseYear = req.query.baseYear ?? Number(from.slice(0, 4)) - 1;
      const end = addDaysIso(to, 1);
      const baseFrom = `${baseYear}-01-01`;
      const baseTo = `${baseYear + 1}-01-01`;
      const list = await readFlowInterventions(tx, ctx, unit.path, from < baseFrom ? from : baseFrom, end > baseTo ? end : baseTo);
      const flow = ladderFlow(list, { from, to: end, orgPath: unit.path, baseYear });
      return { data: { unit: { id: unit.id, name: unit.name }, baseYear, ...flow } };
    }),
  );

  const mayForecast = (ctx: { actor: Actor }) => authorize(ctx.actor, 'read', 'capacity_forecast', { municipalityId: ctx.actor.municipalityId });

  app.get('/visitation-insight/forecast/model', { schema: { ...docs.model, response: { 200: dataOf(ForecastModelView) }, tags } }, (req) =>
    withTenant(req, async (tx, ctx) => {
      mayForecast(ctx);
      return { data: (await modelFromData(tx, ctx, todayInCopenhagen(), 12)).view };
    }),
  );

  app.post('/visitation-insight/forecast', { schema: { ...docs.forecast, body: ForecastRequest, response: { 200: dataOf(ForecastResult) }, tags } }, async (req) => {
    const params = req.body;
    const { model, view } = await withTenant(req, async (tx, ctx) => {
      mayForecast(ctx);
      if (params.runs > DIRECT_RUNS) throw badRequest('For mange kørsler til et svar med det samme.', { runs: `Over ${DIRECT_RUNS} kørsler kører som baggrundsjob.` });
      return modelFromData(tx, ctx, todayInCopenhagen(), params.years * 12);
    });
    // The simulation runs after the transaction: it reads nothing more.
    return { data: await runForecast(model, view, params) };
  });

  app.post('/visitation-insight/forecast/jobs', { schema: { ...docs.startJob, body: ForecastRequest, response: { 202: ExportAccepted }, tags } }, async (req, reply) => {
    const params = req.body;
    const { queued, municipalityId } = await withTenant(req, async (tx, ctx) => {
      mayForecast(ctx);
      // A scenario that cannot apply is refused now, not by a failed job.
      seriesModels((await modelFromData(tx, ctx, todayInCopenhagen(), params.years * 12)).model, params.scenarios);
      return { queued: await insertExportJob(tx, ctx, FORECAST_KIND, params), municipalityId: ctx.actor.municipalityId };
    });
    if (!queued) throw new AppError(429, 'too_many_exports', `Du har allerede ${MAX_UNFINISHED_PER_USER} eksporter eller prognoser i gang. Vent til en af dem er færdig.`);
    const data: ForecastJobData = { municipalityId, jobId: queued.id };
    try {
      await app.jobs.send(forecastJob.name, data);
    } catch (err) {
      await failExportJob(app.db, municipalityId, queued.id, 'Prognosen kunne ikke sættes i gang.');
      throw err;
    }
    return reply.status(202).send(queued);
  });

  app.get('/visitation-insight/forecast/jobs/:jobId', { schema: { ...docs.job, params: ForecastJobParams, response: { 200: ForecastJobView }, tags } }, (req) =>
    withTenant(req, async (tx, ctx) => {
      const job = await getOwnExportJob(tx, ctx, req.params.jobId);
      if (!job || job.kind !== FORECAST_KIND) throw notFound('Prognosen');
      const file = job.status === 'done' && !job.expired ? await getOwnExportFile(tx, ctx, job.id) : undefined;
      const result = file ? (JSON.parse(file.body.toString('utf8')) as z.infer<typeof ForecastResult>) : null;
      return { id: job.id, status: job.expired ? 'expired' : job.status, progress: job.progress, error: job.error, result };
    }),
  );
};
