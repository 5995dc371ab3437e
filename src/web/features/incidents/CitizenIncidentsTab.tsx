import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../../components/QueryState';
import { SuccessMessage } from '../../components/SuccessMessage';
import { useCitizenContext } from '../citizens/context';
import { AdverseEventsTable } from './AdverseEventsTable';
import { ReportAdverseEventButton } from './ReportAdverseEventButton';
import { useAdverseEvents } from './api';
import './incidents.css';

/** Hændelser on the citizen's record: the adverse events about them the user reads, and reporting one. */
export default function CitizenIncidentsTab() {
  const { t } = useTranslation();
  const citizen = useCitizenContext();
  const events = useAdverseEvents(citizen.id);
  const [message, setMessage] = useState('');
  return (
    <>
      {message && <SuccessMessage text={message} onDone={() => setMessage('')} />}
      <div className="section-head">
        <h2 id="citizen-events-heading" className="h3">{t('incidents.events.heading')}</h2>
        <ReportAdverseEventButton citizenId={citizen.id} onReported={(e) => setMessage(t('incidents.report.done', { title: e.title }))} />
      </div>
      {events.isPending ? <Loading /> : events.isError ? <LoadError error={events.error} onRetry={() => void events.refetch()} /> : (
        <AdverseEventsTable rows={events.data} labelledBy="citizen-events-heading" showCitizen={false} />
      )}
    </>
  );
}
