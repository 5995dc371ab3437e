import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';

interface Props {
  onSearch: (cpr: string) => void;
  pending: boolean;
  error: unknown;
}

/** The small CPR search; the number is sent in a POST body, never put in the address. */
export function CprSearchForm({ onSearch, pending, error }: Props) {
  const { t } = useTranslation();
  const [cpr, setCpr] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSearch(cpr.replace(/\D/g, ''));
  };
  const message = fieldError(error, 'cpr') ?? (error instanceof Error ? error.message : undefined);
  return (
    <form className="cpr-search" onSubmit={submit} noValidate role="search" aria-label={t('citizens.cprSearchLabel')}>
      <Field id="cpr-search" label={t('citizens.cprSearch')} hint={t('citizens.cprHint')} error={message}>
        {(control) => (
          <div className="inline-input">
            <input
              {...control}
              className="form-input input-width-s"
              inputMode="numeric"
              autoComplete="off"
              maxLength={11}
              value={cpr}
              onChange={(e) => setCpr(e.target.value)}
            />
            <button type="submit" className="button button-secondary" disabled={pending}>
              {t('citizens.search')}
            </button>
          </div>
        )}
      </Field>
    </form>
  );
}
