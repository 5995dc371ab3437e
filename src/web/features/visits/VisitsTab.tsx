import { useState } from 'react';
import { Link } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DialogButton } from '../../components/forms/DialogButton';
import { LoadError, Loading } from '../../components/QueryState';
import { SuccessMessage } from '../../components/SuccessMessage';
import { useMe } from '../auth/session';
import { formatDate } from '../../lib/dates';
import { useCitizenContext } from '../citizens/context';
import { useCitizenVisits, type Visit } from './api';
import { PlanVisitModal } from './PlanVisitModal';
import { RecordVisitModal } from './RecordVisitModal';
import { VisitsTable } from './VisitsTable';
import './visits.css';

/** Besøg: the citizen's visits (planned and recorded), planning one, and recording how one went. */
export default function VisitsTab() {
  const { t } = useTranslation();
  const citizen = useCitizenContext();
  const me = useMe();
  const qc = useQueryClient();
  const visits = useCitizenVisits(citizen.id);
  const [recording, setRecording] = useState<Visit | null>(null);
  const [message, setMessage] = useState('');
  const refresh = () => qc.invalidateQueries({ queryKey: ['visits'] });

  if (visits.isPending) return <Loading />;
  if (visits.isError) return <LoadError error={visits.error} onRetry={() => void visits.refetch()} />;
  const { teams } = visits.data;
  const staffOf = (v: Visit) => teams.find((x) => x.id === v.team.id)?.staff ?? v.plannedStaff;
  return (
    <>
      {message && <SuccessMessage text={message} onDone={() => setMessage('')} />}
      <div className="section-head">
        <h2 id="visits-heading" className="h3">
          {t('visits.heading')}
        </h2>
        {teams.length > 0 && (
          <DialogButton
            label={t('visits.planTitle')}
            dialog={(close) => (
              <PlanVisitModal
                citizenId={citizen.id}
                teams={teams}
                userId={me.id}
                onClose={close}
                onPlanned={(v) => {
                  close();
                  setMessage(t('visits.planned', { date: formatDate(v.date), time: v.startTime }));
                  void refresh();
                }}
              />
            )}
          />
        )}
      </div>
      {teams.length > 0 && (
        <p>
          {teams.map((team) => (
            <Link key={team.id} to={`/besog/${team.id}`} className="visit-team-link">
              {t('visits.teamOverviewLink', { team: team.name })}
            </Link>
          ))}
        </p>
      )}
      {visits.data.visits.length === 0 ? (
        <p className="empty-state">{t('visits.empty')}</p>
      ) : (
        <VisitsTable visits={visits.data.visits} labelledBy="visits-heading" onRecord={setRecording} />
      )}
      {recording && (
        <RecordVisitModal
          visit={recording}
          staff={staffOf(recording)}
          onClose={() => setRecording(null)}
          onRecorded={(v) => {
            setRecording(null);
            setMessage(t(`visits.recorded.${v.status}`));
            void refresh();
          }}
        />
      )}
    </>
  );
}
