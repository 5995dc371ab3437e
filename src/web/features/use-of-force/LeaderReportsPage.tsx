import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { OverdueBadge } from '../../components/Badges';
import { Checkbox } from '../../components/Checkbox';
import { DataTable } from '../../components/DataTable';
import { PageHeading } from '../../components/PageHeading';
import { LoadError, Loading } from '../../components/QueryState';
import { formatDate } from '../../lib/dates';
import { useLeaderReports } from './api';
import { ReportsTable } from './ReportsTable';
import { DeadlineRules } from './DeadlinesTab';
import './use-of-force.css';

/** Magtanvendelse for leaders: reports from their units (awaiting them first), the overdue ones, and expired decisions missing Skema 2. */
export default function LeaderReportsPage() {
  const { t } = useTranslation();
  const [overdueOnly, setOverdueOnly] = useState(false);
  const list = useLeaderReports(overdueOnly);
  return (
    <>
      <PageHeading>{t('useOfForce.leaderHeading')}</PageHeading>
      <Checkbox id="force-overdue-only" label={t('useOfForce.onlyOverdue')} checked={overdueOnly} onChange={setOverdueOnly} />
      {list.isPending && <Loading />}
      {list.isError && <LoadError error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && (
        <>
          <section aria-labelledby="force-list">
            <h2 id="force-list" className="h3">{overdueOnly ? t('useOfForce.overdueHeading') : t('useOfForce.allHeading')}</h2>
            {list.data.reports.length === 0 ? <p className="empty-state">{t('useOfForce.noReports')}</p> : <ReportsTable reports={list.data.reports} labelledBy="force-list" showCitizen />}
          </section>
          <section aria-labelledby="force-missing">
            <h2 id="force-missing" className="h3">{t('useOfForce.missingHeading')}</h2>
            {list.data.combinedMissing.length === 0 ? (
              <p className="empty-state">{t('useOfForce.noMissing')}</p>
            ) : (
              <DataTable
                rows={list.data.combinedMissing}
                rowKey={(d) => d.decisionId}
                labelledBy="force-missing"
                columns={[
                  { header: t('useOfForce.citizen'), rowHeader: true, cell: (d) => <Link to={`/borgere/${d.citizen.id}/magtanvendelse`}>{d.citizen.name}</Link> },
                  { header: t('useOfForce.measure'), cell: (d) => d.measure },
                  { header: t('useOfForce.validTo'), cell: (d) => formatDate(d.validTo) },
                  { header: t('useOfForce.uses'), cell: (d) => t('useOfForce.usesCount', { count: d.uses }), className: 'num' },
                  { header: t('useOfForce.dueOn'), cell: (d) => (<>{formatDate(d.due)}{d.overdue && <> <OverdueBadge /></>}</>) },
                ]}
              />
            )}
          </section>
        </>
      )}
      <section aria-labelledby="force-deadlines">
        <h2 id="force-deadlines" className="h3">{t('useOfForce.deadlinesLink')}</h2>
        <DeadlineRules />
      </section>
    </>
  );
}
