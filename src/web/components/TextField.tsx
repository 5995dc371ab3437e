import type { InputHTMLAttributes } from 'react';
import { Field, type InputFieldProps } from './Field';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange' | 'value'> & InputFieldProps;

/** A one-line text input inside a Field. */
export function TextField({ id, label, hint, error, value, onChange, className, ...rest }: Props) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(control) => (
        <input
          {...rest}
          {...control}
          className={`form-input${className ? ` ${className}` : ''}`}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
