import type { ReactNode } from 'react';
import { Field } from './Field';

export interface Option {
  value: string;
  label: string;
}

interface Props {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  options: Option[];
  /** Text of the empty first choice; omit when a choice is always made. */
  placeholder?: string;
  required?: boolean;
}

/** A native select inside a Field. */
export function SelectField({ id, label, hint, error, value, onChange, options, placeholder, required }: Props) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(control) => (
        <select {...control} className="form-select" value={value} required={required} onChange={(e) => onChange(e.target.value)}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
