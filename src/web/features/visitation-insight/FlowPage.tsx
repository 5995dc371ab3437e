import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable';
import { DateInput } from '../../components/DateInput';
import { ErrorSummary, fieldError } from '../../components/ErrorSummary';
import { Fact } from '../../components/Fact';
import { Panel } from '../../components/Panel';
import { LoadError, Loading } from '../../components/QueryState';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { onSubmitRun } from '../../components/forms/submit';
import { EChart } from './EChart';
import { InsightTabs } from './InsightTabs';
import { useInsightUnits, useLadderFlow, type FlowParams, type LadderFlowView } from './api';
import { fmt, fmtDate, fmtPct, fmtWhole } from './format';

type Measures = LadderFlowView['period'];
type Node = Measures['transitions'][number]['from'];
type Indicator = LadderFlowView['indicators'][number];

const lastYear = new Date().getFullYear() - 1;
const defaults = (unitId: string): FlowParams => ({ from: `${lastYear}-01-01`, to: `${lastYear}-12-31`, unitId, baseYear: String(lastYear - 1) });

/** Indsatstrappens flow: how citizens moved between the seven steps in a period and a part of the organisation, against a base year. */
export default function FlowPage() {
  const { t } = useTranslation();
  const units = useInsightUnits();
  const [form, setForm] = useState<FlowParams | null>(null);
  const [shown, setShown] = useState<FlowParams | null>(null);
  const first = units.data?.[0]?.id ?? '';
  const values = form ?? defaults(first);
  const asked = shown ?? (first ? defaults(first) : null);
  const flow = useLadderFlow(asked);
  const set = (k: keyof FlowParams) => (v: string) => setForm({ ...values, [k]: v });
  const fieldIds = { from: 'flow-from', to: 'flow-to', unitId: 'flow-unit', baseYear: 'flow-base' };

  return (
    <>
      <InsightTabs title={t('visitationInsight.flow.heading')} />
      <p className="lead">{t('visitationInsight.flow.intro')}</p>
      {units.isPending && <Loading />}
      {units.isError && <LoadError error={units.error} onRetry={() => void units.refetch()} />}
      {units.data?.length === 0 && <p className="empty-state">{t('visitationInsight.flow.noUnits')}</p>}
      {units.data && units.data.length > 0 && (
        <form className="insight-form" onSubmit={onSubmitRun(() => setShown(values))} noValidate>
          {flow.isError && <ErrorSummary error={flow.error} fieldIds={fieldIds} />}
          <div className="insight-fields">
            <SelectField
              id="flow-unit"
              label={t('visitationInsight.flow.unit')}
              value={values.unitId}
              onChange={set('unitId')}
              error={fieldError(flow.error, 'unitId')}
              options={units.data.map((u) => ({ value: u.id, label: `${'\u2003'.repeat(Math.max(0, u.depth))}${u.name}` }))}
            />
            <DateInput id="flow-from" label={t('visitationInsight.flow.from')} value={values.from} onChange={set('from')} error={fieldError(flow.error, 'from')} />
            <DateInput id="flow-to" label={t('visitationInsight.flow.to')} value={values.to} onChange={set('to')} error={fieldError(flow.error, 'to')} />
            <TextField id="flow-base" label={t('visitationInsight.flow.baseYear')} value={values.baseYear} onChange={set('baseYear')} inputMode="numeric" className="input-width-xs" error={fieldError(flow.error, 'baseYear')} />
          </div>
          <button type="submit" className="button button-primary">{t('visitationInsight.flow.show')}</button>
        </form>
      )}
      {flow.isPending && asked && <Loading />}
      {flow.data && <FlowResult flow={flow.data} />}
    </>
  );
}

function FlowResult({ flow }: { flow: LadderFlowView }) {
  const { t } = useTranslation();
  const p = flow.period;
  const nodeName = (n: Node, side: 'from' | 'to') =>
    n === 'start' ? t('visitationInsight.flow.nodeStart') : n === 'end' ? t('visitationInsight.flow.nodeEnd') : t(side === 'from' ? 'visitationInsight.flow.nodeFrom' : 'visitationInsight.flow.nodeTo', { step: n });
  const transitions = useMemo(
    () => [...p.transitions].sort((a, b) => b.count - a.count).map((x) => ({ ...x, id: `${x.from}-${x.to}` })),
    [p.transitions],
  );
  // Left: where they came from (entering, or a step); right: where they went (a step, or leaving): a graph without cycles.
  const option = useMemo(() => {
    const links = p.transitions.map((x) => ({ source: nodeName(x.from, 'from'), target: nodeName(x.to, 'to'), value: x.count }));
    const names = [...new Set(links.flatMap((l) => [l.source, l.target]))];
    return {
      tooltip: { trigger: 'item' },
      series: [{ type: 'sankey', data: names.map((name) => ({ name })), links, nodeAlign: 'justify', emphasis: { focus: 'adjacency' }, label: { fontSize: 13 }, left: 8, right: 110 }],
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [p.transitions]);
  const lastDay = (iso: string) => {
    const d = new Date(`${iso}T12:00:00Z`);
    d.setUTCDate(d.getUTCDate() - 1);
    return d.toISOString().slice(0, 10);
  };
  const steps = [1, 2, 3, 4, 5, 6, 7].map((step) => ({
    id: step,
    running: p.byStep[step] ?? 0,
    base: flow.base.byStep[step] ?? 0,
    length: p.lengthByStep.find((l) => l.step === step),
  }));
  const value = (i: Indicator, v: number | null) => (i.code === 'lowShare' || i.code === 'temporaryShare' ? fmtPct(v) : fmt(v));

  return (
    <>
      <p className="figures-summary" role="status">
        {t('visitationInsight.flow.summary', { unit: flow.unit.name, from: fmtDate(p.from), to: fmtDate(lastDay(p.to)), count: p.citizens, baseYear: flow.baseYear })}
      </p>
      <dl className="facts insight-facts">
        <Fact term={t('visitationInsight.flow.lowShare')}>{fmtPct(p.lowShare)} ({t('visitationInsight.flow.lowHigh', { low: p.low, high: p.high })})</Fact>
        <Fact term={t('visitationInsight.flow.downUp')}>{t('visitationInsight.flow.downUpValue', { down: p.down, up: p.up })}</Fact>
        <Fact term={t('visitationInsight.flow.movesHome')}>{t('visitationInsight.flow.movesHomeValue', { moves: p.stays.movesToOwnHome, ended: p.stays.ended })}</Fact>
        <Fact term={t('visitationInsight.flow.meanStay')}>{p.stays.meanDays === null ? '–' : t('visitationInsight.flow.days', { days: fmtWhole(p.stays.meanDays) })}</Fact>
      </dl>

      <Panel id="flow-indicators" heading={t('visitationInsight.flow.indicators', { baseYear: flow.baseYear })}>
        <DataTable
          rows={flow.indicators.map((i) => ({ ...i, id: i.code }))}
          labelledBy="flow-indicators"
          columns={[
            { header: t('visitationInsight.flow.indicator'), cell: (i) => i.label, rowHeader: true },
            { header: t('visitationInsight.flow.period'), cell: (i) => value(i, i.value), className: 'num' },
            { header: t('visitationInsight.flow.base', { baseYear: flow.baseYear }), cell: (i) => value(i, i.base), className: 'num' },
            { header: t('visitationInsight.flow.index'), cell: (i) => fmt(i.index), className: 'num' },
            { header: t('visitationInsight.flow.better'), cell: (i) => t(`visitationInsight.flow.better_${i.better}`) },
          ]}
        />
      </Panel>

      <Panel id="flow-moves" heading={t('visitationInsight.flow.moves')}>
        {transitions.length === 0 ? (
          <p className="empty-state">{t('visitationInsight.flow.noMoves')}</p>
        ) : (
          <div className="insight-chart-and-table">
            <EChart option={option} height={380} label={t('visitationInsight.flow.chartLabel')} />
            <DataTable
              rows={transitions}
              caption={t('visitationInsight.flow.movesCaption')}
              columns={[
                { header: t('visitationInsight.flow.fromCol'), cell: (x) => nodeName(x.from, 'from'), rowHeader: true },
                { header: t('visitationInsight.flow.toCol'), cell: (x) => nodeName(x.to, 'to') },
                { header: t('visitationInsight.flow.count'), cell: (x) => x.count, className: 'num' },
              ]}
            />
          </div>
        )}
      </Panel>

      <Panel id="flow-steps" heading={t('visitationInsight.flow.steps')}>
        <DataTable
          rows={steps}
          labelledBy="flow-steps"
          columns={[
            { header: t('visitationInsight.flow.step'), cell: (s) => t('visitationInsight.flow.stepName', { step: s.id }), rowHeader: true },
            { header: t('visitationInsight.flow.running'), cell: (s) => s.running, className: 'num' },
            { header: t('visitationInsight.flow.runningBase', { baseYear: flow.baseYear }), cell: (s) => s.base, className: 'num' },
            { header: t('visitationInsight.flow.ended'), cell: (s) => s.length?.ended ?? 0, className: 'num' },
            { header: t('visitationInsight.flow.meanDays'), cell: (s) => (s.length ? fmtWhole(s.length.meanDays) : '–'), className: 'num' },
          ]}
        />
      </Panel>
    </>
  );
}
