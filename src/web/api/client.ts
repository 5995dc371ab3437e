import i18n from '../i18n';

/** A failed API call, parsed from `{ error: { code, message, fields, current } }`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Field path → Danish message, for 400s. */
    readonly fields: Record<string, string> = {},
    /** For 409: the record as it is now on the server. */
    readonly current?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

let csrfToken: string | null = null;
let onUnauthenticated: (() => void) | null = null;
const activityListeners = new Set<() => void>();

/** The token sent as X-CSRF-Token on every non-GET request; set from login and the session. */
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

/** Called when the server says the session is gone (401), so the app can show the login page. */
export function setUnauthenticatedHandler(fn: (() => void) | null) {
  onUnauthenticated = fn;
}

/** Each successful request keeps the server session alive; the idle timer listens for that. */
export function onServerActivity(fn: () => void): () => void {
  activityListeners.add(fn);
  return () => activityListeners.delete(fn);
}

/** Requests where a 401 is an answer, not a lost session. */
const AUTH_PATHS = new Set(['/auth/login', '/auth/session']);

async function request<T>(method: string, path: string, body?: unknown, file?: Blob): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (file) headers['content-type'] = file.type || 'application/octet-stream';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(`/api${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: file ?? (body === undefined ? undefined : JSON.stringify(body)),
    });
  } catch {
    throw new ApiError(0, 'network', i18n.t('common.errors.network'));
  }
  const data = await res.json().catch(() => null);
  if (res.ok) {
    for (const fn of activityListeners) fn();
    return data as T;
  }
  const err = (data as { error?: { code?: string; message?: string; fields?: Record<string, string>; current?: unknown } } | null)?.error;
  const apiError = new ApiError(
    res.status,
    err?.code ?? 'http_' + res.status,
    err?.message ?? i18n.t('common.errors.unexpected'),
    err?.fields ?? {},
    err?.current,
  );
  if (res.status === 401 && !AUTH_PATHS.has(path)) onUnauthenticated?.();
  throw apiError;
}

/** Builds a query string, leaving out empty values. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** The JSON API under /api. */
export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body: unknown = {}) => request<T>('POST', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
  /** A file as the raw body, its media type as Content-Type (a route of its own beyond the JSON limit). */
  upload: <T>(path: string, file: Blob) => request<T>('POST', path, undefined, file),
};
