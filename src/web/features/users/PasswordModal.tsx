import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../contracts/users.js';
import { Modal } from '../../components/Modal';
import { invalidateUsers, updateUser } from './api';
import { FormError, isConflict } from '../../components/forms/FormError';
import { PasswordField } from './PasswordField';
import { mutationForm } from '../../components/forms/formFields';
import { FormActions } from '../../components/forms/FormActions';

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
  const { submit, fieldIds, bind } = mutationForm(save, { password: 'reset-password' });
  return (
    <Modal title={t('users.passwordTitle', { name: user.displayName })} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <FormError error={save.error} fieldIds={fieldIds} />
        <p>{t('users.passwordText')}</p>
        <PasswordField {...bind('password', password, setPassword)} label={t('users.newPassword')} />
        <FormActions pending={save.isPending} submitLabel={t('users.setPassword')} onCancel={onClose} />
      </form>
    </Modal>
  );
}
