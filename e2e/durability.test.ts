import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { openPostgres } from '../src/server/db/index.js';
import { startServer, DEMO_PASSWORD } from './support.js';
import { apiLogin } from './api-client.js';

const cleanups: Array<() => Promise<void> | void> = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

/**
 * Writes notes through the running server, kills it with SIGKILL straight after the last
 * acknowledgement, restarts it on the same database and checks every acknowledged note is there.
 */
async function acknowledgedWritesSurviveKill(env: Record<string, string>) {
  const first = await startServer(env);
  const staff = await apiLogin(first.url, 'medarbejder', DEMO_PASSWORD);
  const citizens = await staff.get('/api/citizens');
  const citizenId = citizens.json.data[0].id as string;
  const written: string[] = [];
  for (let i = 0; i < 20; i++) {
    const body = `Holdbarhedstest ${Date.now()}-${i}`;
    const res = await staff.post(`/api/citizens/${citizenId}/notes`, { body });
    expect(res.status).toBe(201);
    written.push(body);
  }
  await first.stop('SIGKILL');

  const second = await startServer(env);
  cleanups.push(() => second.stop());
  const again = await apiLogin(second.url, 'medarbejder', DEMO_PASSWORD);
  const notes = await again.get(`/api/citizens/${citizenId}/notes?limit=200`);
  const bodies = new Set((notes.json.data as Array<{ body: string }>).map((n) => n.body));
  expect(written.filter((b) => !bodies.has(b))).toEqual([]);
}

describe('a write that was acknowledged survives kill -9', () => {
  it('on embedded PostgreSQL (PGlite)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mestring-crash-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    await acknowledgedWritesSurviveKill({ MESTRING_DATA_DIR: dir });
  });

  it('on a PostgreSQL server', async () => {
    const url = inject('postgresUrl');
    const name = `mestring_crash_${process.pid}`;
    const admin = openPostgres(url, 1);
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
    cleanups.push(async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    });
    await acknowledgedWritesSurviveKill({ DATABASE_URL: url.replace(/\/[^/?]*(\?|$)/, `/${name}$1`), MESTRING_DEMO: '1' });
  });
});
