import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MedicineLine, Observation } from '../../../contracts/medication';
import { Alert } from '../../components/Alert';
import { fieldError } from '../../components/ErrorSummary';
import { RadioGroup } from '../../components/RadioGroup';
import { SelectField } from '../../components/SelectField';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import { ModalForm } from '../../components/forms/ModalForm';
import { onSubmitRun } from '../../components/forms/submit';
import { formatDateTime } from '../../lib/dates';
import { addObservation, recordDoctorContact } from './api';
import { localToIso, nowLocal } from './format';

interface ObservationProps {
  citizenId: string;
  lines: MedicineLine[];
  /** Preselected line. */
  lineId?: string;
  onClose: () => void;
  onSaved: () => void;
}

/** An observed effect or side effect of a line; a serious side effect says to contact the doctor. */
export function ObservationModal({ citizenId, lines, lineId, onClose, onSaved }: ObservationProps) {
  const { t } = useTranslation();
  const [v, setV] = useState({ lineId: lineId ?? '', kind: 'effect', severity: '', text: '', observedAt: nowLocal() });
  const set = (k: keyof typeof v) => (value: string) => setV((old) => ({ ...old, [k]: value }));
  const save = useMutation({
    mutationFn: () =>
      addObservation(citizenId, {
        lineId: v.lineId, kind: v.kind as 'effect', severity: v.kind === 'side_effect' ? ((v.severity || null) as 'mild' | null) : null, text: v.text, observedAt: localToIso(v.observedAt),
      }),
    onSuccess: onSaved,
  });
  const id = 'medicine-observation';
  const fieldIds = { lineId: `${id}-line`, kind: `${id}-kind`, severity: `${id}-severity`, text: `${id}-text`, observedAt: `${id}-at` };
  return (
    <ModalForm id={id} title={t('medication.observations.newTitle')} mutation={save} fieldIds={fieldIds} onSubmit={onSubmitRun(() => save.mutate())} onClose={onClose}>
      <SelectField
        id={fieldIds.lineId} label={t('medication.observations.line')} value={v.lineId} onChange={set('lineId')} placeholder={t('common.choose')} error={fieldError(save.error, 'lineId')}
        options={lines.map((l) => ({ value: l.id, label: `${l.genericName} ${l.strength} (${t(`medication.kinds.${l.kind}`)})` }))}
      />
      <RadioGroup
        name={fieldIds.kind} legend={t('medication.observations.kind')} value={v.kind} onChange={set('kind')} error={fieldError(save.error, 'kind')}
        options={[{ value: 'effect', label: t('medication.observations.kinds.effect') }, { value: 'side_effect', label: t('medication.observations.kinds.side_effect') }]}
      />
      {v.kind === 'side_effect' && (
        <RadioGroup
          name={fieldIds.severity} legend={t('medication.observations.severity')} value={v.severity} onChange={set('severity')} error={fieldError(save.error, 'severity')}
          options={['mild', 'moderate', 'serious'].map((s) => ({ value: s, label: t(`medication.observations.severities.${s}`) }))}
        />
      )}
      {v.kind === 'side_effect' && v.severity === 'serious' && (
        <Alert variant="warning" heading={t('medication.observations.contactDoctor')}>
          <p>{t('medication.observations.contactDoctorText')}</p>
        </Alert>
      )}
      <TextArea id={fieldIds.text} label={t('medication.observations.text')} hint={t('medication.observations.textHint')} value={v.text} onChange={set('text')} rows={3} error={fieldError(save.error, 'text')} />
      <TextField id={fieldIds.observedAt} label={t('medication.observations.observedAt')} type="datetime-local" value={v.observedAt} onChange={set('observedAt')} error={fieldError(save.error, 'observedAt')} />
    </ModalForm>
  );
}

/** Records that the doctor was contacted about an observation: when and what was agreed. */
export function DoctorContactModal({ citizenId, observation, onClose, onSaved }: { citizenId: string; observation: Observation; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [at, setAt] = useState(nowLocal());
  const [note, setNote] = useState('');
  const save = useMutation({ mutationFn: () => recordDoctorContact(citizenId, observation.id, { contactedAt: localToIso(at), note }), onSuccess: onSaved });
  const id = 'medicine-doctor-contact';
  const fieldIds = { contactedAt: `${id}-at`, note: `${id}-note` };
  return (
    <ModalForm id={id} title={t('medication.observations.doctorTitle')} mutation={save} fieldIds={fieldIds} onSubmit={onSubmitRun(() => save.mutate())} onClose={onClose}>
      <p>{t('medication.observations.about', { line: observation.lineName, text: observation.text, at: formatDateTime(observation.observedAt) })}</p>
      <TextField id={fieldIds.contactedAt} label={t('medication.observations.contactedAt')} type="datetime-local" value={at} onChange={setAt} error={fieldError(save.error, 'contactedAt')} />
      <TextArea id={fieldIds.note} label={t('medication.observations.doctorNote')} hint={t('medication.observations.doctorNoteHint')} value={note} onChange={setNote} rows={3} error={fieldError(save.error, 'note')} />
    </ModalForm>
  );
}
