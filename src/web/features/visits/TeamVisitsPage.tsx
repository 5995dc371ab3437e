import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { OverdueBadge } from '../../components/Badges';
import { DataTable } from '../../components/DataTable';
import { PageHeading } from '../../components/PageHeading';
import { LoadError, Loading } from '../../components/QueryState';
import { SelectField } from '../../components/SelectField';
import { SuccessMessage } from '../../components/SuccessMessage';
import { formatDate } from '../../lib/dates';
import { useTeamOverview, useVisitTeams, type Visit } from './api';
import { RecordVisitModal } from './RecordVisitModal';
import { VisitsTable } from './VisitsTable';
import './visits.css';

const DAY_CHOICES = [7, 14, 21, 30];

/**
 * Besøg for a home-support team's coordinator: the team's citizens with their last and next visit,
 * who has not been seen for N days, and this week's visits (recorded here too).
 */
export default function TeamVisitsPage() {
  const { t } = useTranslation();
  const { unitId = '' } = useParams();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const teams = useVisitTeams();
  const chosen = unitId || (teams.data?.length === 1 ? teams.data[0].id : '');
  const [days, setDays] = useState(14);
  const overview = useTeamOverview(chosen, days);
  const [recording, setRecording] = useState<Visit | null>(null);
  const [message, setMessage] = useState('');

  if (teams.isPending) return <Loading />;
  if (teams.isError) return <LoadError error={teams.error} onRetry={() => void teams.refetch()} />;
  const o = overview.data;
  const weekStaff = (o?.week ?? []).flatMap((v) => v.plannedStaff);
  return (
    <>
      <PageHeading title={o ? `${t('visits.pageTitle')} – ${o.team.name}` : t('visits.pageTitle')}>
        {o ? t('visits.pageHeading', { team: o.team.name }) : t('visits.pageTitle')}
      </PageHeading>
      {message && <SuccessMessage text={message} onDone={() => setMessage('')} />}
      {teams.data.length === 0 && <p className="empty-state">{t('visits.noTeams')}</p>}
      <div className="visit-filters">
        {teams.data.length > 1 && (
          <SelectField
            id="team-choice"
            label={t('visits.team')}
            value={chosen}
            placeholder={t('common.choose')}
            onChange={(v) => void navigate(v ? `/besog/${v}` : '/besog')}
            options={teams.data.map((x) => ({ value: x.id, label: `${x.name} (${x.facilityName})` }))}
          />
        )}
        {chosen && (
          <div className="team-days">
            <SelectField
              id="team-days"
              label={t('visits.notSeenFor')}
              value={String(days)}
              onChange={(v) => setDays(Number(v))}
              options={DAY_CHOICES.map((d) => ({ value: String(d), label: t('visits.days', { count: d }) }))}
            />
          </div>
        )}
      </div>
      {chosen && overview.isPending && <Loading />}
      {overview.isError && <LoadError error={overview.error} onRetry={() => void overview.refetch()} />}
      {o && (
        <>
          <section aria-labelledby="team-citizens">
            <h2 id="team-citizens" className="h3">
              {t('visits.citizensHeading', { count: o.citizens.length, overdue: o.citizens.filter((c) => c.overdue).length })}
            </h2>
            <DataTable
              rows={o.citizens}
              rowKey={(c) => c.citizen.id}
              labelledBy="team-citizens"
              columns={[
                { header: t('visits.citizen'), rowHeader: true, cell: (c) => <Link to={`/borgere/${c.citizen.id}/besog`}>{c.citizen.name}</Link> },
                {
                  header: t('visits.lastVisit'),
                  cell: (c) =>
                    c.lastVisit ? (
                      <>
                        {formatDate(c.lastVisit)} ({c.daysSinceLastVisit === 0 ? t('visits.today') : t('visits.daysAgo', { count: c.daysSinceLastVisit ?? 0 })}) {c.overdue && <OverdueBadge />}
                      </>
                    ) : (
                      <>
                        {t('visits.never')} <OverdueBadge />
                      </>
                    ),
                },
                { header: t('visits.nextVisit'), cell: (c) => (c.nextVisit ? formatDate(c.nextVisit) : t('visits.nonePlanned')) },
                { header: t('visits.dueThisWeek'), className: 'num', cell: (c) => c.dueThisWeek },
              ]}
            />
          </section>
          <section aria-labelledby="team-week">
            <h2 id="team-week" className="h3">
              {t('visits.weekHeading', { from: formatDate(o.weekStart), to: formatDate(o.weekEnd) })}
            </h2>
            {o.week.length === 0 ? (
              <p className="empty-state">{t('visits.weekEmpty')}</p>
            ) : (
              <VisitsTable visits={o.week} labelledBy="team-week" onRecord={setRecording} showCitizen />
            )}
          </section>
        </>
      )}
      {recording && (
        <RecordVisitModal
          visit={recording}
          staff={[...new Map(weekStaff.map((s) => [s.id, s])).values()]}
          onClose={() => setRecording(null)}
          onRecorded={(v) => {
            setRecording(null);
            setMessage(t(`visits.recorded.${v.status}`));
            void qc.invalidateQueries({ queryKey: ['visits'] });
          }}
        />
      )}
    </>
  );
}
