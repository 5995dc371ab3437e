import { useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { TextField } from '../../components/TextField';
import { login } from './api';
import { useSession } from './session';
import { Alert } from '../../components/Alert';
import { mutationForm } from '../../components/forms/formFields';
import { PasswordInput } from '../../components/forms/PasswordInput';

const FIELD_IDS = { username: 'login-username', password: 'login-password' };

export default function LoginPage() {
  const { t } = useTranslation();
  const { session, signedIn, signedOutReason } = useSession();
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from ?? '/';
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const mutation = useMutation({
    mutationFn: () => login(username, password),
    onSuccess: (s) => {
      signedIn(s);
      navigate(from, { replace: true });
    },
  });

  if (session && !mutation.isPending) return <Navigate to={from} replace />;

  const { submit, bind } = mutationForm(mutation, FIELD_IDS);
  return (
    <div className="login-page">
      <PageHeading>{t('auth.login.title')}</PageHeading>
      {signedOutReason && !mutation.error && (
        <Alert variant={signedOutReason === 'loggedOut' ? 'success' : 'info'} role="status">{t(`auth.login.reason.${signedOutReason}`)}</Alert>
      )}
      <ErrorSummary error={mutation.error} fieldIds={FIELD_IDS} />
      <form onSubmit={submit} noValidate>
        <TextField
          {...bind('username', username, setUsername)}
          label={t('auth.login.username')}
          autoComplete="username"
          verbatim
        />
        <PasswordInput
          {...bind('password', password, setPassword)}
          label={t('auth.login.password')}
          isNew={false}
        />
        <button type="submit" className="button button-primary" disabled={mutation.isPending}>
          {mutation.isPending ? t('auth.login.submitting') : t('auth.login.submit')}
        </button>
      </form>
    </div>
  );
}
