import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { OrgKind } from '../../../contracts/common.js';
import type { OrgUnit } from '../../../contracts/organisation.js';
import { fieldError } from '../../components/ErrorSummary';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { organisationKeys } from './api';
import { createOrgUnit, invalidateOrganisation } from './api';
import { FormError } from '../../components/forms/FormError';
import { onSubmitRun } from '../../components/forms/submit';

/** Add a center, area, facility or unit under the chosen unit; the new one opens when saved. */
export function AddChildUnitForm({ parent, kinds, onCreated }: { parent: OrgUnit; kinds: readonly OrgKind[]; onCreated: (unit: OrgUnit) => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [kind, setKind] = useState<OrgKind>(kinds[0]);
  const [name, setName] = useState('');
  const create = useMutation({
    mutationFn: () => createOrgUnit({ parentId: parent.id, kind, name }),
    onSuccess: async (unit) => {
      // Open the new unit once the tree has it, so the panel does not flick back to the root.
      await qc.invalidateQueries({ queryKey: organisationKeys.orgUnits });
      invalidateOrganisation(qc);
      onCreated(unit);
    },
  });
  const submit = onSubmitRun(() => create.mutate());
  return (
    <form onSubmit={submit} noValidate className="admin-form">
      <FormError error={create.error} fieldIds={{ kind: 'org-new-kind', name: 'org-new-name', parentId: 'org-new-name' }} />
      <div className="inline-form">
        {kinds.length > 1 && (
          <SelectField
            id="org-new-kind"
            label={t('organisation.org.newKind')}
            value={kind}
            onChange={(v) => setKind(v as OrgKind)}
            options={kinds.map((k) => ({ value: k, label: t(`organisation.kinds.${k}`) }))}
            error={fieldError(create.error, 'kind')}
          />
        )}
        <TextField
          id="org-new-name"
          label={t(`organisation.org.newNameOf.${kind}`)}
          value={name}
          onChange={setName}
          maxLength={200}
          error={fieldError(create.error, 'name') ?? fieldError(create.error, 'parentId')}
        />
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          {t('organisation.org.create', { kind: t(`organisation.kinds.${kind}`).toLowerCase() })}
        </button>
      </div>
    </form>
  );
}
