import { ApiError, isApiError } from '../../api/client';
import type { RoleAssignment } from '../../../contracts/users.js';

/**
 * The server answers a role whose unit select was left empty with "Ukendt enhed." (not a UUID);
 * on the form that means "choose one", so say that, keeping every other field error as sent.
 */
export function explainRoleErrors(error: unknown, roles: RoleAssignment[], missingUnit: string): unknown {
  if (!isApiError(error) || error.status !== 400) return error;
  let changed = false;
  const fields = { ...error.fields };
  roles.forEach((r, i) => {
    const path = `roles.${i}.orgUnitId`;
    if (!r.orgUnitId && fields[path]) {
      fields[path] = missingUnit;
      changed = true;
    }
  });
  return changed ? new ApiError(error.status, error.code, error.message, fields) : error;
}
