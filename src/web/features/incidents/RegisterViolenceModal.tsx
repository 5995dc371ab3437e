import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../components/DateInput';
import { ModalForm } from '../../components/forms/ModalForm';
import { mutationForm } from '../../components/forms/formFields';
import { RadioGroup } from '../../components/RadioGroup';
import { SelectField } from '../../components/SelectField';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import { todayIso } from '../../lib/dates';
import { violenceKinds } from '../../../contracts/incidents';
import { reportViolence, type IncidentOptionsData, type ViolenceIncident } from './api';

const FIELD_IDS = {
  unitId: 'vi-unit', date: 'vi-date', kind: 'vi-kind', exposedUserId: 'vi-exposed-staff', exposedCitizenId: 'vi-exposed-citizen',
  actingCitizenId: 'vi-acting', description: 'vi-description', injury: 'vi-injury', absenceDays: 'vi-absence',
};

/** Register violence or a threat: where, when, what, who was exposed (a colleague or a resident), who acted, the injury and absence. */
export function RegisterViolenceModal({ options, userId, onClose, onSaved }: { options: IncidentOptionsData; userId: string; onClose: () => void; onSaved: (v: ViolenceIncident) => void }) {
  const { t } = useTranslation();
  const [unitId, setUnitId] = useState(options.units[0]?.id ?? '');
  const unit = options.units.find((u) => u.id === unitId);
  const [date, setDate] = useState(todayIso());
  const [kind, setKind] = useState('');
  const [exposedKind, setExposedKind] = useState<'staff' | 'citizen'>('staff');
  const [exposedUserId, setExposedUserId] = useState(unit?.staff.some((s) => s.id === userId) ? userId : '');
  const [exposedCitizenId, setExposedCitizenId] = useState('');
  const [actingCitizenId, setActingCitizenId] = useState('');
  const [description, setDescription] = useState('');
  const [injury, setInjury] = useState('');
  const [absenceDays, setAbsenceDays] = useState('0');
  const save = useMutation({
    mutationFn: () =>
      reportViolence({
        unitId, date, kind: kind as ViolenceIncident['kind'], description, injury, absenceDays: Number(absenceDays),
        ...(exposedKind === 'staff' ? { exposedUserId: exposedUserId || undefined } : { exposedCitizenId: exposedCitizenId || undefined }),
        actingCitizenId: actingCitizenId || undefined,
      }),
    onSuccess: onSaved,
  });
  const { submit, bind } = mutationForm(save, FIELD_IDS);
  const citizens = (unit?.citizens ?? []).map((c) => ({ value: c.id, label: c.name }));
  return (
    <ModalForm id="violence-form" title={t('incidents.violence.registerTitle')} submitLabel={t('incidents.violence.register')} mutation={save} fieldIds={FIELD_IDS} onSubmit={submit} onClose={onClose}>
      {options.units.length > 1 && (
        <SelectField {...bind('unitId', unitId, setUnitId)} label={t('incidents.unit')} options={options.units.map((u) => ({ value: u.id, label: `${u.name} (${u.facilityName})` }))} />
      )}
      <DateInput {...bind('date', date, setDate)} label={t('incidents.date')} />
      <SelectField {...bind('kind', kind, setKind)} label={t('incidents.violence.kind')} placeholder={t('common.choose')}
        options={violenceKinds.map((k) => ({ value: k, label: t(`incidents.kinds.${k}`) }))} />
      <RadioGroup name="vi-exposed-kind" legend={t('incidents.violence.exposedKind')} value={exposedKind} onChange={(v) => setExposedKind(v as 'staff' | 'citizen')}
        options={[{ value: 'staff', label: t('incidents.violence.exposedStaff') }, { value: 'citizen', label: t('incidents.violence.exposedCitizen') }]} />
      {exposedKind === 'staff' ? (
        <SelectField {...bind('exposedUserId', exposedUserId, setExposedUserId)} label={t('incidents.violence.whichStaff')} placeholder={t('common.choose')}
          options={(unit?.staff ?? []).map((s) => ({ value: s.id, label: s.id === userId ? `${s.name} (${t('incidents.you')})` : s.name }))} />
      ) : (
        <SelectField {...bind('exposedCitizenId', exposedCitizenId, setExposedCitizenId)} label={t('incidents.violence.whichResident')} placeholder={t('common.choose')} options={citizens} />
      )}
      <SelectField {...bind('actingCitizenId', actingCitizenId, setActingCitizenId)} label={t('incidents.violence.acting')} placeholder={t('incidents.violence.noActing')} options={citizens} />
      <TextArea {...bind('description', description, setDescription)} label={t('incidents.violence.description')} hint={t('incidents.report.learningNotBlame')} rows={3} maxLength={4000} />
      <TextField {...bind('injury', injury, setInjury)} label={t('incidents.violence.injury')} hint={t('incidents.violence.injuryHint')} maxLength={2000} />
      <TextField {...bind('absenceDays', absenceDays, setAbsenceDays)} type="number" min={0} max={365} label={t('incidents.violence.absenceDays')} className="input-width-xs" />
      {exposedKind === 'staff' && <p className="form-hint">{t('incidents.violence.deadlineHint')}</p>}
    </ModalForm>
  );
}
