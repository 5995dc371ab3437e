import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgUnit } from '../../../contracts/organisation.js';
import { SelectField } from '../../components/SelectField';
import { SuccessMessage } from '../../components/SuccessMessage';
import { FormError } from '../../components/forms/FormError';
import { useOrgUnitUpdate } from './useOrgUnitUpdate';
import { formFields } from '../../components/forms/formFields';

const MONTHS = Array.from({ length: 24 }, (_, i) => i + 1);

/** The facility's default interval between follow-ups on its citizens' goals (1–24 months). */
export function FollowUpIntervalForm({ unit }: { unit: OrgUnit }) {
  const { t } = useTranslation();
  const [months, setMonths] = useState(String(unit.followUpIntervalMonths));
  const [saved, setSaved] = useState(false);
  const update = useOrgUnitUpdate(unit, () => setSaved(true));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    update.mutate({ followUpIntervalMonths: Number(months) });
  };
  const { fieldIds, bind } = formFields(update.error, { followUpIntervalMonths: 'org-interval' });
  return (
    <form onSubmit={submit} noValidate className="admin-form">
      <FormError error={update.error} fieldIds={fieldIds} />
      <div className="inline-form">
        <SelectField
          {...bind('followUpIntervalMonths', months, setMonths)}
          label={t('organisation.org.interval')}
          hint={t('organisation.org.intervalHint')}
          options={MONTHS.map((m) => ({ value: String(m), label: t('organisation.org.months', { count: m }) }))}
        />
        <button type="submit" className="button button-secondary" disabled={update.isPending || Number(months) === unit.followUpIntervalMonths}>
          {t('organisation.org.saveInterval')}
        </button>
      </div>
      {saved && <SuccessMessage text={t('organisation.org.intervalSaved')} onDone={() => setSaved(false)} />}
    </form>
  );
}
