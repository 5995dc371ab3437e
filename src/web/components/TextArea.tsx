import type { Ref, TextareaHTMLAttributes } from 'react';
import { Field, type InputFieldProps } from './Field';

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'onChange' | 'value'> &
  InputFieldProps & {
    ref?: Ref<HTMLTextAreaElement>;
  };

/** A multi-line text input inside a Field. */
export function TextArea({ id, label, hint, error, value, onChange, rows = 4, ...rest }: Props) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(control) => (
        <textarea {...rest} {...control} rows={rows} className="form-input" value={value} onChange={(e) => onChange(e.target.value)} />
      )}
    </Field>
  );
}
