import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { changePassword } from './api';
import { Alert } from '../../components/Alert';
import { SESSION_KEY, useSession } from './session';
import { OwnAccessLog } from '../access-log/OwnAccessLog';
import { mutationForm } from '../../components/forms/formFields';
import { PasswordInput } from '../../components/forms/PasswordInput';

const FIELD_IDS = { currentPassword: 'pw-current', newPassword: 'pw-new', repeat: 'pw-repeat' };

export default function PasswordPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const { session } = useSession();
  // Remembered for the page's life: after the change it says where to go on instead.
  const [oneTime] = useState(() => session?.passwordChangeRequired ?? false);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const mutation = useMutation({
    mutationFn: async () => {
      // Checked here because the API never sees the repeated password.
      if (next !== repeat) throw new ApiError(400, 'invalid_input', t('auth.password.mismatchSummary'), { repeat: t('auth.password.mismatch') });
      return changePassword(current, next);
    },
    onSuccess: () => {
      if (session?.passwordChangeRequired) qc.setQueryData(SESSION_KEY, { ...session, passwordChangeRequired: false });
      setCurrent('');
      setNext('');
      setRepeat('');
    },
  });
  const { submit, bind } = mutationForm(mutation, FIELD_IDS);
  return (
    <div className="narrow-page">
      <PageHeading>{t('auth.password.title')}</PageHeading>
      {oneTime && !mutation.isSuccess && (
        <Alert variant="warning" heading={t('auth.password.requiredHeading')}>{t('auth.password.required')}</Alert>
      )}
      {mutation.isSuccess && (
        <Alert variant="success" role="status">
          {t('auth.password.changed')}
          {oneTime && (
            <p>
              <Link to="/">{t('auth.password.continue')}</Link>
            </p>
          )}
        </Alert>
      )}
      <ErrorSummary error={mutation.error} fieldIds={FIELD_IDS} />
      <form onSubmit={submit} noValidate>
        <PasswordInput
          {...bind('currentPassword', current, setCurrent)}
          label={t('auth.password.current')}
          isNew={false}
        />
        <PasswordInput
          {...bind('newPassword', next, setNext)}
          label={t('auth.password.new')}
          hint={t('auth.password.newHint')}
          isNew
        />
        <PasswordInput
          {...bind('repeat', repeat, setRepeat)}
          label={t('auth.password.repeat')}
          isNew
        />
        <button type="submit" className="button button-primary" disabled={mutation.isPending}>
          {t('auth.password.submit')}
        </button>
      </form>
      {!session?.passwordChangeRequired && <OwnAccessLog />}
    </div>
  );
}
