import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OrgUnit } from '../../../contracts/organisation.js';
import { invalidateOrganisation, updateOrgUnit, type OrgUnitChanges } from './api';
import { isConflict } from '../../components/forms/FormError';

/**
 * PATCH /org-units/:id naming the version on screen. On success and on a 409 the tree is
 * fetched again, so the next try names the version that is saved now.
 */
export function useOrgUnitUpdate(unit: OrgUnit, onSaved?: () => void) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (changes: OrgUnitChanges) => updateOrgUnit(unit, changes),
    onSuccess: (saved) => {
      invalidateOrganisation(qc, saved);
      onSaved?.();
    },
    onError: (e) => {
      if (isConflict(e)) invalidateOrganisation(qc);
    },
  });
}
