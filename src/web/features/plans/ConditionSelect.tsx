import { useTranslation } from 'react-i18next';
import { Field, type InputFieldProps } from '../../components/Field';
import { useFfbCodes } from './api';

/** An FFB condition (tilstand), grouped under its life area: "Lave mad" under Praktiske opgaver. */
export function ConditionSelect({ id, label, hint, error, value, onChange }: InputFieldProps) {
  const { t } = useTranslation();
  const codes = useFfbCodes();
  const areas = new Map<string, { display: string; conditions: Array<{ code: string; display: string }> }>();
  for (const c of codes.data?.conditions ?? []) {
    const area = areas.get(c.area.code) ?? { display: c.area.display, conditions: [] };
    area.conditions.push(c);
    areas.set(c.area.code, area);
  }
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(control) => (
        <select {...control} className="form-select" value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t('common.choose')}</option>
          {[...areas.entries()].map(([code, area]) => (
            <optgroup key={code} label={area.display}>
              {area.conditions.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.display}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      )}
    </Field>
  );
}
