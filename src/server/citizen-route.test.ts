import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FastifyRequest } from 'fastify';
import { login, useTestApp } from '../../test/http.js';
import { citizenRoute, auditedRoute } from './citizen-route.js';
import { conflict } from './errors.js';
import type { AuditEntity } from './audit/index.js';

const env = useTestApp();

type TestRequest = FastifyRequest<{ Params: { citizenId: string }; Querystring: { run: string; entityId?: string } }>;

/** A test route on one citizen: the handler adds the run to the audit row's detail, then `finish` returns or throws. */
const testRoute = (action: string, finish: () => unknown) => (req: TestRequest) =>
  citizenRoute(req, { action, audit: { action: 'read', entity: 'citizen_route_test' as AuditEntity /* a test's own entity, so its rows are told apart */ } }, async (_tx, _ctx, citizen, note) => {
    note.detail = { run: req.query.run };
    if (req.query.entityId) note.entityId = req.query.entityId;
    finish();
    return { citizenId: citizen.id };
  });

beforeAll(() => {
  // Test-only routes, added before the app is first used; they run through the real hooks and error handler.
  env.app.get('/api/test/citizen-route/:citizenId', testRoute('read', () => undefined));
  env.app.get('/api/test/citizen-route/:citizenId/relatives', testRoute('manageRelatives', () => undefined));
  env.app.get('/api/test/citizen-route/:citizenId/crash', testRoute('read', () => {
    throw new Error('boom');
  }));
  env.app.get('/api/test/citizen-route/:citizenId/stale', testRoute('read', () => {
    throw conflict('Ændret i mellemtiden.', { as: 'now' });
  }));
  // A list naming the citizens in `names` (comma-separated), as a list read names those it answers with.
  env.app.get('/api/test/list-route', (req: FastifyRequest<{ Querystring: { run: string; names?: string; onlyWhenNamed?: string } }>) =>
    auditedRoute(req, { action: 'read', entity: 'citizen_route_test' as AuditEntity, onlyWhenNamed: req.query.onlyWhenNamed === 'yes' }, async (_tx, _ctx, note) => {
      Object.assign(note, { citizenIds: req.query.names ? req.query.names.split(',') : [], detail: { run: req.query.run } });
      return { ok: true };
    }),
  );
});

const rowsOf = (run: string) =>
  env.db.query<{ action: string; entity: string; entity_id: string; citizen_ids: string[]; user_id: string }>(
    `SELECT action, entity, entity_id, citizen_ids, user_id FROM audit_log WHERE entity = 'citizen_route_test' AND detail->>'run' = $1`,
    [run],
  );

describe('citizenRoute: tenant → gate → handler → audit', () => {
  it('writes one audit row naming the citizen, with the detail and entity the handler adds', async () => {
    const staff = await login(env.app, env.w.users.staff.username);
    const run = randomUUID();
    const res = await staff.get(`/api/test/citizen-route/${env.w.citizens.onA}?run=${run}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ citizenId: env.w.citizens.onA });
    expect(await rowsOf(run)).toEqual([
      { action: 'read', entity: 'citizen_route_test', entity_id: env.w.citizens.onA, citizen_ids: [env.w.citizens.onA], user_id: env.w.users.staff.id },
    ]);

    const other = randomUUID();
    const entityId = randomUUID();
    await staff.get(`/api/test/citizen-route/${env.w.citizens.onA}?run=${other}&entityId=${entityId}`);
    expect((await rowsOf(other)).map((r) => [r.entity_id, r.citizen_ids])).toEqual([[entityId, [env.w.citizens.onA]]]);
  });

  it('answers 404 for a citizen outside the actor’s scope, and writes no audit row', async () => {
    const staff = await login(env.app, env.w.users.staff.username);
    const run = randomUUID();
    expect((await staff.get(`/api/test/citizen-route/${env.w.citizens.onB}?run=${run}`)).statusCode).toBe(404);
    expect((await staff.get(`/api/test/citizen-route/${randomUUID()}?run=${run}`)).statusCode).toBe(404);
    expect(await rowsOf(run)).toEqual([]);
  });

  it('answers 403 when the citizen is visible but the action is not the actor’s, and writes no audit row', async () => {
    const staff = await login(env.app, env.w.users.staff.username);
    const run = randomUUID();
    expect((await staff.get(`/api/test/citizen-route/${env.w.citizens.onA}/relatives?run=${run}`)).statusCode).toBe(403);
    expect(await rowsOf(run)).toEqual([]);
  });

  it('rolls the audit row back with the handler’s work when the handler fails', async () => {
    const staff = await login(env.app, env.w.users.staff.username);
    const run = randomUUID();
    expect((await staff.get(`/api/test/citizen-route/${env.w.citizens.onA}/crash?run=${run}`)).statusCode).toBe(500);
    expect(await rowsOf(run)).toEqual([]);
  });

  it('audits the record a committed conflict sends back as a read of the citizen, on the record the handler named', async () => {
    const staff = await login(env.app, env.w.users.staff.username);
    const entityId = randomUUID();
    const res = await staff.get(`/api/test/citizen-route/${env.w.citizens.onA}/stale?run=${randomUUID()}&entityId=${entityId}`);
    expect(res.statusCode).toBe(409);
    const rows = await env.db.query('SELECT action, entity, citizen_ids, detail FROM audit_log WHERE entity_id = $1', [entityId]);
    expect(rows).toEqual([{ action: 'read', entity: 'citizen_route_test', citizen_ids: [env.w.citizens.onA], detail: { conflict: true } }]);
  });
});

describe('auditedRoute: tenant → handler → one audit row naming every citizen listed', () => {
  it('names each citizen once, and writes no row for an answer naming none when asked so', async () => {
    const staff = await login(env.app, env.w.users.staff.username);
    const { onA, onB } = env.w.citizens;
    const run = randomUUID();
    expect((await staff.get(`/api/test/list-route?run=${run}&names=${onA},${onB},${onA}`)).statusCode).toBe(200);
    const [row] = await rowsOf(run);
    expect([...row.citizen_ids].sort()).toEqual([onA, onB].sort());

    const empty = randomUUID();
    await staff.get(`/api/test/list-route?run=${empty}`);
    expect((await rowsOf(empty)).map((r) => r.citizen_ids)).toEqual([[]]);
    const skipped = randomUUID();
    await staff.get(`/api/test/list-route?run=${skipped}&onlyWhenNamed=yes`);
    expect(await rowsOf(skipped)).toEqual([]);
  });
});
