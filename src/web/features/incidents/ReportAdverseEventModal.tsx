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
import { adverseEventTypes } from '../../../contracts/incidents';
import { reportAdverseEvent, type AdverseEvent, type IncidentOptionsData } from './api';

const FIELD_IDS = {
  citizenId: 'ae-citizen', unitId: 'ae-unit', date: 'ae-date', time: 'ae-time', eventType: 'ae-type', title: 'ae-title', description: 'ae-description',
  consequenceNote: 'ae-consequence', actualConsequence: 'ae-actual', possibleConsequence: 'ae-possible', prevention: 'ae-prevention',
  location: 'ae-location', involvedLocations: 'ae-involved', medicine: 'ae-medicine', comments: 'ae-comments', administrationId: 'ae-administration',
};

const nowTime = () => new Date().toLocaleTimeString('da-DK', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Copenhagen' }).replace('.', ':');

interface Props {
  options: IncidentOptionsData;
  /** Prefilled: the citizen (from their record or a round registration) and the round's registration. */
  citizenId?: string;
  administrationId?: string;
  onClose: () => void;
  onReported: (event: AdverseEvent) => void;
}

/**
 * The adverse-event report (utilsigtet hændelse) with the DPSD form's fields: what happened, to whom,
 * where, when, what it led to and could have led to (the severity from the matrix, shown as it is
 * chosen), how it might be avoided. Learning, not blame: nobody is named as at fault.
 */
export function ReportAdverseEventModal({ options, citizenId: fixedCitizen, administrationId, onClose, onReported }: Props) {
  const { t } = useTranslation();
  const unitsFor = (c: string) => (c ? options.units.filter((u) => u.citizens.some((x) => x.id === c)) : options.units);
  const [citizenId, setCitizenId] = useState(fixedCitizen ?? '');
  const [unitId, setUnitId] = useState(unitsFor(fixedCitizen ?? '')[0]?.id ?? '');
  const [date, setDate] = useState(todayIso());
  const [time, setTime] = useState(nowTime());
  const [eventType, setEventType] = useState(administrationId ? 'medication_error' : '');
  const [text, setText] = useState({ title: '', description: '', consequenceNote: '', prevention: '', location: '', involvedLocations: '', medicine: '', comments: '' });
  const [actual, setActual] = useState('');
  const [possible, setPossible] = useState('');
  const { severity } = options;
  const asksPossible = actual !== '' && !severity.actualWithoutPossible.includes(actual);
  const category = severity.matrix.find((r) => r.actual === actual && r.possible === (asksPossible ? possible : null))?.category;
  const save = useMutation({
    mutationFn: () =>
      reportAdverseEvent({
        citizenId: citizenId || undefined, unitId, administrationId, date, time, eventType: eventType as AdverseEvent['eventType'],
        ...text, actualConsequence: actual, possibleConsequence: asksPossible ? possible || null : null,
      }),
    onSuccess: onReported,
  });
  const { submit, bind } = mutationForm(save, FIELD_IDS);
  const textField = (name: keyof typeof text) => bind(name, text[name], (v: string) => setText((s) => ({ ...s, [name]: v })));
  const citizens = [...new Map(options.units.flatMap((u) => u.citizens).map((c) => [c.id, c])).values()].sort((a, b) => a.name.localeCompare(b.name, 'da'));
  const units = unitsFor(citizenId);
  return (
    <ModalForm id="adverse-event-form" title={t('incidents.report.title')} submitLabel={t('incidents.report.submit')} mutation={save} fieldIds={FIELD_IDS} onSubmit={submit} onClose={onClose}>
      <p className="form-hint">{t('incidents.report.learningNotBlame')}</p>
      {!fixedCitizen && (
        <SelectField
          {...bind('citizenId', citizenId, (v: string) => { setCitizenId(v); setUnitId(unitsFor(v)[0]?.id ?? ''); })}
          label={t('incidents.report.citizen')} placeholder={t('incidents.report.noCitizen')} options={citizens.map((c) => ({ value: c.id, label: c.name }))}
        />
      )}
      {units.length !== 1 && (
        <SelectField {...bind('unitId', unitId, setUnitId)} label={t('incidents.unit')} placeholder={t('common.choose')}
          options={units.map((u) => ({ value: u.id, label: `${u.name} (${u.facilityName})` }))} />
      )}
      <div className="incident-when">
        <DateInput {...bind('date', date, setDate)} label={t('incidents.date')} />
        <TextField {...bind('time', time, setTime)} type="time" label={t('incidents.time')} className="input-width-xs" />
      </div>
      <SelectField {...bind('eventType', eventType, setEventType)} label={t('incidents.report.type')} placeholder={t('common.choose')}
        options={adverseEventTypes.map((v) => ({ value: v, label: t(`incidents.types.${v}`) }))} />
      <TextField {...textField('title')} label={t('incidents.report.headline')} hint={t('incidents.report.headlineHint')} maxLength={200} />
      <TextArea {...textField('description')} label={t('incidents.report.description')} hint={t('incidents.report.descriptionHint')} rows={4} maxLength={8000} />
      {eventType === 'medication_error' && <TextField {...textField('medicine')} label={t('incidents.report.medicine')} hint={t('incidents.report.medicineHint')} maxLength={1000} />}
      <RadioGroup {...bind('actualConsequence', actual, setActual)} name={FIELD_IDS.actualConsequence} legend={t('incidents.report.actual')}
        options={severity.actualLevels.map((v) => ({ value: v, label: v }))} />
      {asksPossible && (
        <RadioGroup {...bind('possibleConsequence', possible, setPossible)} name={FIELD_IDS.possibleConsequence} legend={t('incidents.report.possible')}
          options={severity.possibleLevels.map((v) => ({ value: v, label: v }))} />
      )}
      {category && <p className="incident-severity" role="status">{t('incidents.report.severity')}: <strong>{category}</strong></p>}
      <TextArea {...textField('consequenceNote')} label={t('incidents.report.consequenceNote')} rows={2} maxLength={4000} />
      <TextArea {...textField('prevention')} label={t('incidents.report.prevention')} rows={2} maxLength={4000} />
      <TextField {...textField('location')} label={t('incidents.report.location')} hint={t('incidents.report.locationHint')} maxLength={200} />
      <TextField {...textField('involvedLocations')} label={t('incidents.report.involvedLocations')} hint={t('incidents.report.involvedHint')} maxLength={500} />
      <TextArea {...textField('comments')} label={t('incidents.report.comments')} rows={2} maxLength={4000} />
    </ModalForm>
  );
}
