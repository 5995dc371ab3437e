import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MedicineLine, MedicineLineInput } from '../../../contracts/medication';
import { Checkbox } from '../../components/Checkbox';
import { DateInput } from '../../components/DateInput';
import { fieldError } from '../../components/ErrorSummary';
import { RadioGroup } from '../../components/RadioGroup';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import { ModalForm } from '../../components/forms/ModalForm';
import { isConflict } from '../../components/forms/FormError';
import { onSubmitRun } from '../../components/forms/submit';
import { todayIso } from '../../lib/dates';
import { addLine, changeLine, useDrugCatalogue } from './api';
import { formatNumber, parseNumber } from './format';
import { ScheduleFields, type ScheduleRow } from './ScheduleFields';

interface Props {
  citizenId: string;
  /** The line to change; none: a new line. */
  line?: MedicineLine;
  onClose: () => void;
  onSaved: () => void;
}

const text = (n: number | null | undefined) => (n === null || n === undefined ? '' : formatNumber(n));

/** The agency's checklist as a form: what, how much, when, why, who prescribed it, from when to when. */
export function LineFormModal({ citizenId, line, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const catalogue = useDrugCatalogue().data ?? [];
  const [v, setValues] = useState(() => ({
    kind: line?.kind ?? 'fixed',
    genericName: line?.genericName ?? '',
    tradeName: line?.tradeName ?? '',
    atcCode: line?.atcCode ?? '',
    form: line?.form ?? '',
    strength: line?.strength ?? '',
    doseUnit: line?.doseUnit ?? 'stk',
    singleDose: text(line?.singleDose ?? 1),
    pnMaxPer24h: text(line?.pnMaxPer24h),
    indication: line?.indication ?? '',
    instructions: line?.instructions ?? '',
    prescriber: line?.prescriber ?? '',
    doseDispensed: line?.doseDispensed ?? false,
    startDate: line?.startDate ?? todayIso(),
    stopDate: line?.stopDate ?? '',
    reason: '',
  }));
  const [schedule, setSchedule] = useState<ScheduleRow[]>(() =>
    line?.schedule.length ? line.schedule.map((s) => ({ time: s.time, dose: formatNumber(s.dose) })) : [{ time: '08:00', dose: '1' }],
  );
  const set = <K extends keyof typeof v>(name: K) => (value: (typeof v)[K]) => setValues((old) => ({ ...old, [name]: value }));
  const drug = catalogue.find((d) => d.genericName === v.genericName.trim().toLowerCase());
  const pickName = (name: string) => {
    const known = catalogue.find((d) => d.genericName === name.trim().toLowerCase());
    setValues((old) => ({ ...old, genericName: name, atcCode: known?.atcCode && !old.atcCode ? known.atcCode : old.atcCode }));
  };

  const save = useMutation({
    mutationFn: () => {
      const fixed = v.kind === 'fixed';
      const body = {
        kind: v.kind, genericName: v.genericName, tradeName: v.tradeName, atcCode: v.atcCode || null, form: v.form, strength: v.strength, doseUnit: v.doseUnit,
        singleDose: parseNumber(v.singleDose), schedule: fixed ? schedule.map((s) => ({ time: s.time, dose: parseNumber(s.dose) })) : [],
        pnMaxPer24h: fixed ? null : v.pnMaxPer24h.trim() === '' ? null : parseNumber(v.pnMaxPer24h),
        indication: v.indication, instructions: v.instructions, prescriber: v.prescriber, doseDispensed: v.doseDispensed,
        startDate: v.startDate, stopDate: v.stopDate || null,
      } as MedicineLineInput;
      return line ? changeLine(citizenId, line.id, { ...body, version: line.version, reason: v.reason }) : addLine(citizenId, body);
    },
    onSuccess: onSaved,
    onError: (e) => {
      if (isConflict(e)) onSaved();
    },
  });
  const id = line ? 'medicine-line-edit' : 'medicine-line-new';
  const names = ['kind', 'genericName', 'tradeName', 'atcCode', 'form', 'strength', 'doseUnit', 'singleDose', 'schedule', 'pnMaxPer24h', 'indication', 'instructions', 'prescriber', 'startDate', 'stopDate', 'reason'];
  const fieldIds = Object.fromEntries(names.map((n) => [n, `${id}-${n}`]));
  const field = (name: keyof typeof v & string, label: string, hint?: string) => ({
    id: fieldIds[name], label, hint, error: fieldError(save.error, name), value: v[name] as string, onChange: set(name) as (s: string) => void,
  });

  return (
    <ModalForm
      id={id} title={line ? t('medication.form.editTitle', { name: line.genericName }) : t('medication.form.newTitle')}
      mutation={save} fieldIds={fieldIds} onSubmit={onSubmitRun(() => save.mutate())} onClose={onClose}
    >
      <RadioGroup
        name={fieldIds.kind} legend={t('medication.form.kind')} value={v.kind} onChange={(k) => set('kind')(k as 'fixed' | 'pn')} error={fieldError(save.error, 'kind')}
        options={[{ value: 'fixed', label: t('medication.kinds.fixed') }, { value: 'pn', label: t('medication.kinds.pn') }]}
      />
      <TextField {...field('genericName', t('medication.form.genericName'), t('medication.form.genericNameHint'))} onChange={pickName} list="drug-names" autoComplete="off" />
      <datalist id="drug-names">
        {catalogue.map((d) => <option key={d.genericName} value={d.genericName} />)}
      </datalist>
      <div className="medication-form-row">
        <TextField {...field('tradeName', t('medication.form.tradeName'))} autoComplete="off" />
        <TextField {...field('atcCode', t('medication.form.atcCode'), t('medication.form.atcHint'))} autoComplete="off" className="input-width-s" />
      </div>
      <div className="medication-form-row">
        <TextField {...field('form', t('medication.form.form'), t('medication.form.formHint'))} list="drug-forms" autoComplete="off" />
        <TextField {...field('strength', t('medication.form.strength'), t('medication.form.strengthHint'))} list="drug-strengths" autoComplete="off" />
      </div>
      <datalist id="drug-forms">{drug?.forms.map((f) => <option key={f} value={f} />)}</datalist>
      <datalist id="drug-strengths">{drug?.strengths.map((s) => <option key={s} value={s} />)}</datalist>
      <div className="medication-form-row">
        <TextField {...field('singleDose', t('medication.form.singleDose'))} inputMode="decimal" className="input-width-xs" />
        <TextField {...field('doseUnit', t('medication.form.doseUnit'), t('medication.form.doseUnitHint'))} className="input-width-xs" />
        {v.kind === 'pn' && <TextField {...field('pnMaxPer24h', t('medication.form.pnMax'), t('medication.form.pnMaxHint'))} inputMode="decimal" className="input-width-xs" />}
      </div>
      {v.kind === 'fixed' && <ScheduleFields id={fieldIds.schedule} rows={schedule} onChange={setSchedule} unit={v.doseUnit} error={save.error} />}
      <TextArea {...field('indication', t('medication.form.indication'), t('medication.form.indicationHint'))} rows={2} />
      <TextArea {...field('instructions', t('medication.form.instructions'), t('medication.form.instructionsHint'))} rows={2} />
      <TextField {...field('prescriber', t('medication.form.prescriber'), t('medication.form.prescriberHint'))} autoComplete="off" />
      <div className="medication-form-row">
        <DateInput {...field('startDate', t('medication.form.startDate'))} />
        <DateInput {...field('stopDate', t('medication.form.stopDate'), t('medication.form.stopDateHint'))} />
      </div>
      <Checkbox id={`${id}-doseDispensed`} label={t('medication.form.doseDispensed')} hint={t('medication.form.doseDispensedHint')} checked={v.doseDispensed} onChange={set('doseDispensed')} />
      {line && <TextField {...field('reason', t('medication.form.reason'), t('medication.form.reasonHint'))} autoComplete="off" />}
    </ModalForm>
  );
}
