import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ModalForm } from '../../components/forms/ModalForm';
import { mutationForm } from '../../components/forms/formFields';
import { DateInput } from '../../components/DateInput';
import { SelectField } from '../../components/SelectField';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import { recordDecision, registerUse, useForms, type Answers, type Decision } from './api';
import { FormFields } from './FormFields';
import { nowParts } from './format';

/** Register one use of a pre-approved measure against its decision. */
export function RegisterUseModal({ decision, onClose, onSaved }: { decision: Decision; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const now = nowParts();
  const [date, setDate] = useState(now.date);
  const [time, setTime] = useState(now.time);
  const [minutes, setMinutes] = useState('');
  const [note, setNote] = useState('');
  const ids = { usedAt: 'use-date', minutes: 'use-minutes', note: 'use-note' };
  const save = useMutation({
    mutationFn: () => registerUse(decision.id, { usedAt: `${date}T${time}`, ...(minutes ? { minutes: Number(minutes) } : {}), note: note.trim() }),
    onSuccess: onSaved,
  });
  const { submit, bind, field } = mutationForm(save, ids);
  return (
    <ModalForm id="register-use-form" title={t('useOfForce.registerUseFor', { measure: decision.measure.name })} mutation={save} fieldIds={ids} onSubmit={submit} onClose={onClose}>
      <DateInput {...field('usedAt')} label={t('useOfForce.date')} value={date} onChange={setDate} />
      <TextField id="use-time" label={t('useOfForce.time')} type="time" className="input-width-xs" value={time} onChange={setTime} />
      <TextField {...bind('minutes', minutes, setMinutes)} label={t('useOfForce.minutes')} inputMode="numeric" className="input-width-xs" />
      <TextArea {...bind('note', note, setNote)} label={t('useOfForce.note')} rows={2} maxLength={2000} />
    </ModalForm>
  );
}

/** The municipality's decision on a Skema 3 request: the measure, its period and the request's answers. */
export function RecordDecisionModal({ citizenId, onClose, onSaved }: { citizenId: string; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const forms = useForms();
  const request = forms.data?.find((f) => f.code === 'skema3');
  const [measureCode, setMeasure] = useState('');
  const [requestedOn, setRequestedOn] = useState('');
  const [decidedOn, setDecidedOn] = useState('');
  const [validFrom, setValidFrom] = useState('');
  const [validTo, setValidTo] = useState('');
  const [answers, setAnswers] = useState<Answers>({});
  const ids: Record<string, string> = {
    measureCode: 'decision-measure', requestedOn: 'decision-requested', decidedOn: 'decision-decided', validFrom: 'decision-from', validTo: 'decision-to',
    ...Object.fromEntries((request?.fields ?? []).map((f) => [`answers.${f.key}`, `decision-${f.key}`])),
  };
  const save = useMutation({ mutationFn: () => recordDecision(citizenId, { measureCode, requestedOn, decidedOn, validFrom, validTo, answers }), onSuccess: onSaved });
  const { submit, bind } = mutationForm(save, ids);
  return (
    <ModalForm id="record-decision-form" title={t('useOfForce.recordDecisionTitle')} mutation={save} fieldIds={ids} onSubmit={submit} onClose={onClose}>
      <SelectField
        {...bind('measureCode', measureCode, setMeasure)}
        label={t('useOfForce.measure')}
        placeholder={t('useOfForce.chooseMeasure')}
        options={(request?.measures ?? []).map((m) => ({ value: m.code, label: `${m.name} (${m.section})` }))}
      />
      <DateInput {...bind('requestedOn', requestedOn, setRequestedOn)} label={t('useOfForce.requestedOn')} />
      <DateInput {...bind('decidedOn', decidedOn, setDecidedOn)} label={t('useOfForce.decidedOn')} />
      <DateInput {...bind('validFrom', validFrom, setValidFrom)} label={t('useOfForce.validFrom')} />
      <DateInput {...bind('validTo', validTo, setValidTo)} label={t('useOfForce.validTo')} />
      {request && <FormFields idPrefix="decision" fields={request.fields} answers={answers} onChange={setAnswers} error={save.error} />}
    </ModalForm>
  );
}
