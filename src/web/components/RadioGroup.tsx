import type { ReactNode } from 'react';
import type { Option } from './SelectField';
import { FieldError } from './Field';

interface Props {
  name: string;
  legend: ReactNode;
  options: Option[];
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

/** Radio buttons in a fieldset whose legend names the question. */
export function RadioGroup({ name, legend, options, value, onChange, error }: Props) {
  const errorId = error ? `${name}-error` : undefined;
  return (
    <div className={`form-group${error ? ' form-error' : ''}`}>
      <fieldset aria-describedby={errorId} id={name}>
        <legend className="form-label">{legend}</legend>
        {error && <FieldError id={errorId} error={error} />}
        {options.map((o) => (
          <div className="form-group-radio" key={o.value}>
            <input
              type="radio"
              className="form-radio"
              id={`${name}-${o.value}`}
              name={name}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
            />
            <label className="form-label" htmlFor={`${name}-${o.value}`}>
              {o.label}
            </label>
          </div>
        ))}
      </fieldset>
    </div>
  );
}
