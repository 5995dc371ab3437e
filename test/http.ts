import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../src/server/app.js';
import type { Db } from '../src/server/db/index.js';
import { TEST_PASSWORD } from './world.js';

export const testApp = (db: Db) => buildApp({ db, logger: false, webDir: '/nonexistent' });

export interface Client {
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
  /** Sends a raw payload (malformed JSON, huge bodies). */
  raw(method: 'POST' | 'PATCH' | 'PUT', url: string, payload: string, contentType?: string): Promise<LightMyRequestResponse>;
  csrfToken: string;
  /** The Cookie header this client sends. */
  cookie: string;
}

/** Logs in through the real endpoint and returns a client that sends the session cookie and CSRF token. */
export async function login(app: FastifyInstance, username: string, password = TEST_PASSWORD): Promise<Client> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'mestring_session')!;
  const csrfToken = res.json().csrfToken as string;
  const headers = { cookie: `mestring_session=${cookie.value}`, 'x-csrf-token': csrfToken };
  const send = (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: unknown) =>
    app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });
  return {
    csrfToken,
    cookie: headers.cookie,
    get: (url) => send('GET', url),
    post: (url, body) => send('POST', url, body ?? {}),
    patch: (url, body) => send('PATCH', url, body ?? {}),
    put: (url, body) => send('PUT', url, body ?? {}),
    delete: (url) => send('DELETE', url),
    raw: (method, url, payload, contentType = 'application/json') =>
      app.inject({ method, url, headers: { ...headers, 'content-type': contentType }, payload }),
  };
}
