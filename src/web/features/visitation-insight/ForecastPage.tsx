import { useMemo, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Checkbox } from '../../components/Checkbox';
import { DataTable } from '../../components/DataTable';
import { ErrorSummary, fieldError } from '../../components/ErrorSummary';
import { Fact } from '../../components/Fact';
import { Panel } from '../../components/Panel';
import { LoadError, Loading } from '../../components/QueryState';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { onSubmitRun } from '../../components/forms/submit';
import { ExportButton } from '../exports/ExportButton';
import { EChart } from './EChart';
import { InsightTabs } from './InsightTabs';
import { PlannedPlacesPanel } from './PlannedPlacesPanel';
import { runForecast, startForecastJob, useForecastJob, useForecastModel, type ForecastRequest, type ForecastResult } from './api';
import { fmt, fmtDate, fmtKr, fmtMio, fmtMonth } from './format';

/** Up to this many runs the server answers at once (the contract's DIRECT_RUNS); more run as a job. */
const DIRECT_RUNS = 200;
const COLORS = ['#0059b3', '#b35900', '#2e7d32', '#7b1fa2'];

interface FormState {
  years: string;
  runs: string;
  shift: boolean;
  shiftShare: string;
  shorter: boolean;
  shorterShare: string;
  extra: boolean;
  extraCount: string;
  extraMonth: string;
}
const initial: FormState = { years: '3', runs: '200', shift: false, shiftShare: '25', shorter: false, shorterShare: '10', extra: false, extraCount: '17', extraMonth: '12' };

const num = (s: string) => (s.trim() === '' ? NaN : Number(s.replace(',', '.')));

/** Kapacitetsprognose: the waiting list, waiting time and purchase cost 1–5 years ahead, with bands and scenarios. */
export default function ForecastPage() {
  const { t } = useTranslation();
  const model = useForecastModel();
  const [form, setForm] = useState<FormState>(initial);
  const [jobId, setJobId] = useState<string | null>(null);
  const [request, setRequest] = useState<ForecastRequest | null>(null);
  const job = useForecastJob(jobId);
  const direct = useMutation({ mutationFn: runForecast });
  const queue = useMutation({ mutationFn: startForecastJob, onSuccess: (r) => setJobId(r.id) });

  const toRequest = (): ForecastRequest => ({
    years: num(form.years),
    runs: num(form.runs),
    seed: 1,
    scenarios: [
      ...(form.shift ? [{ name: t('visitationInsight.forecast.shiftName', { share: form.shiftShare }), shift108To107: num(form.shiftShare) / 100 }] : []),
      ...(form.shorter ? [{ name: t('visitationInsight.forecast.shorterName', { share: form.shorterShare }), shorterStays: num(form.shorterShare) / 100 }] : []),
      ...(form.extra ? [{ name: t('visitationInsight.forecast.extraName', { count: form.extraCount }), extraPlaces: [{ month: num(form.extraMonth), count: num(form.extraCount) }] }] : []),
    ],
  });
  const submit = () => {
    const body = toRequest();
    setRequest(body);
    setJobId(null);
    direct.reset();
    queue.reset();
    if ((body.runs ?? 0) > DIRECT_RUNS) queue.mutate(body);
    else direct.mutate(body);
  };
  const result: ForecastResult | null | undefined = direct.data ?? job.data?.result;
  const error = direct.error ?? queue.error;
  const set = (k: keyof FormState) => (v: string | boolean) => setForm({ ...form, [k]: v });
  const running = direct.isPending || queue.isPending || (job.data !== undefined && ['queued', 'running'].includes(job.data.status));

  return (
    <>
      <InsightTabs title={t('visitationInsight.forecast.heading')} />
      <p className="lead">{t('visitationInsight.forecast.intro')}</p>
      {model.isPending && <Loading />}
      {model.isError && <LoadError error={model.error} onRetry={() => void model.refetch()} />}
      {model.data && <ModelFacts model={model.data} />}

      <Panel id="forecast-form" heading={t('visitationInsight.forecast.formHeading')}>
        <form className="insight-form" onSubmit={onSubmitRun(submit)} noValidate>
          {error && <ErrorSummary error={error} fieldIds={{ years: 'fc-years', runs: 'fc-runs' }} />}
          <div className="insight-fields">
            <SelectField id="fc-years" label={t('visitationInsight.forecast.years')} value={form.years} onChange={set('years')} error={fieldError(error, 'years')}
              options={[1, 2, 3, 4, 5].map((y) => ({ value: String(y), label: t('visitationInsight.forecast.yearsOption', { count: y }) }))} />
            <TextField id="fc-runs" label={t('visitationInsight.forecast.runs')} hint={t('visitationInsight.forecast.runsHint', { direct: DIRECT_RUNS })} value={form.runs} onChange={set('runs')} inputMode="numeric" error={fieldError(error, 'runs')} />
          </div>
          <fieldset className="insight-scenarios">
            <legend>{t('visitationInsight.forecast.scenarios')}</legend>
            <div className="insight-scenario">
              <Checkbox id="fc-shift" label={t('visitationInsight.forecast.shift')} checked={form.shift} onChange={set('shift')} />
              {form.shift && <TextField id="fc-shift-share" label={t('visitationInsight.forecast.shiftShare')} value={form.shiftShare} onChange={set('shiftShare')} inputMode="numeric" error={fieldError(error, 'scenarios.0.shift108To107')} />}
            </div>
            <div className="insight-scenario">
              <Checkbox id="fc-shorter" label={t('visitationInsight.forecast.shorter')} checked={form.shorter} onChange={set('shorter')} />
              {form.shorter && <TextField id="fc-shorter-share" label={t('visitationInsight.forecast.shorterShare')} value={form.shorterShare} onChange={set('shorterShare')} inputMode="numeric" />}
            </div>
            <div className="insight-scenario">
              <Checkbox id="fc-extra" label={t('visitationInsight.forecast.extra')} checked={form.extra} onChange={set('extra')} />
              {form.extra && (
                <>
                  <TextField id="fc-extra-count" label={t('visitationInsight.forecast.extraCount')} value={form.extraCount} onChange={set('extraCount')} inputMode="numeric" />
                  <TextField id="fc-extra-month" label={t('visitationInsight.forecast.extraMonth')} value={form.extraMonth} onChange={set('extraMonth')} inputMode="numeric" />
                </>
              )}
            </div>
          </fieldset>
          <button type="submit" className="button button-primary" disabled={running}>{t('visitationInsight.forecast.run')}</button>
        </form>
        {job.data && ['queued', 'running'].includes(job.data.status) && (
          <div className="insight-progress" role="status">
            <label htmlFor="fc-progress">{t('visitationInsight.forecast.progress', { progress: job.data.progress })}</label>
            <progress id="fc-progress" max={100} value={job.data.progress} />
          </div>
        )}
        {job.data?.status === 'failed' && <p className="form-error-message" role="alert">{job.data.error}</p>}
        {direct.isPending && <Loading />}
      </Panel>

      {result && request && <ForecastView result={result} request={request} />}
      <PlannedPlacesPanel />
    </>
  );
}

function ModelFacts({ model }: { model: NonNullable<ReturnType<typeof useForecastModel>['data']> }) {
  const { t } = useTranslation();
  const perMonth = model.streams.reduce((a, s) => a + s.perMonth, 0);
  return (
    <Panel id="forecast-model" heading={t('visitationInsight.forecast.modelHeading', { date: fmtDate(model.asOf) })}>
      <dl className="facts insight-facts">
        <Fact term={t('visitationInsight.forecast.referrals')}>{t(`visitationInsight.forecast.referralsValue_${model.referralSource}`, { perMonth: fmt(perMonth), months: model.referralMonths })}</Fact>
        <Fact term={t('visitationInsight.forecast.places')}>{t('visitationInsight.forecast.placesValue', { places: model.places, occupied: model.occupied })}</Fact>
        <Fact term={t('visitationInsight.forecast.waitingNow')}>{model.queue}</Fact>
        <Fact term={t('visitationInsight.forecast.planned')}>
          {model.newPlaces.length === 0 ? t('visitationInsight.forecast.none') : model.newPlaces.map((n) => t('visitationInsight.forecast.plannedValue', { count: n.count, date: fmtDate(n.opensOn) })).join(', ')}
        </Fact>
        <Fact term={t('visitationInsight.forecast.ownRate')}>{fmtKr(model.ownRatePerDay)} <span className="text-muted">({t(`visitationInsight.forecast.ownSource_${model.ownRateSource}`)})</span></Fact>
        <Fact term={t('visitationInsight.forecast.externalRate')}>{fmtKr(model.externalRatePerDay)} <span className="text-muted">({t(`visitationInsight.forecast.externalSource_${model.externalRateSource}`)})</span></Fact>
      </dl>
      <DataTable
        rows={model.streams.map((s) => ({ ...s, id: s.key }))}
        caption={t('visitationInsight.forecast.streamsCaption')}
        showCaption
        variant="compact"
        columns={[
          { header: t('visitationInsight.forecast.legalBasis'), cell: (s) => `${s.legalBasis}${s.targetGroup ? ` · ${s.targetGroup}` : ''}`, rowHeader: true },
          { header: t('visitationInsight.forecast.perMonth'), cell: (s) => fmt(s.perMonth), className: 'num' },
          { header: t('visitationInsight.forecast.meanStay'), cell: (s) => fmt(s.meanStayDays), className: 'num' },
          { header: t('visitationInsight.forecast.stayFrom'), cell: (s) => (s.endedStays ? t(`visitationInsight.forecast.stayKind_${s.stayKind}`, { count: s.endedStays }) : t('visitationInsight.forecast.stayDefault')) },
        ]}
      />
    </Panel>
  );
}

function ForecastView({ result, request }: { result: ForecastResult; request: ForecastRequest }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(0);
  const base = result.series[0];
  const option = useMemo(() => {
    const months = base.months.map((m) => fmtMonth(m.starts));
    return {
      tooltip: { trigger: 'axis' },
      // The band's invisible base (p10) is not a series to name.
      legend: { top: 0, data: [t('visitationInsight.forecast.band'), ...result.series.map((s) => s.name)] },
      grid: { left: 48, right: 16, top: 40, bottom: 32 },
      xAxis: { type: 'category', data: months, boundaryGap: false },
      yAxis: { type: 'value', name: t('visitationInsight.forecast.axisWaiting') },
      series: [
        // The band of the model as it is: p10 (invisible) and the p10–p90 width stacked on it.
        { name: 'p10', type: 'line', data: base.months.map((m) => m.waiting.p10), stack: 'band', lineStyle: { opacity: 0 }, symbol: 'none', tooltip: { show: false } },
        { name: t('visitationInsight.forecast.band'), type: 'line', data: base.months.map((m) => m.waiting.p90 - m.waiting.p10), stack: 'band', lineStyle: { opacity: 0 }, symbol: 'none', itemStyle: { color: COLORS[0], opacity: 0.3 }, areaStyle: { color: COLORS[0], opacity: 0.15 } },
        ...result.series.map((s, k) => ({ name: s.name, type: 'line', data: s.months.map((m) => Math.round(m.waiting.mean * 10) / 10), symbol: 'none', lineStyle: { width: 2, color: COLORS[k % COLORS.length] }, itemStyle: { color: COLORS[k % COLORS.length] } })),
      ],
    };
  }, [result, base, t]);
  const series = result.series[shown] ?? base;

  return (
    <>
      <Panel id="forecast-result" heading={t('visitationInsight.forecast.resultHeading', { runs: result.runs })}>
        <EChart option={option} height={360} label={t('visitationInsight.forecast.chartLabel')} />
        <DataTable
          rows={result.series.map((s, k) => ({ ...s, id: k }))}
          caption={t('visitationInsight.forecast.totalsCaption', { count: request.years ?? 3 })}
          showCaption
          columns={[
            { header: t('visitationInsight.forecast.scenario'), cell: (s) => s.name, rowHeader: true },
            { header: t('visitationInsight.forecast.waitingEnd'), cell: (s) => fmt(s.months.at(-1)!.waiting.mean), className: 'num' },
            { header: t('visitationInsight.forecast.waitingEndBand'), cell: (s) => `${fmt(s.months.at(-1)!.waiting.p10)}–${fmt(s.months.at(-1)!.waiting.p90)}`, className: 'num' },
            { header: t('visitationInsight.forecast.cost'), cell: (s) => fmtMio(s.totalPurchaseCost.mean), className: 'num' },
            { header: t('visitationInsight.forecast.costBand'), cell: (s) => `${fmtMio(s.totalPurchaseCost.p10)}–${fmtMio(s.totalPurchaseCost.p90)}`, className: 'num' },
          ]}
        />
        <div className="insight-export">
          <ExportButton kind="capacity_forecast_xlsx" params={request as unknown as Record<string, string | number>} label={t('visitationInsight.forecast.excel')} />
        </div>
      </Panel>
      <Panel id="forecast-months" heading={t('visitationInsight.forecast.monthsHeading')}>
        {result.series.length > 1 && (
          <SelectField id="fc-series" label={t('visitationInsight.forecast.scenario')} value={String(shown)} onChange={(v) => setShown(Number(v))}
            options={result.series.map((s, k) => ({ value: String(k), label: s.name }))} />
        )}
        <DataTable
          rows={series.months.map((m) => ({ ...m, id: m.month }))}
          caption={t('visitationInsight.forecast.monthsCaption', { name: series.name })}
          variant="compact"
          columns={[
            { header: t('visitationInsight.forecast.month'), cell: (m) => fmtMonth(m.starts), rowHeader: true },
            { header: t('visitationInsight.forecast.placesCol'), cell: (m) => m.places, className: 'num' },
            { header: t('visitationInsight.forecast.waiting'), cell: (m) => fmt(m.waiting.mean), className: 'num' },
            { header: t('visitationInsight.forecast.waitingBand'), cell: (m) => `${fmt(m.waiting.p10)}–${fmt(m.waiting.p90)}`, className: 'num' },
            { header: t('visitationInsight.forecast.wait'), cell: (m) => fmt(m.meanWaitDays), className: 'num' },
            { header: t('visitationInsight.forecast.monthCost'), cell: (m) => fmtKr(m.purchaseCost.mean), className: 'num' },
            { header: t('visitationInsight.forecast.extraCost'), cell: (m) => fmtKr(m.extraCost), className: 'num' },
          ]}
        />
      </Panel>
    </>
  );
}
