import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ModalForm } from '../../components/forms/ModalForm';
import { mutationForm } from '../../components/forms/formFields';
import { DateInput } from '../../components/DateInput';
import { RadioGroup } from '../../components/RadioGroup';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import { todayIso } from '../../lib/dates';
import { informRelatives, type RelativesInformedRequest, type Report } from './api';

const HOWS = ['phone', 'meeting', 'letter', 'email'] as const;

/** Relatives (guardian, fremtidsfuldmægtig) informed of the report: when, whom and how. */
export function RelativesModal({ report, onClose, onSaved }: { report: Report; onClose: () => void; onSaved: (r: Report) => void }) {
  const { t } = useTranslation();
  const [informedOn, setInformedOn] = useState(todayIso());
  const [whom, setWhom] = useState('');
  const [how, setHow] = useState<RelativesInformedRequest['how']>('phone');
  const [note, setNote] = useState('');
  const ids = { informedOn: 'relatives-date', whom: 'relatives-whom', how: 'relatives-how', note: 'relatives-note' };
  const save = useMutation({ mutationFn: () => informRelatives(report.id, { informedOn, whom: whom.trim(), how, note: note.trim() }), onSuccess: onSaved });
  const { submit, bind, field } = mutationForm(save, ids);
  return (
    <ModalForm id="relatives-form" title={t('useOfForce.informRelatives')} mutation={save} fieldIds={ids} onSubmit={submit} onClose={onClose}>
      <DateInput {...bind('informedOn', informedOn, setInformedOn)} label={t('useOfForce.informedOn')} />
      <TextField {...bind('whom', whom, setWhom)} label={t('useOfForce.whom')} hint={t('useOfForce.whomHint')} />
      <RadioGroup name="relatives-how" legend={t('useOfForce.how')} value={how} onChange={(v) => setHow(v as typeof how)} error={field('how').error}
        options={HOWS.map((h) => ({ value: h, label: t(`useOfForce.hows.${h}`) }))} />
      <TextArea {...bind('note', note, setNote)} label={t('useOfForce.note')} rows={2} maxLength={2000} />
    </ModalForm>
  );
}
