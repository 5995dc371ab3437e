import { addMonthsIso } from '../../../domain/dates.js';
import { ForecastAccumulator, type Forecast, type ForecastModel } from '../../../domain/visitation/forecast.js';
import { applyScenario, checkModel, type Scenario } from '../../../domain/visitation/scenario.js';
import type { ForecastModelView, ForecastResult, ForecastSeries, ScenarioInput } from '../../../contracts/visitation-insight.js';
import { badRequest } from '../../errors.js';

/** The request as the contract parses it (defaults applied). */
export interface ForecastParams {
  years: number;
  runs: number;
  seed: number;
  scenarios: ScenarioInput[];
}

/** A scenario as the domain takes it: seed 002's levers. */
export const toScenario = (s: ScenarioInput): Scenario => ({
  name: s.name,
  ...(s.shift108To107 ? { shift: { from: '§108', to: '§107', share: s.shift108To107 } } : {}),
  ...(s.shorterStays ? { stay: { factor: 1 - s.shorterStays } } : {}),
  ...(s.extraPlaces?.length ? { extraPlaces: s.extraPlaces } : {}),
});

/** The model's series: the model the data gives, then each scenario; a scenario that cannot apply is a 400 on its field. */
export function seriesModels(model: ForecastModel, scenarios: ScenarioInput[]): Array<{ name: string; model: ForecastModel }> {
  const out = [{ name: 'Som nu', model }];
  scenarios.forEach((s, k) => {
    try {
      out.push({ name: s.name, model: applyScenario(model, toScenario(s)) });
    } catch (err) {
      if (err instanceof RangeError) throw badRequest('Scenariet kan ikke bruges.', { [`scenarios.${k}.shift108To107`]: err.message });
      throw err;
    }
  });
  const errors = checkModel(model);
  if (Object.keys(errors).length) throw badRequest('Prognosen kan ikke laves ud fra data.', Object.fromEntries(Object.entries(errors).map(([k, v]) => [`model.${k}`, v])));
  return out;
}

const present = (name: string, f: Forecast, asOf: string): ForecastSeries => ({
  name,
  months: f.months.map((m) => ({ ...m, starts: addMonthsIso(asOf, m.month - 1) })),
  totalPurchaseCost: f.totalPurchaseCost,
});

/**
 * Runs the forecast of every series, `batch` runs at a time; between batches `onBatch` hears the
 * share done (0–1) and may wait (a job reports progress and lets other work in).
 */
export async function runForecast(
  model: ForecastModel,
  view: ForecastModelView,
  params: ForecastParams,
  onBatch?: (share: number) => Promise<void>,
  batch = 100,
): Promise<ForecastResult> {
  const series = seriesModels(model, params.scenarios);
  const accs = series.map((s) => new ForecastAccumulator(s.model, params.runs, params.seed));
  const total = params.runs * accs.length;
  let done = 0;
  for (const acc of accs) {
    while (acc.done < params.runs) {
      const before = acc.done;
      acc.add(batch);
      done += acc.done - before;
      await onBatch?.(done / total);
    }
  }
  return { model: view, runs: params.runs, seed: params.seed, series: accs.map((a, k) => present(series[k].name, a.result(), view.asOf)) };
}
