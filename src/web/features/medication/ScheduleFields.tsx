import { useTranslation } from 'react-i18next';
import { fieldError } from '../../components/ErrorSummary';

export interface ScheduleRow {
  time: string;
  dose: string;
}

interface Props {
  id: string;
  rows: ScheduleRow[];
  onChange: (rows: ScheduleRow[]) => void;
  unit: string;
  /** The last submit's error: messages on `schedule` and `schedule.N.time|dose`. */
  error: unknown;
}

/** The times of a fixed line with the dose at each (kl. 08, 12, 17, 22 are the usual rounds). */
export function ScheduleFields({ id, rows, onChange, unit, error }: Props) {
  const { t } = useTranslation();
  const whole = fieldError(error, 'schedule');
  const update = (i: number, patch: Partial<ScheduleRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const used = new Set(rows.map((r) => r.time));
  const next = ['08:00', '12:00', '17:00', '22:00'].find((s) => !used.has(s)) ?? '20:00';
  return (
    <fieldset id={id} className={`form-group medication-schedule${whole ? ' form-error' : ''}`}>
      <legend className="form-label">{t('medication.form.schedule')}</legend>
      {whole && <span className="form-error-message">{whole}</span>}
      {rows.map((r, i) => {
        const rowError = fieldError(error, `schedule.${i}.time`) ?? fieldError(error, `schedule.${i}.dose`);
        return (
          <div key={i} className="medication-schedule-row">
            <label htmlFor={`${id}-${i}-time`} className="sr-only">{t('medication.form.time', { n: i + 1 })}</label>
            <input id={`${id}-${i}-time`} type="time" className="form-input input-width-xs" value={r.time} onChange={(e) => update(i, { time: e.target.value })} />
            <label htmlFor={`${id}-${i}-dose`} className="sr-only">{t('medication.form.doseAt', { n: i + 1 })}</label>
            <input id={`${id}-${i}-dose`} className="form-input input-width-xs" inputMode="decimal" value={r.dose} onChange={(e) => update(i, { dose: e.target.value })} />
            <span>{unit}</span>
            {rows.length > 1 && (
              <button type="button" className="button button-tertiary" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
                {t('medication.form.removeTime')}
                <span className="sr-only"> {r.time}</span>
              </button>
            )}
            {rowError && <span className="form-error-message">{rowError}</span>}
          </div>
        );
      })}
      <button type="button" className="button button-secondary" onClick={() => onChange([...rows, { time: next, dose: rows.at(-1)?.dose ?? '1' }])}>
        {t('medication.form.addTime')}
      </button>
    </fieldset>
  );
}
