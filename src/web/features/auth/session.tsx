import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { setUnauthenticatedHandler } from '../../api/client';
import type { SessionResponse } from '../../../contracts/auth';
import { clearAllDrafts } from '../../lib/draft';
import { fetchSession, logout as logoutRequest } from './api';

/** Why the user is at the login page: shown there as a short notice. */
export type SignedOutReason = 'idle' | 'expired' | 'loggedOut' | null;

interface SessionContextValue {
  session: SessionResponse | null;
  loading: boolean;
  signedOutReason: SignedOutReason;
  signedIn: (session: SessionResponse) => void;
  signOut: (reason: Exclude<SignedOutReason, null>) => Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);
export const SESSION_KEY = ['session'] as const;

/** Loads the session once and keeps it in the query cache; everything personal goes on sign-out. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const qc = useQueryClient();
  const query = useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: Infinity, retry: false });
  const [signedOutReason, setReason] = useState<SignedOutReason>(null);

  const dropPersonalData = useCallback(() => {
    qc.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
    qc.setQueryData(SESSION_KEY, null);
  }, [qc]);

  const signOut = useCallback(
    async (reason: Exclude<SignedOutReason, null>) => {
      // An idle logout keeps note drafts so the user can finish them after signing in again.
      if (reason === 'loggedOut') clearAllDrafts();
      setReason(reason);
      dropPersonalData();
      if (reason !== 'expired') await logoutRequest().catch(() => undefined);
    },
    [dropPersonalData],
  );

  const signedIn = useCallback(
    (session: SessionResponse) => {
      setReason(null);
      qc.setQueryData(SESSION_KEY, session);
    },
    [qc],
  );

  useEffect(() => {
    setUnauthenticatedHandler(() => {
      if (qc.getQueryData(SESSION_KEY)) void signOut('expired');
    });
    return () => setUnauthenticatedHandler(null);
  }, [qc, signOut]);

  const value = useMemo<SessionContextValue>(
    () => ({ session: query.data ?? null, loading: query.isPending, signedOutReason, signedIn, signOut }),
    [query.data, query.isPending, signedOutReason, signedIn, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const ctx = useContext(SessionContext);
  if (!ctx) throw new Error('useSession outside SessionProvider');
  return ctx;
}

/** The signed-in user; only for pages behind RequireAuth. */
export function useMe() {
  const { session } = useSession();
  if (!session) throw new Error('useMe without a session');
  return session.user;
}
