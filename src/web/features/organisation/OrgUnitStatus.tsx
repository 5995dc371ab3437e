import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { OrgUnit } from '../../../contracts/organisation.js';
import { SuccessMessage } from '../../components/SuccessMessage';
import { useActiveSwitch } from '../../components/forms/useActiveSwitch';
import { invalidateOrganisation, updateOrgUnit } from './api';

/** Deactivate (after asking) or reactivate a unit; units are never deleted. */
export function OrgUnitStatus({ unit }: { unit: OrgUnit }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [saved, setSaved] = useState<string | null>(null);
  const activeSwitch = useActiveSwitch({
    records: [unit],
    update: (u: OrgUnit, active: boolean) => updateOrgUnit(u, { active }),
    refresh: (s) => invalidateOrganisation(qc, s),
    onSaved: (s) => setSaved(s.active ? t('organisation.org.reactivated', { name: s.name }) : t('organisation.org.deactivated', { name: s.name })),
    confirmTexts: (u) => ({
      title: t('organisation.org.deactivateTitle', { name: u.name }),
      text: t('organisation.org.deactivateText'),
      confirmLabel: t('organisation.org.deactivate'),
    }),
  });
  return (
    <div className="admin-form">
      <p>{unit.active ? t('organisation.org.activeText') : t('organisation.org.inactiveText')}</p>
      {activeSwitch.refusal}
      <button type="button" className="button button-secondary" disabled={activeSwitch.pending} onClick={() => activeSwitch.toggle(unit, unit.active)}>
        {unit.active ? t('organisation.org.deactivate') : t('organisation.org.reactivate')}
      </button>
      {saved && <SuccessMessage text={saved} onDone={() => setSaved(null)} />}
      {activeSwitch.confirm}
    </div>
  );
}
