import { useTranslation } from 'react-i18next';
import { fieldError } from '../../components/ErrorSummary';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import type { Answers, FormVersion } from './api';

interface Props {
  idPrefix: string;
  fields: FormVersion['fields'];
  answers: Answers;
  onChange: (answers: Answers) => void;
  error: unknown;
}

/** A form version's fields, as the data describes them (a new version is new fields, not new code). */
export function FormFields({ idPrefix, fields, answers, onChange, error }: Props) {
  const { t } = useTranslation();
  const set = (key: string, value: string | number) => onChange({ ...answers, [key]: value });
  return (
    <>
      {fields.map((f) => {
        const common = {
          id: `${idPrefix}-${f.key}`,
          label: f.required ? `${f.label} ${t('useOfForce.requiredMark')}` : f.label,
          error: fieldError(error, `answers.${f.key}`),
          required: f.required,
        };
        const value = answers[f.key];
        return f.kind === 'text' ? (
          <TextArea key={f.key} {...common} value={String(value ?? '')} onChange={(v) => set(f.key, v)} rows={3} maxLength={4000} />
        ) : (
          <TextField
            key={f.key}
            {...common}
            inputMode="numeric"
            className="input-width-xs"
            value={value === undefined ? '' : String(value)}
            onChange={(v) => set(f.key, /^\d+$/.test(v) ? Number(v) : v)}
          />
        );
      })}
    </>
  );
}
