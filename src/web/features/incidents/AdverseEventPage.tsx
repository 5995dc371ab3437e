import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Fact } from '../../components/Fact';
import { mutationForm } from '../../components/forms/formFields';
import { FormError, isConflict } from '../../components/forms/FormError';
import { PageHeading } from '../../components/PageHeading';
import { LoadError, Loading } from '../../components/QueryState';
import { RadioGroup } from '../../components/RadioGroup';
import { SuccessMessage } from '../../components/SuccessMessage';
import { TextArea } from '../../components/TextArea';
import { formatDateTime } from '../../lib/dates';
import { adverseEventStatuses } from '../../../contracts/incidents';
import { followUpAdverseEvent, incidentKeys, useAdverseEvent, type AdverseEvent } from './api';
import './incidents.css';

const FIELD_IDS = { status: 'fu-status', learning: 'fu-learning', actions: 'fu-actions' };

/** The leader's follow-up: status, the learning, the actions (a stale version is refused and shown). */
function FollowUpForm({ event, onSaved }: { event: AdverseEvent; onSaved: (e: AdverseEvent) => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [status, setStatus] = useState<string>(event.status);
  const [learning, setLearning] = useState(event.learning);
  const [actions, setActions] = useState(event.actions);
  const save = useMutation({
    mutationFn: () => followUpAdverseEvent(event.id, { version: event.version, status: status as AdverseEvent['status'], learning, actions }),
    onSuccess: onSaved,
    // Changed by someone else: fetch the new version (the form shows it; the warning says why).
    onError: (err) => { if (isConflict(err)) void qc.invalidateQueries({ queryKey: incidentKeys.event(event.id) }); },
  });
  const { submit, bind } = mutationForm(save, FIELD_IDS);
  return (
    <form onSubmit={submit} noValidate className="incident-follow-up" aria-labelledby="follow-up-heading">
      <h2 id="follow-up-heading" className="h3">{t('incidents.followUp.heading')}</h2>
      <FormError error={save.error} fieldIds={FIELD_IDS} />
      <RadioGroup {...bind('status', status, setStatus)} name={FIELD_IDS.status} legend={t('incidents.status')}
        options={adverseEventStatuses.map((s) => ({ value: s, label: t(`incidents.statuses.${s}`) }))} />
      <TextArea {...bind('learning', learning, setLearning)} label={t('incidents.followUp.learning')} hint={t('incidents.followUp.learningHint')} rows={3} maxLength={4000} />
      <TextArea {...bind('actions', actions, setActions)} label={t('incidents.followUp.actions')} rows={2} maxLength={4000} />
      <button type="submit" className="button button-primary" disabled={save.isPending}>{t('incidents.followUp.save')}</button>
    </form>
  );
}

/** One adverse event: the report's fields, the follow-up, and its DPSD export (PDF and JSON). */
export default function AdverseEventPage() {
  const { t } = useTranslation();
  const { eventId = '' } = useParams();
  const qc = useQueryClient();
  const event = useAdverseEvent(eventId);
  const [message, setMessage] = useState('');
  if (event.isPending) return <Loading />;
  if (event.isError) return <LoadError error={event.error} onRetry={() => void event.refetch()} />;
  const e = event.data;
  const hidden = <em>{t('incidents.healthHidden')}</em>;
  return (
    <>
      <PageHeading title={`${e.title} – ${t('incidents.nav')}`}>{e.title}</PageHeading>
      <p><Link to="/haendelser">{t('incidents.back')}</Link></p>
      {message && <SuccessMessage text={message} onDone={() => setMessage('')} />}
      <dl className="facts">
        <Fact term={t('incidents.status')}>{t(`incidents.statuses.${e.status}`)}</Fact>
        <Fact term={t('incidents.when')}>{formatDateTime(e.occurredAt)}</Fact>
        <Fact term={t('incidents.report.type')}>{t(`incidents.types.${e.eventType}`)}</Fact>
        <Fact term={t('incidents.citizen')}>{e.citizen ? <Link to={`/borgere/${e.citizen.id}`}>{e.citizen.name}</Link> : t('incidents.report.noCitizen')}</Fact>
        <Fact term={t('incidents.where')}>{[e.facility.name, e.unit.name, e.location].filter(Boolean).join(', ')}</Fact>
        {e.involvedLocations && <Fact term={t('incidents.report.involvedLocations')}>{e.involvedLocations}</Fact>}
        <Fact term={t('incidents.report.actual')}>{e.actualConsequence}</Fact>
        {e.possibleConsequence && <Fact term={t('incidents.report.possible')}>{e.possibleConsequence}</Fact>}
        <Fact term={t('incidents.report.severity')}><strong>{e.severity}</strong></Fact>
        <Fact term={t('incidents.report.description')}>{e.description ?? hidden}</Fact>
        {e.eventType === 'medication_error' && <Fact term={t('incidents.report.medicine')}>{e.medicine ?? hidden}</Fact>}
        <Fact term={t('incidents.report.consequenceNote')}>{e.consequenceNote ?? hidden}</Fact>
        {e.prevention && <Fact term={t('incidents.report.prevention')}>{e.prevention}</Fact>}
        {e.comments && <Fact term={t('incidents.report.comments')}>{e.comments}</Fact>}
        <Fact term={t('incidents.reportedBy')}>{e.reportedBy?.name ?? (e.reportedByMe ? t('incidents.you') : t('incidents.reporterHidden'))}, {formatDateTime(e.reportedAt)}</Fact>
        {e.learning && <Fact term={t('incidents.followUp.learning')}>{e.learning}</Fact>}
        {e.actions && <Fact term={t('incidents.followUp.actions')}>{e.actions}</Fact>}
        {e.followedUpAt && <Fact term={t('incidents.followUp.by')}>{`${e.followedUpBy ?? '—'}, ${formatDateTime(e.followedUpAt)}`}</Fact>}
      </dl>
      {e.abilities.export && (
        <div className="incident-exports">
          {/* Plain links: the browser downloads with the session cookie; the server audits the export. */}
          <a href={`/api/adverse-events/${e.id}/dpsd.pdf`} className="button button-secondary" download>{t('incidents.export.pdf')}</a>
          <a href={`/api/adverse-events/${e.id}/dpsd.json`} className="button button-secondary" download>{t('incidents.export.json')}</a>
          <p className="form-hint">{t('incidents.export.hint')}</p>
        </div>
      )}
      {e.abilities.followUp && (
        <FollowUpForm
          key={e.id}
          event={e}
          onSaved={(saved) => {
            qc.setQueryData(incidentKeys.event(saved.id), saved);
            void qc.invalidateQueries({ queryKey: ['incidents', 'events'] });
            setMessage(t('incidents.followUp.saved'));
          }}
        />
      )}
    </>
  );
}
