import { todayInCopenhagen } from '../../../domain/dates.js';
import { ForecastRequest, type ForecastResult } from '../../../contracts/visitation-insight.js';
import type { ExportDefinition } from '../../exports/index.js';
import { renderSheet, XLSX, type SheetColumn } from '../../exports/xlsx.js';
import { authorize } from '../../access/index.js';
import type { ForecastModel } from '../../../domain/visitation/forecast.js';
import type { ForecastModelView } from '../../../contracts/visitation-insight.js';
import { runForecast, seriesModels, type ForecastParams } from './forecast.js';
import { modelFromData } from './model.js';

interface Row {
  series: string;
  month: number;
  starts: string;
  places: number;
  waitingMean: number;
  waitingP10: number;
  waitingP90: number;
  meanWaitDays: number | null;
  costMean: number;
  costP10: number;
  costP90: number;
  extraCost: number;
}

const r1 = (n: number) => Math.round(n * 10) / 10;
const columns: Array<SheetColumn<Row>> = [
  { header: 'Scenarie', width: 24, value: (r) => r.series },
  { header: 'Måned', width: 8, value: (r) => r.month },
  { header: 'Fra', width: 12, value: (r) => r.starts, date: true },
  { header: 'Egne pladser', width: 12, value: (r) => r.places },
  { header: 'Venteliste (middel)', width: 18, value: (r) => r1(r.waitingMean) },
  { header: 'Venteliste (p10)', width: 16, value: (r) => r1(r.waitingP10) },
  { header: 'Venteliste (p90)', width: 16, value: (r) => r1(r.waitingP90) },
  { header: 'Ventetid for anbragte (dage)', width: 24, value: (r) => (r.meanWaitDays === null ? null : r1(r.meanWaitDays)) },
  { header: 'Købte pladser, kr. (middel)', width: 24, value: (r) => Math.round(r.costMean) },
  { header: 'Købte pladser, kr. (p10)', width: 22, value: (r) => Math.round(r.costP10) },
  { header: 'Købte pladser, kr. (p90)', width: 22, value: (r) => Math.round(r.costP90) },
  { header: 'Merudgift mod egen takst, kr.', width: 26, value: (r) => Math.round(r.extraCost) },
];

export const forecastRows = (result: ForecastResult): Row[] =>
  result.series.flatMap((s) =>
    s.months.map((m) => ({
      series: s.name,
      month: m.month,
      starts: m.starts,
      places: m.places,
      waitingMean: m.waiting.mean,
      waitingP10: m.waiting.p10,
      waitingP90: m.waiting.p90,
      meanWaitDays: m.meanWaitDays,
      costMean: m.purchaseCost.mean,
      costP10: m.purchaseCost.p10,
      costP90: m.purchaseCost.p90,
      extraCost: m.extraCost,
    })),
  );

/**
 * The capacity forecast as a spreadsheet, through the export service (as a job: POST /api/exports,
 * kind 'capacity_forecast_xlsx'). The read builds the model from the data in the audited
 * transaction; the simulation runs in the render, after the commit (seeded: the same request gives
 * the numbers the page showed). Names no citizen.
 */
export const capacityForecastXlsx: ExportDefinition<ForecastParams, { model: ForecastModel; view: ForecastModelView; params: ForecastParams }> = {
  entity: 'capacity_forecast_xlsx',
  asJob: { params: ForecastRequest as never, check: (ctx) => authorize(ctx.actor, 'read', 'capacity_forecast', { municipalityId: ctx.actor.municipalityId }) },
  read: async (tx, ctx, params) => {
    authorize(ctx.actor, 'read', 'capacity_forecast', { municipalityId: ctx.actor.municipalityId });
    const { model, view } = await modelFromData(tx, ctx, todayInCopenhagen(), params.years * 12);
    seriesModels(model, params.scenarios); // a scenario that cannot apply fails the read, not the render
    return { data: { model, view, params }, citizenIds: [], detail: { format: 'xlsx', years: params.years, runs: params.runs, scenarios: params.scenarios.length } };
  },
  render: async ({ model, view, params }) => {
    const result = await runForecast(model, view, params);
    return { fileName: `kapacitetsprognose-${view.asOf}.xlsx`, contentType: XLSX, body: await renderSheet('Kapacitetsprognose', columns, forecastRows(result)) };
  },
};
