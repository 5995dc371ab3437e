import { useTranslation } from 'react-i18next';
import type { Role } from '../../../contracts/common.js';
import type { OrgUnit } from '../../../contracts/organisation.js';
import type { RoleAssignment } from '../../../contracts/users.js';
import { fieldError } from '../../components/ErrorSummary';
import { SelectField } from '../../components/SelectField';
import { useCatalogue } from '../plans/api';
import { orgUnitLabel } from '../organisation/labels';
import { roleOptions } from './labels';
import { FieldError } from '../../components/Field';

interface Props {
  value: RoleAssignment[];
  onChange: (roles: RoleAssignment[]) => void;
  units: OrgUnit[];
  /** The last submit's error, for the per-role field messages (roles.N.orgUnitId). */
  error: unknown;
}

export const roleFieldId = (i: number) => `user-role-${i}`;
export const roleUnitFieldId = (i: number) => `user-role-unit-${i}`;

/** A user's roles: each a role and where it is held; the unit list offers only kinds the role fits. */
export function RolesEditor({ value, onChange, units, error }: Props) {
  const { t } = useTranslation();
  // Where each role may be held, as the server checks it (GET /catalogue).
  const roleUnitKinds = useCatalogue().data?.roleUnitKinds;
  const kindsOf = (role: Role) => roleUnitKinds?.[role] ?? [];
  const byId = new Map(units.map((u) => [u.id, u]));
  const set = (i: number, next: RoleAssignment) => onChange(value.map((r, j) => (j === i ? next : r)));
  const chooseRole = (i: number, role: Role) => {
    const unit = byId.get(value[i].orgUnitId);
    // Keep the unit if the new role may be held there, else make the admin choose again.
    set(i, { role, orgUnitId: unit && kindsOf(role).includes(unit.kind) ? unit.id : '' });
  };
  const rolesError = fieldError(error, 'roles');
  return (
    <div className="roles-editor">
      <p className="form-label roles-editor-heading" id="user-roles-label">
        {t('users.roles')}
      </p>
      {rolesError && <FieldError id="user-roles-error" error={rolesError} />}
      <ol className="plain-list no-max-width roles-editor-list" aria-labelledby="user-roles-label">
        {value.map((r, i) => {
          const options = units
            .filter((u) => (u.active || u.id === r.orgUnitId) && kindsOf(r.role).includes(u.kind))
            .map((u) => ({ value: u.id, label: orgUnitLabel(u, byId) }));
          return (
            <li key={i} className="roles-editor-row">
              <SelectField
                id={roleFieldId(i)}
                label={t('users.roleN', { n: i + 1 })}
                value={r.role}
                onChange={(v) => chooseRole(i, v as Role)}
                options={roleOptions(t)}
                error={fieldError(error, `roles.${i}.role`)}
              />
              <SelectField
                id={roleUnitFieldId(i)}
                label={t('users.roleUnit', { n: i + 1 })}
                hint={t('users.roleUnitHint', { kinds: kindsOf(r.role).map((k) => t(`organisation.kinds.${k}`).toLowerCase()).join(` ${t('users.or')} `) })}
                value={r.orgUnitId}
                onChange={(orgUnitId) => set(i, { ...r, orgUnitId })}
                placeholder={t('common.choose')}
                options={options}
                error={fieldError(error, `roles.${i}.orgUnitId`)}
              />
              {value.length > 1 && (
                <button type="button" className="link-button link-button--danger" onClick={() => onChange(value.filter((_, j) => j !== i))}>
                  {t('users.removeRole', { n: i + 1 })}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      <button type="button" className="button button-secondary button-small" onClick={() => onChange([...value, { role: 'staff', orgUnitId: '' }])}>
        {t('users.addRole')}
      </button>
    </div>
  );
}
