import { useTranslation } from 'react-i18next';
import { Checkbox } from '../../components/Checkbox';
import { FieldError } from '../../components/Field';

interface Props {
  id: string;
  legend: string;
  staff: Array<{ id: string; name: string }>;
  value: string[];
  onChange: (ids: string[]) => void;
  error?: string;
}

/** The team's staff as checkboxes: who a visit is planned for, or who made it. */
export function StaffPicker({ id, legend, staff, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={`form-group${error ? ' form-error' : ''}`}>
      <fieldset id={id} aria-describedby={errorId}>
        <legend className="form-label">{legend}</legend>
        {error && <FieldError id={errorId} error={error} />}
        {staff.length === 0 && <p className="muted">{t('visits.noStaff')}</p>}
        {staff.map((s) => (
          <Checkbox
            key={s.id}
            id={`${id}-${s.id}`}
            label={s.name}
            checked={value.includes(s.id)}
            onChange={(on) => onChange(on ? [...value, s.id] : value.filter((v) => v !== s.id))}
          />
        ))}
      </fieldset>
    </div>
  );
}
