import type { ReactNode } from 'react';

/** What a form control needs to be tied to its label, hint and error. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

/** What every labelled control shows around itself. */
interface FieldFrame {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
}

/** The one shape of every input field: its frame and a string value it reports back as the user edits it. */
export interface InputFieldProps extends FieldFrame {
  value: string;
  onChange: (value: string) => void;
}

interface FieldProps extends FieldFrame {
  /** Renders the control with the id and aria attributes it must carry. */
  children: (control: ControlProps) => ReactNode;
}

/** A form field: a real <label>, an optional hint, the error text and the control itself. */
export function Field({ id, label, hint, error, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`form-group${error ? ' form-error' : ''}`}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <span className="form-hint" id={hintId}>
          {hint}
        </span>
      )}
      {error && <FieldError id={errorId} error={error} />}
      {children({ id, 'aria-describedby': describedBy, ...(error ? { 'aria-invalid': true as const } : {}) })}
    </div>
  );
}

/** A field's error text, read out as "Fejl: …" and tied to its control by id. */
export function FieldError({ id, error }: { id?: string; error: string }) {
  return (
    <span className="form-error-message" id={id}>
      <span className="sr-only">Fejl: </span>
      {error}
    </span>
  );
}
