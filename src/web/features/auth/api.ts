import { api, ApiError, setCsrfToken } from '../../api/client';
import type { SessionResponse } from '../../../contracts/auth';

/** The current session, or null when not signed in. Keeps the CSRF token for later requests. */
export async function fetchSession(): Promise<SessionResponse | null> {
  try {
    const session = await api.get<SessionResponse>('/auth/session');
    setCsrfToken(session.csrfToken);
    return session;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw e;
  }
}

export async function login(username: string, password: string): Promise<SessionResponse> {
  const session = await api.post<SessionResponse>('/auth/login', { username, password });
  setCsrfToken(session.csrfToken);
  return session;
}

export async function logout(): Promise<void> {
  try {
    await api.post('/auth/logout');
  } finally {
    setCsrfToken(null);
  }
}

export const changePassword = (currentPassword: string, newPassword: string) =>
  api.post<{ ok: true }>('/auth/password', { currentPassword, newPassword });
