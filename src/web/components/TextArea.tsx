import type { ReactNode, Ref, TextareaHTMLAttributes } from 'react';
import { Field } from './Field';

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'onChange' | 'value'> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  value: string;
  onChange: (value: string) => void;
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
