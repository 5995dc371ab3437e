import type { InputHTMLAttributes } from 'react';
import { Field, type InputFieldProps } from './Field';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange' | 'value'> &
  InputFieldProps & {
    /** A name or code typed letter for letter (username, password): no capital first letter, no spell check. */
    verbatim?: boolean;
  };

/** A one-line text input inside a Field. */
export function TextField({ id, label, hint, error, value, onChange, className, verbatim, ...rest }: Props) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(control) => (
        <input
          {...(verbatim && { autoCapitalize: 'none', spellCheck: false })}
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
