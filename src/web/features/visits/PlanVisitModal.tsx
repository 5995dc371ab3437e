import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../components/DateInput';
import { ModalForm } from '../../components/forms/ModalForm';
import { mutationForm } from '../../components/forms/formFields';
import { SelectField } from '../../components/SelectField';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import { todayIso } from '../../lib/dates';
import { planVisit, type Visit, type VisitTeam } from './api';
import { StaffPicker } from './StaffPicker';

const FIELD_IDS = { unitId: 'visit-team', date: 'visit-date', startTime: 'visit-start', plannedMinutes: 'visit-minutes', staffIds: 'visit-staff', note: 'visit-note' };
const LENGTHS = [15, 30, 45, 60, 90, 120, 180];

interface Props {
  citizenId: string;
  teams: VisitTeam[];
  /** The signed-in user, planned for by default when on the team. */
  userId: string;
  onClose: () => void;
  onPlanned: (visit: Visit) => void;
}

/** Plan a visit: team, day, start, planned length, who goes, and what it is for. */
export function PlanVisitModal({ citizenId, teams, userId, onClose, onPlanned }: Props) {
  const { t } = useTranslation();
  const [unitId, setUnitId] = useState(teams[0]?.id ?? '');
  const team = teams.find((x) => x.id === unitId);
  const [date, setDate] = useState(todayIso());
  const [startTime, setStartTime] = useState('10:00');
  const [minutes, setMinutes] = useState('60');
  const [staffIds, setStaffIds] = useState<string[]>(team?.staff.some((s) => s.id === userId) ? [userId] : []);
  const [note, setNote] = useState('');
  const save = useMutation({
    mutationFn: () => planVisit(citizenId, { unitId, date, startTime, plannedMinutes: Number(minutes), staffIds, note: note.trim() }),
    onSuccess: onPlanned,
  });
  const { submit, bind, field } = mutationForm(save, FIELD_IDS);
  return (
    <ModalForm id="plan-visit-form" title={t('visits.planTitle')} submitLabel={t('visits.plan')} mutation={save} fieldIds={FIELD_IDS} onSubmit={submit} onClose={onClose}>
      {teams.length > 1 && (
        <SelectField {...bind('unitId', unitId, setUnitId)} label={t('visits.team')} options={teams.map((x) => ({ value: x.id, label: x.name }))} />
      )}
      <DateInput {...bind('date', date, setDate)} label={t('visits.date')} />
      <TextField {...bind('startTime', startTime, setStartTime)} type="time" label={t('visits.startTime')} className="input-width-xs" />
      <SelectField
        {...bind('plannedMinutes', minutes, setMinutes)}
        label={t('visits.plannedMinutes')}
        options={LENGTHS.map((m) => ({ value: String(m), label: t('visits.minutes', { count: m }) }))}
      />
      <StaffPicker {...field('staffIds')} legend={t('visits.who')} staff={team?.staff ?? []} value={staffIds} onChange={setStaffIds} />
      <TextArea {...bind('note', note, setNote)} label={t('visits.note')} hint={t('visits.noteHint')} rows={2} maxLength={2000} />
    </ModalForm>
  );
}
