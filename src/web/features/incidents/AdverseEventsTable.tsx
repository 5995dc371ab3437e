import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable';
import { Tag } from '../../components/Badges';
import { formatDateTime } from '../../lib/dates';
import type { AdverseEventListItem } from './api';

/** Adverse events, newest first: when, what, whom, where, severity and follow-up status; each opens its report. */
export function AdverseEventsTable({ rows, labelledBy, showCitizen = true }: { rows: AdverseEventListItem[]; labelledBy: string; showCitizen?: boolean }) {
  const { t } = useTranslation();
  if (rows.length === 0) return <p className="empty-state">{t('incidents.events.empty')}</p>;
  return (
    <DataTable
      rows={rows}
      labelledBy={labelledBy}
      columns={[
        { header: t('incidents.events.title'), rowHeader: true, cell: (e) => <Link to={`/haendelser/${e.id}`}>{e.title}</Link> },
        { header: t('incidents.when'), cell: (e) => formatDateTime(e.occurredAt) },
        { header: t('incidents.report.type'), cell: (e) => t(`incidents.types.${e.eventType}`) },
        showCitizen && { header: t('incidents.citizen'), cell: (e) => e.citizen?.name ?? '—' },
        { header: t('incidents.unit'), cell: (e) => `${e.unit.name}, ${e.facility.name}` },
        { header: t('incidents.report.severity'), cell: (e) => e.severity },
        { header: t('incidents.status'), cell: (e) => <Tag variant={e.status === 'closed' ? 'muted' : undefined}>{t(`incidents.statuses.${e.status}`)}</Tag> },
      ]}
    />
  );
}
