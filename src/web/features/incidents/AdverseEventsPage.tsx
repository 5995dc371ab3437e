import { useState } from 'react';
import { Navigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../../components/QueryState';
import { SuccessMessage } from '../../components/SuccessMessage';
import { useMe } from '../auth/session';
import { AdverseEventsTable } from './AdverseEventsTable';
import { IncidentTabs } from './IncidentTabs';
import { ReportAdverseEventButton } from './ReportAdverseEventButton';
import { useAdverseEvents } from './api';

/** Utilsigtede hændelser: one's own reports and those of the units one leads; reporting one. */
export default function AdverseEventsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const events = useAdverseEvents();
  const [message, setMessage] = useState('');
  // The center's management reads counts only: their page is the overview.
  if (me.units.length === 0 && !me.roles.some((r) => r.role === 'unit_leader' || r.role === 'facility_leader')) return <Navigate to="/haendelser/overblik" replace />;
  return (
    <>
      <IncidentTabs title={t('incidents.events.heading')} />
      {message && <SuccessMessage text={message} onDone={() => setMessage('')} />}
      <div className="section-head">
        <h2 id="events-heading" className="h3">{t('incidents.events.heading')}</h2>
        {me.units.length > 0 && <ReportAdverseEventButton primary onReported={(e) => setMessage(t('incidents.report.done', { title: e.title }))} />}
      </div>
      <p className="form-hint">{t('incidents.events.intro')}</p>
      {events.isPending ? <Loading /> : events.isError ? <LoadError error={events.error} onRetry={() => void events.refetch()} /> : <AdverseEventsTable rows={events.data} labelledBy="events-heading" />}
    </>
  );
}
