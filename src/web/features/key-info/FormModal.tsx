import { useState, type ReactNode } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Checkbox } from '../../components/Checkbox';
import { DateInput } from '../../components/DateInput';
import { fieldError } from '../../components/ErrorSummary';
import { SelectField, type Option } from '../../components/SelectField';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import { ModalForm } from '../../components/forms/ModalForm';
import { isConflict } from '../../components/forms/FormError';
import { onSubmitRun } from '../../components/forms/submit';

/** One field of a key-information form; `checks` is a group of checkboxes (a list of the values ticked). */
export interface FieldSpec {
  name: string;
  label: string;
  kind: 'text' | 'tel' | 'textarea' | 'date' | 'select' | 'checks';
  options?: Option[];
  hint?: string;
}

export type Values = Record<string, string | string[]>;

/** The values as a request body: trimmed, an empty text left out (the contract's optional fields). */
export function bodyOf(values: Values): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) {
    if (Array.isArray(v)) out[k] = v;
    else if (v.trim() !== '') out[k] = v.trim();
  }
  return out;
}

interface Props {
  id: string;
  title: string;
  fields: FieldSpec[];
  initial?: Values;
  /** Sends the form; its error (a 400 with field messages, a 409) is shown in the form. */
  submit: (values: Values) => Promise<unknown>;
  onClose: () => void;
  onSaved: () => void;
  /** After a 409: fetch the record as it is now (the form keeps what the user wrote). */
  onConflict?: () => void;
  /** Shown under the fields, from the values (the BVC total). */
  summary?: (values: Values) => ReactNode;
  submitLabel?: string;
}

/** A modal form of a few fields with the server's field messages beside them. */
export function FormModal({ id, title, fields, initial, submit, onClose, onSaved, onConflict, summary, submitLabel }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Values>(() => Object.fromEntries(fields.map((f) => [f.name, initial?.[f.name] ?? (f.kind === 'checks' ? [] : '')])));
  const set = (name: string) => (value: string | string[]) => setValues((v) => ({ ...v, [name]: value }));
  const save = useMutation({
    mutationFn: () => submit(values),
    onSuccess: onSaved,
    onError: (e) => {
      if (isConflict(e)) onConflict?.();
    },
  });
  const fieldIds = Object.fromEntries(fields.map((f) => [f.name, `${id}-${f.name}`]));
  return (
    <ModalForm id={id} title={title} submitLabel={submitLabel} mutation={save} fieldIds={fieldIds} onSubmit={onSubmitRun(() => save.mutate())} onClose={onClose}>
      {fields.map((f) => {
        const common = { id: fieldIds[f.name], label: f.label, hint: f.hint, error: fieldError(save.error, f.name) };
        const value = values[f.name];
        switch (f.kind) {
          case 'select':
            return <SelectField key={f.name} {...common} value={value as string} onChange={set(f.name)} options={f.options ?? []} placeholder={t('common.choose')} />;
          case 'textarea':
            return <TextArea key={f.name} {...common} value={value as string} onChange={set(f.name)} rows={3} />;
          case 'date':
            return <DateInput key={f.name} {...common} value={value as string} onChange={set(f.name)} />;
          case 'checks':
            return (
              <fieldset key={f.name} id={fieldIds[f.name]} className="key-info-checks">
                <legend className="form-label">{f.label}</legend>
                {common.error && <span className="form-error-message">{common.error}</span>}
                {(f.options ?? []).map((o) => (
                  <Checkbox
                    key={o.value}
                    id={`${fieldIds[f.name]}-${o.value}`}
                    label={o.label}
                    checked={(value as string[]).includes(o.value)}
                    onChange={(on) => set(f.name)(on ? [...(value as string[]), o.value] : (value as string[]).filter((x) => x !== o.value))}
                  />
                ))}
              </fieldset>
            );
          default:
            return <TextField key={f.name} {...common} type={f.kind === 'tel' ? 'tel' : 'text'} value={value as string} onChange={set(f.name)} autoComplete="off" />;
        }
      })}
      {summary?.(values)}
    </ModalForm>
  );
}
