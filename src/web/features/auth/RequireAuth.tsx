import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { LoadError, Loading } from '../../components/QueryState';
import { SESSION_KEY, useSession } from './session';

/** Where a user with an admin-set (one-time) password must go first: the server refuses everything else. */
export const PASSWORD_PAGE = '/adgangskode';

/**
 * Shows its children only with a session; otherwise the login page, which returns here after. A
 * session whose password an admin set shows only the password change until it is changed.
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { session, loading } = useSession();
  const location = useLocation();
  const qc = useQueryClient();
  const state = qc.getQueryState(SESSION_KEY);
  if (loading) return <Loading />;
  if (state?.status === 'error') {
    return <LoadError error={state.error} onRetry={() => void qc.refetchQueries({ queryKey: SESSION_KEY })} />;
  }
  if (!session) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  if (session.passwordChangeRequired && location.pathname !== PASSWORD_PAGE) return <Navigate to={PASSWORD_PAGE} replace />;
  return <>{children}</>;
}
