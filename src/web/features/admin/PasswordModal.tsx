import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { User } from '../../api/leader-types';
import { Modal } from '../../components/Modal';
import { invalidateUsers, updateUser } from './api';
import { FormError, isConflict } from './FormError';
import { PasswordField } from './PasswordField';
import { formFields } from '../../components/forms/formFields';

/** Sets a new password for a user (who is then signed out everywhere). */
export function PasswordModal({ user, onClose, onSaved }: { user: User; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [password, setPassword] = useState('');
  const save = useMutation({
    mutationFn: () => updateUser(user, { password }),
    onSuccess: (saved) => {
      invalidateUsers(qc, saved);
      onSaved();
    },
    onError: (e) => {
      if (isConflict(e)) invalidateUsers(qc);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const { field, fieldIds } = formFields(save.error, { password: 'reset-password' });
  return (
    <Modal title={t('admin.users.passwordTitle', { name: user.displayName })} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <FormError error={save.error} fieldIds={fieldIds} />
        <p>{t('admin.users.passwordText')}</p>
        <PasswordField {...field('password')} label={t('admin.users.newPassword')} value={password} onChange={setPassword} />
        <div className="button-group-inline">
          <button type="submit" className="button button-primary" disabled={save.isPending}>
            {save.isPending ? t('common.saving') : t('admin.users.setPassword')}
          </button>
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
