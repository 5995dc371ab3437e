import { afterAll, beforeAll } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../src/server/app.js';
import type { Db } from '../src/server/db/index.js';
import { createDemoDb, createTestDb } from './db.js';
import { buildWorld, TEST_PASSWORD, type World } from './world.js';

export const testApp = (db: Db) => buildApp({ db, logger: false, webDir: '/nonexistent' });

/** What `useTestApp` sets up for a test file; the fields are filled in its `beforeAll`. */
export interface TestEnv {
  db: Db;
  app: FastifyInstance;
  /** The municipality under test (unless `worlds: 0`). */
  w: World;
  /** A neighbour municipality whose records must stay out of reach (with `worlds: 2`). */
  other: World;
}

/**
 * The usual set-up of an API test file: a fresh database, the app and `worlds` municipalities
 * (`w`, then `other`, named Nabokommune), built in `beforeAll` and closed in `afterAll`. Read the
 * fields inside hooks and tests, not at module level. A file's own `beforeAll` runs after this one.
 */
export function useTestApp(opts: { worlds?: 0 | 1 | 2 } = {}): TestEnv {
  const worlds = opts.worlds ?? 1;
  const env = {} as TestEnv;
  beforeAll(async () => {
    env.db = await createTestDb();
    env.app = await testApp(env.db);
    if (worlds >= 1) env.w = await buildWorld(env.db);
    if (worlds >= 2) env.other = await buildWorld(env.db, 'Nabokommune');
  });
  afterAll(async () => {
    await env.app?.close();
    await env.db?.close();
  });
  return env;
}

/** The demo municipality's copy (seeded once per run) behind an app, for tests that read the demo. */
export function useDemoApp(): { db: Db; app: FastifyInstance } {
  const env = {} as { db: Db; app: FastifyInstance };
  beforeAll(async () => {
    env.db = await createDemoDb();
    env.app = await testApp(env.db);
  }, 180_000);
  afterAll(async () => {
    await env.app?.close();
    await env.db?.close();
  });
  return env;
}

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
