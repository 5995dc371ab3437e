import { useTranslation } from 'react-i18next';
import type { NamedCode } from '../../../contracts/catalogue';
import { Checkbox } from '../Checkbox';
import { FieldError } from '../Field';

interface Props {
  id: string;
  /** The catalogue's target groups; none while it loads. */
  groups: NamedCode[] | undefined;
  value: string[];
  onChange: (codes: string[]) => void;
  error?: string;
}

/** The target groups a place or citizen is meant for, as checkboxes under one legend. */
export function TargetGroupFieldset({ id, groups, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const errorId = error ? `${id}-error` : undefined;
  const toggle = (code: string, on: boolean) => onChange(on ? [...value, code] : value.filter((c) => c !== code));
  return (
    <div className={`form-group${error ? ' form-error' : ''}`}>
      <fieldset id={id} aria-describedby={errorId} tabIndex={-1}>
        <legend className="form-label">{t('organisation.places.targetGroups')}</legend>
        {error && <FieldError id={errorId} error={error} />}
        <div className="checkbox-columns">
          {(groups ?? []).map((g) => (
            <Checkbox key={g.code} id={`${id}-${g.code}`} label={g.name} checked={value.includes(g.code)} onChange={(on) => toggle(g.code, on)} />
          ))}
        </div>
      </fieldset>
    </div>
  );
}
