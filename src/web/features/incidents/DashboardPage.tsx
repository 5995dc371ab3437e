import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable';
import { LoadError, Loading } from '../../components/QueryState';
import { IncidentTabs } from './IncidentTabs';
import { useDashboard, type IncidentDashboard } from './api';

type Count = IncidentDashboard['data']['counts'][number];

const monthLabel = (month: string) => new Date(`${month}-01T12:00:00Z`).toLocaleDateString('da-DK', { month: 'short', year: 'numeric', timeZone: 'Europe/Copenhagen' });

/** Where each source's types are named. */
const TYPE_KEYS: Record<string, string> = { adverse_event: 'types', violence: 'kinds', use_of_force: 'forceForms', pn: 'pnTypes' };

/** The overview (leaders, the center): incidents by type per facility per month, open follow-ups and overdue reports; Excel. Counts only. */
export default function DashboardPage() {
  const { t } = useTranslation();
  const dashboard = useDashboard();
  if (dashboard.isPending) return <><IncidentTabs title={t('incidents.dashboard.heading')} /><Loading /></>;
  if (dashboard.isError) return <><IncidentTabs title={t('incidents.dashboard.heading')} /><LoadError error={dashboard.error} onRetry={() => void dashboard.refetch()} /></>;
  const d = dashboard.data;
  const typeLabel = (r: Count) => t(`incidents.${TYPE_KEYS[r.source] ?? 'types'}.${r.type}`, { defaultValue: r.type });
  const months = [...new Set(d.counts.map((c) => c.month))].sort();
  // One row per facility, source and type; one column per month.
  const rows = [...new Map(d.counts.map((c) => [`${c.facility.id}|${c.source}|${c.type}`, c])).values()].sort(
    (a, b) => a.facility.name.localeCompare(b.facility.name, 'da') || a.source.localeCompare(b.source) || typeLabel(a).localeCompare(typeLabel(b), 'da'),
  );
  const count = (row: Count, month: string) => d.counts.find((c) => c.facility.id === row.facility.id && c.source === row.source && c.type === row.type && c.month === month)?.count ?? 0;
  return (
    <>
      <IncidentTabs title={t('incidents.dashboard.heading')} />
      <section aria-labelledby="open-heading">
        <h2 id="open-heading" className="h3">{t('incidents.dashboard.open')}</h2>
        {d.open.length === 0 ? <p className="empty-state">{t('incidents.dashboard.nothingOpen')}</p> : (
          <DataTable
            rows={d.open}
            rowKey={(r) => r.facility.id}
            labelledBy="open-heading"
            columns={[
              { header: t('incidents.facility'), rowHeader: true, cell: (r) => r.facility.name },
              { header: t('incidents.dashboard.openFollowUps'), className: 'num', cell: (r) => r.openFollowUps },
              { header: t('incidents.dashboard.overdueWorkAccidents'), className: 'num', cell: (r) => r.overdueWorkAccidents },
            ]}
          />
        )}
      </section>
      <section aria-labelledby="counts-heading">
        <div className="section-head">
          <h2 id="counts-heading" className="h3">{t('incidents.dashboard.counts', { from: monthLabel(d.from), to: monthLabel(d.to) })}</h2>
          {/* A plain link: the browser downloads with the session cookie; the server audits the export. */}
          <a href="/api/incidents/dashboard.xlsx" className="button button-secondary" download>{t('incidents.dashboard.excel')}</a>
        </div>
        {rows.length === 0 ? <p className="empty-state">{t('incidents.dashboard.none')}</p> : (
          <DataTable
            rows={rows}
            rowKey={(r) => `${r.facility.id}|${r.source}|${r.type}`}
            labelledBy="counts-heading"
            variant="compact"
            columns={[
              { header: t('incidents.facility'), rowHeader: true, cell: (r) => r.facility.name },
              { header: t('incidents.dashboard.source'), cell: (r) => t(`incidents.sources.${r.source}`, { defaultValue: r.source }) },
              { header: t('incidents.dashboard.type'), cell: typeLabel },
              ...months.map((m) => ({ header: monthLabel(m), className: 'num', cell: (r: Count) => count(r, m) || '' })),
            ]}
          />
        )}
      </section>
    </>
  );
}
