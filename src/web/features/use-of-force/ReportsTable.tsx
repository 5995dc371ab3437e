import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable';
import { OverdueBadge, Tag } from '../../components/Badges';
import { formatDateTime } from '../../lib/dates';
import type { ReportSummary } from '../../../contracts/use-of-force';
import { deadlineText, formName } from './format';

/** Reports with their form, status and deadlines; `showCitizen` on the leaders' list. */
export function ReportsTable({ reports, labelledBy, showCitizen = false }: { reports: ReportSummary[]; labelledBy: string; showCitizen?: boolean }) {
  const { t } = useTranslation();
  return (
    <DataTable
      rows={reports}
      labelledBy={labelledBy}
      rowClassName={(r) => (r.overdue ? 'row-overdue' : undefined)}
      columns={[
        {
          header: t('useOfForce.occurredAt'), rowHeader: true,
          cell: (r) => (
            <Link to={`/borgere/${r.citizen.id}/magtanvendelse/${r.id}`} aria-label={t('useOfForce.openReport', { date: formatDateTime(r.occurredAt) })}>
              {formatDateTime(r.occurredAt)}
            </Link>
          ),
        },
        // Citizen and unit in one cell, so the deadlines stay in view at tablet width.
        showCitizen && { header: t('useOfForce.citizen'), cell: (r) => (<>{r.citizen.name}<br /><span className="form-hint">{r.unit.name}</span></>) },
        { header: t('useOfForce.form'), cell: (r) => formName(r.form.title) },
        { header: t('useOfForce.reportedBy'), cell: (r) => (<>{r.reportedBy.name}{r.staffDeadline.late && <> <Tag variant="muted">{t('useOfForce.lateRegistration')}</Tag></>}</>) },
        {
          header: t('useOfForce.status'),
          cell: (r) => (<>{t(`useOfForce.statuses.${r.status}`)}{r.overdue && <> <OverdueBadge /></>}</>),
        },
        { header: t('useOfForce.forwardDue'), cell: (r) => deadlineText(t, r.forwardDeadline) },
      ]}
    />
  );
}
