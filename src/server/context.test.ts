import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FastifyRequest } from 'fastify';
import { login, useTestApp } from '../../test/http.js';
import { adminCtx } from '../../test/world.js';
import { audit, type AuditEntity } from './audit/index.js';
import { inTenant, withTenant } from './context.js';
import { badRequest, conflict } from './errors.js';

const env = useTestApp();

/** The audit row these test routes write, then what they throw (the id in the URL tells the rows apart). */
const writeThenThrow = (fail: (id: string) => Error) => (req: FastifyRequest<{ Params: { id: string } }>) =>
  withTenant(req, async (tx, ctx) => {
    const { id } = req.params;
    await audit(tx, ctx, { action: 'read', entity: 'context_test' as AuditEntity, entityId: id, citizenIds: [env.w.citizens.onA], detail: { conflict: true } });
    throw fail(id);
  });

beforeAll(() => {
  // Test-only routes, added before the app is first used; they run through the real hooks and error handler.
  env.app.post('/api/test/conflict/:id', writeThenThrow((id) => conflict('Ændret af en anden.', { id, version: 2 })));
  env.app.post('/api/test/bad-request/:id', writeThenThrow(() => badRequest('Forkert.', { field: 'Forkert.' })));
  env.app.post('/api/test/crash/:id', writeThenThrow(() => new Error('boom')));
});

const auditRowsFor = async (id: string) =>
  (await env.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'context_test' AND entity_id = $1`, [id]))[0].n;

describe('withTenant: what a thrown error keeps', () => {
  it('a conflict thrown after an audit insert commits the audit row and answers 409 with the current record', async () => {
    const client = await login(env.app, env.w.users.staff.username);
    const id = randomUUID();
    const res = await client.post(`/api/test/conflict/${id}`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toEqual({ code: 'conflict', message: 'Ændret af en anden.', current: { id, version: 2 } });
    expect(await auditRowsFor(id)).toBe(1);
    const [row] = await env.db.query<{ user_id: string; citizen_ids: string[] }>(
      `SELECT user_id, citizen_ids FROM audit_log WHERE entity = 'context_test' AND entity_id = $1`,
      [id],
    );
    expect(row).toEqual({ user_id: env.w.users.staff.id, citizen_ids: [env.w.citizens.onA] });
  });

  it('any other error rolls everything back: a 400 and a 500 leave no audit row', async () => {
    const client = await login(env.app, env.w.users.staff.username);
    const bad = randomUUID();
    const res = await client.post(`/api/test/bad-request/${bad}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({ field: 'Forkert.' });
    expect(await auditRowsFor(bad)).toBe(0);
    const crash = randomUUID();
    expect((await client.post(`/api/test/crash/${crash}`)).statusCode).toBe(500);
    expect(await auditRowsFor(crash)).toBe(0);
  });
});

describe('inTenant', () => {
  /** Renames the unplaced citizen in a tenant transaction, then ends it as `then` does (returns or throws). */
  const renameThen = <T>(name: string, then: () => T) =>
    inTenant(env.db, adminCtx(env.w), async (tx) => {
      await tx.query('UPDATE citizens SET first_name = $2 WHERE id = $1', [env.w.citizens.unplaced, name]);
      return then();
    });
  const nameNow = async () =>
    (await env.db.query<{ first_name: string }>('SELECT first_name FROM citizens WHERE id = $1', [env.w.citizens.unplaced]))[0].first_name;

  it('returns what the function returns, committed', async () => {
    expect(await renameThen('Dennis1', () => 'ok')).toBe('ok');
    expect(await nameNow()).toBe('Dennis1');
  });

  it('rethrows the very conflict after committing, and rolls back on any other error', async () => {
    const clash = conflict('Ændret.');
    await expect(renameThen('Dennis2', () => { throw clash; })).rejects.toBe(clash);
    expect(await nameNow()).toBe('Dennis2');
    await expect(renameThen('Dennis3', () => { throw badRequest('Nej.'); })).rejects.toMatchObject({ status: 400 });
    await expect(renameThen('Dennis4', () => { throw new Error('boom'); })).rejects.toThrow('boom');
    expect(await nameNow()).toBe('Dennis2');
  });
});
