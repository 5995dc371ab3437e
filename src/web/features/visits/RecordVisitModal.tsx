import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ModalForm } from '../../components/forms/ModalForm';
import { mutationForm } from '../../components/forms/formFields';
import { RadioGroup } from '../../components/RadioGroup';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import { recordVisit, type RecordVisitRequest, type Visit } from './api';
import { StaffPicker } from './StaffPicker';
import { endOf } from './format';
import { formatDate } from '../../lib/dates';

const FIELD_IDS = { status: 'record-status', startTime: 'record-start', endTime: 'record-end', staffIds: 'record-staff', note: 'record-note', version: 'record-status' };

interface Props {
  visit: Visit;
  /** The team's staff, to say who made the visit. */
  staff: Array<{ id: string; name: string }>;
  onClose: () => void;
  onRecorded: (visit: Visit) => void;
}

/** Record how a planned visit went: done (when, who), cancelled or not at home (why). */
export function RecordVisitModal({ visit, staff, onClose, onRecorded }: Props) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<RecordVisitRequest['status']>('done');
  const [startTime, setStartTime] = useState(visit.startTime);
  const [endTime, setEndTime] = useState(endOf(visit.startTime, visit.plannedMinutes));
  const [staffIds, setStaffIds] = useState(visit.plannedStaff.map((s) => s.id));
  const [note, setNote] = useState('');
  const done = status === 'done';
  const save = useMutation({
    mutationFn: () =>
      recordVisit(visit.id, { version: visit.version, status, note: note.trim(), ...(done ? { startTime, endTime, staffIds } : {}) }),
    onSuccess: onRecorded,
  });
  const { submit, bind, field } = mutationForm(save, FIELD_IDS);
  const pickable = [...staff, ...visit.plannedStaff.filter((p) => !staff.some((s) => s.id === p.id))];
  return (
    <ModalForm id="record-visit-form" title={t('visits.recordTitle')} submitLabel={t('visits.save')} mutation={save} fieldIds={FIELD_IDS} onSubmit={submit} onClose={onClose}>
      <p>{t('visits.recordIntro', { date: formatDate(visit.date), time: visit.startTime, minutes: visit.plannedMinutes })}</p>
      <RadioGroup
        name={FIELD_IDS.status}
        legend={t('visits.howDidItGo')}
        value={status}
        onChange={(v) => setStatus(v as RecordVisitRequest['status'])}
        error={field('status').error}
        options={(['done', 'cancelled', 'not_home'] as const).map((s) => ({ value: s, label: t(`visits.status.${s}`) }))}
      />
      {done && (
        <>
          <TextField {...bind('startTime', startTime, setStartTime)} type="time" label={t('visits.actualStart')} className="input-width-xs" />
          <TextField {...bind('endTime', endTime, setEndTime)} type="time" label={t('visits.actualEnd')} className="input-width-xs" />
          <StaffPicker {...field('staffIds')} legend={t('visits.whoWent')} staff={pickable} value={staffIds} onChange={setStaffIds} />
        </>
      )}
      <TextArea
        {...bind('note', note, setNote)}
        label={done ? t('visits.outcomeNote') : t('visits.reason')}
        hint={done ? t('visits.outcomeHint') : t('visits.reasonHint')}
        rows={2}
        maxLength={2000}
      />
    </ModalForm>
  );
}
