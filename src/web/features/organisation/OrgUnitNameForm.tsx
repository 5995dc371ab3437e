import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgUnit } from '../../../contracts/organisation.js';
import { fieldError } from '../../components/ErrorSummary';
import { SuccessMessage } from '../../components/SuccessMessage';
import { TextField } from '../../components/TextField';
import { FormError } from '../../components/forms/FormError';
import { useOrgUnitUpdate } from './useOrgUnitUpdate';

/** Rename a unit. */
export function OrgUnitNameForm({ unit }: { unit: OrgUnit }) {
  const { t } = useTranslation();
  const [name, setName] = useState(unit.name);
  const [saved, setSaved] = useState(false);
  const update = useOrgUnitUpdate(unit, () => setSaved(true));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    update.mutate({ name });
  };
  return (
    <form onSubmit={submit} noValidate className="admin-form">
      <FormError error={update.error} fieldIds={{ name: 'org-name' }} />
      <div className="inline-form">
        <TextField id="org-name" label={t('organisation.org.name')} value={name} onChange={setName} error={fieldError(update.error, 'name')} maxLength={200} />
        <button type="submit" className="button button-secondary" disabled={update.isPending || name.trim() === unit.name}>
          {t('organisation.org.rename')}
        </button>
      </div>
      {saved && <SuccessMessage text={t('organisation.org.renamed')} onDone={() => setSaved(false)} />}
    </form>
  );
}
