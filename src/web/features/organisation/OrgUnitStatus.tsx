import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgUnit } from '../../../contracts/organisation.js';
import { SuccessMessage } from '../../components/SuccessMessage';
import { ConfirmModal } from '../../components/forms/ConfirmModal';
import { FormError } from '../../components/forms/FormError';
import { useOrgUnitUpdate } from './useOrgUnitUpdate';

/** Deactivate (after asking) or reactivate a unit; units are never deleted. */
export function OrgUnitStatus({ unit }: { unit: OrgUnit }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const update = useOrgUnitUpdate(unit, () => {
    setAsking(false);
    setSaved(unit.active ? t('organisation.org.deactivated', { name: unit.name }) : t('organisation.org.reactivated', { name: unit.name }));
  });
  return (
    <div className="admin-form">
      <p>{unit.active ? t('organisation.org.activeText') : t('organisation.org.inactiveText')}</p>
      {!unit.active && <FormError error={update.error} />}
      <button
        type="button"
        className="button button-secondary"
        disabled={update.isPending}
        onClick={() => {
          update.reset();
          if (unit.active) setAsking(true);
          else update.mutate({ active: true });
        }}
      >
        {unit.active ? t('organisation.org.deactivate') : t('organisation.org.reactivate')}
      </button>
      {saved && <SuccessMessage text={saved} onDone={() => setSaved(null)} />}
      {asking && (
        <ConfirmModal
          title={t('organisation.org.deactivateTitle', { name: unit.name })}
          text={t('organisation.org.deactivateText')}
          confirmLabel={t('organisation.org.deactivate')}
          action={update}
          onConfirm={() => update.mutate({ active: false })}
          onClose={() => setAsking(false)}
        />
      )}
    </div>
  );
}
