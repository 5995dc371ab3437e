import { Field, type InputFieldProps } from './Field';

export interface Option {
  value: string;
  label: string;
}

interface Props extends InputFieldProps {
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
