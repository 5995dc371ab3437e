import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { OrgUnit } from '../../../contracts/organisation.js';
import type { RoleAssignment, User } from '../../../contracts/users.js';
import { Modal } from '../../components/Modal';
import { FormActions } from '../../components/forms/FormActions';
import { TextField } from '../../components/TextField';
import { useMe } from '../auth/session';
import { createUser, invalidateUsers, updateUser } from './api';
import { FormError, isConflict } from '../../components/forms/FormError';
import { PasswordField } from './PasswordField';
import { RolesEditor, roleFieldId, roleUnitFieldId } from './RolesEditor';
import { explainRoleErrors } from './validate';
import { formFields } from '../../components/forms/formFields';

interface Props {
  /** The user to edit (name and roles); none to create one. */
  user?: User;
  units: OrgUnit[];
  onClose: () => void;
  onSaved: (user: User) => void;
}

/** Field paths from the API → the controls showing them, for the error summary's links. */
function userFieldIds(roleCount: number): Record<string, string> {
  const ids: Record<string, string> = { username: 'user-username', displayName: 'user-name', password: 'user-password', roles: roleFieldId(0) };
  for (let i = 0; i < roleCount; i++) {
    ids[`roles.${i}.role`] = roleFieldId(i);
    ids[`roles.${i}.orgUnitId`] = roleUnitFieldId(i);
    ids[`roles.${i}`] = roleUnitFieldId(i);
  }
  return ids;
}

/** Create a user (username, name, first password, roles), or change a user's name and roles. */
export function UserFormModal({ user, units, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  // Nobody changes their own roles (the server answers 403): the own account shows them read-only.
  const ownAccount = user?.id === useMe().id;
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState(user?.displayName ?? '');
  const [password, setPassword] = useState('');
  const [roles, setRoles] = useState<RoleAssignment[]>(user?.roles.map((r) => ({ role: r.role, orgUnitId: r.orgUnitId })) ?? [{ role: 'staff', orgUnitId: '' }]);
  // The error as shown: kept in state so it changes (and the summary takes focus) only per submit.
  const [error, setError] = useState<unknown>(null);
  const save = useMutation({
    mutationFn: (submitted: RoleAssignment[]) =>
      user ? updateUser(user, ownAccount ? { displayName } : { displayName, roles: submitted }) : createUser({ username, displayName, password, roles: submitted }),
    onSuccess: (saved) => {
      invalidateUsers(qc, saved);
      onSaved(saved);
    },
    onError: (e, submitted) => {
      setError(explainRoleErrors(e, submitted, t('users.chooseUnit')));
      if (isConflict(e)) invalidateUsers(qc);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    save.mutate(roles);
  };
  const { fieldIds, bind } = formFields(error, userFieldIds(roles.length));
  return (
    <Modal title={user ? t('users.editTitle', { name: user.displayName }) : t('users.createTitle')} onClose={onClose}>
      <form onSubmit={submit} noValidate className="user-form">
        <FormError error={error} fieldIds={fieldIds} />
        <TextField
          {...bind('displayName', displayName, setDisplayName)}
          label={t('users.displayName')}
          autoComplete="off"
          maxLength={200}
        />
        {!user && (
          <TextField
            {...bind('username', username, setUsername)}
            label={t('users.username')}
            hint={t('users.usernameHint')}
            autoComplete="off"
            verbatim
            maxLength={64}
          />
        )}
        {!user && <PasswordField {...bind('password', password, setPassword)} label={t('users.firstPassword')} />}
        {ownAccount ? (
          <div className="form-group">
            <p className="form-label">{t('users.roles')}</p>
            <ul>
              {user.roles.map((r) => (
                <li key={`${r.role}:${r.orgUnitId}`}>{t(`users.roleNames.${r.role}`)} – {r.orgUnitName}</li>
              ))}
            </ul>
            <p className="form-hint">{t('users.ownRoles')}</p>
          </div>
        ) : (
          <RolesEditor value={roles} onChange={setRoles} units={units} error={error} />
        )}
        <FormActions pending={save.isPending} onCancel={onClose} submitLabel={user ? t('common.save') : t('users.create')} />
      </form>
    </Modal>
  );
}
