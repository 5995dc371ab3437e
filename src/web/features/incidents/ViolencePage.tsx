import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { OverdueBadge } from '../../components/Badges';
import { DataTable } from '../../components/DataTable';
import { DateInput } from '../../components/DateInput';
import { DialogButton } from '../../components/forms/DialogButton';
import { ModalForm } from '../../components/forms/ModalForm';
import { mutationForm } from '../../components/forms/formFields';
import { LoadError, Loading } from '../../components/QueryState';
import { SuccessMessage } from '../../components/SuccessMessage';
import { formatDate, todayIso } from '../../lib/dates';
import { useMe } from '../auth/session';
import { IncidentTabs } from './IncidentTabs';
import { RegisterViolenceModal } from './RegisterViolenceModal';
import { incidentKeys, recordWorkAccident, useIncidentOptions, useViolence, type ViolenceIncident } from './api';

/** The leader records the day the work-accident report (arbejdsskadeanmeldelse) was made. */
function WorkAccidentModal({ incident, onClose, onSaved }: { incident: ViolenceIncident; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [reportedOn, setReportedOn] = useState(todayIso());
  const save = useMutation({ mutationFn: () => recordWorkAccident(incident.id, { version: incident.version, reportedOn }), onSuccess: onSaved });
  const fieldIds = { reportedOn: `wa-${incident.id}` };
  const { submit, bind } = mutationForm(save, fieldIds);
  return (
    <ModalForm id="work-accident-form" title={t('incidents.violence.workAccidentTitle')} submitLabel={t('common.save')} mutation={save} fieldIds={fieldIds} onSubmit={submit} onClose={onClose}>
      <DateInput {...bind('reportedOn', reportedOn, setReportedOn)} label={t('incidents.violence.reportedOn')} />
    </ModalForm>
  );
}

/** The work-accident report's state: due (and overdue), or made on a day; none for a resident. */
function WorkAccidentCell({ v }: { v: ViolenceIncident }) {
  const { t } = useTranslation();
  if (!v.workAccident) return <>{t('incidents.violence.noWorkAccident')}</>;
  if (v.workAccident.reportedOn) return <>{t('incidents.violence.reported', { date: formatDate(v.workAccident.reportedOn) })}</>;
  return <>{t('incidents.violence.due', { date: formatDate(v.workAccident.due) })} {v.workAccident.overdue && <OverdueBadge />}</>;
}

/** Vold og trusler: one's own registrations and those of the units one leads, the work-accident deadlines, and registering one. */
export default function ViolencePage() {
  const { t } = useTranslation();
  const me = useMe();
  const qc = useQueryClient();
  const list = useViolence();
  const options = useIncidentOptions();
  const [message, setMessage] = useState('');
  const saved = (text: string) => {
    void qc.invalidateQueries({ queryKey: incidentKeys.all });
    setMessage(text);
  };
  return (
    <>
      <IncidentTabs title={t('incidents.violence.heading')} />
      {message && <SuccessMessage text={message} onDone={() => setMessage('')} />}
      <div className="section-head">
        <h2 id="violence-heading" className="h3">{t('incidents.violence.heading')}</h2>
        {options.data && options.data.units.length > 0 && (
          <DialogButton
            label={t('incidents.violence.registerTitle')}
            dialog={(close) => (
              <RegisterViolenceModal options={options.data} userId={me.id} onClose={close} onSaved={() => { close(); saved(t('incidents.violence.registered')); }} />
            )}
          />
        )}
      </div>
      {list.isPending ? <Loading /> : list.isError ? <LoadError error={list.error} onRetry={() => void list.refetch()} /> : list.data.length === 0 ? (
        <p className="empty-state">{t('incidents.violence.empty')}</p>
      ) : (
        <DataTable
          rows={list.data}
          labelledBy="violence-heading"
          columns={[
            { header: t('incidents.date'), rowHeader: true, cell: (v) => formatDate(v.date) },
            {
              header: t('incidents.violence.kind'),
              cell: (v) => <><strong>{t(`incidents.kinds.${v.kind}`)}</strong><span className="incident-description">{v.description}</span></>,
            },
            {
              header: t('incidents.violence.who'),
              cell: (v) => (
                <>
                  {t('incidents.violence.exposedIs', { name: v.exposedStaff?.name ?? v.exposedCitizen?.name ?? '—' })}
                  {v.actingCitizen && <><br />{t('incidents.violence.actingIs', { name: v.actingCitizen.name })}</>}
                </>
              ),
            },
            { header: t('incidents.violence.injury'), cell: (v) => [v.injury, v.absenceDays ? t('incidents.violence.absence', { count: v.absenceDays }) : ''].filter(Boolean).join('. ') || '—' },
            { header: t('incidents.violence.workAccident'), cell: (v) => <WorkAccidentCell v={v} /> },
            {
              header: t('incidents.actions'), hiddenHeader: true,
              cell: (v) => v.abilities.recordWorkAccident && !v.workAccident?.reportedOn && (
                <DialogButton label={t('incidents.violence.recordReport')} dialog={(close) => (
                  <WorkAccidentModal incident={v} onClose={close} onSaved={() => { close(); saved(t('incidents.violence.reportRecorded')); }} />
                )} />
              ),
            },
          ]}
        />
      )}
    </>
  );
}
