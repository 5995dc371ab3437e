/**
 * The route × audience × scope matrix: every API route, as its feature's access-cases.ts lists it,
 * called by every user of the test world (each plays one audience of test/route-cases.ts), on
 * records of the caller's own municipality and on the same kind of record in another
 * municipality; every allowed read must have written the audit row it owes. The test fails if a
 * route exists that no feature's cases list, so a new route cannot skip the matrix.
 *
 * Reads, and writes that are to be refused, change nothing: they run in one shared world with each
 * user signed in once. A write that is to succeed runs in a fresh world of its own, so it cannot
 * change another call's answer. Reads run one route at a time (a user's newest audit rows are then
 * that route's); writes run concurrently.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { buildWorld, type WorldUser } from '../../../test/world.js';
import {
  answerFor, audienceOf, audiences, isAllowed, ROLES, sendCase, type Case, type Fixture, type ReadAudit,
} from '../../../test/route-cases.js';
import { cases, withFixtures } from '../../../test/access-cases.js';
import { login, useTestApp, type Client } from '../../../test/http.js';

/** Routes outside the matrix, and why. */
const notInMatrix: Record<string, string> = {
  'POST /api/auth/login': 'public: issues the session (auth.test.ts)',
  'GET /api/health': 'public: answers whether the database answers',
  'GET /api/openapi.json': 'public: the API description',
};

const env = useTestApp({ worlds: 0 });
let shared: Fixture;
let clients: Record<WorldUser, Client>;
let other: Fixture;

const freshWorld = async (name?: string) => withFixtures(env.db, await buildWorld(env.db, name));
const signIn = (f: Fixture, user: WorldUser) => login(env.app, f.users[user].username);

beforeAll(async () => {
  [shared, other] = await Promise.all([freshWorld(), freshWorld('Anden kommune')]);
  clients = Object.fromEntries(await Promise.all(ROLES.map(async (u) => [u, await signIn(shared, u)] as const))) as Record<WorldUser, Client>;
});

/** Calls the case as `client` on `target`'s records. */
const send = (client: Client, c: Case, target: Fixture) => sendCase(env.db, client, c, target);

/** Each user's value, keyed so that a failure names both: "leaderOfCitizensUnit (unitLeader)". */
const byUser = <T>(value: (user: WorldUser, i: number) => T) => Object.fromEntries(ROLES.map((u, i) => [`${audienceOf(u)} (${u})`, value(u, i)]));

/** Ids of the other municipality, which no answer on one's own may contain. */
const foreignIds = () => [other.municipalityId, ...Object.values(other.citizens), ...Object.values(other.units), other.goalId, other.noteId];
const leaks = (responses: LightMyRequestResponse[]) => byUser((_, i) => foreignIds().filter((id) => responses[i].body.includes(id)));

it('lists every API route', () => {
  const listed = new Set([...cases.map((c) => `${c.method} ${c.route}`), ...Object.keys(notInMatrix)]);
  const missing = env.app.apiRoutes.map((r) => `${r.method} ${r.url}`).filter((r) => !listed.has(r));
  expect(missing).toEqual([]);
});

it('has every world user play exactly one audience, and every GET declare the audit row it writes', () => {
  expect(byUser((u) => Object.values(audiences).filter((a) => (a.users as readonly WorldUser[]).includes(u)).length)).toEqual(byUser(() => 1));
  expect(cases.filter((c) => c.method === 'GET' && !c.audit).map((c) => c.route)).toEqual([]);
});

interface AuditSeen { action: string; entity: string; citizens: string[] }

/** The audit rows a user of the shared world owes for their call: one naming the citizens read, or none. */
function owedAudit(audit: ReadAudit | 'none', user: WorldUser, status: number): AuditSeen[] {
  if (audit === 'none' || !isAllowed(status)) return [];
  const citizens = audit.citizens(shared, audienceOf(user));
  return citizens ? [{ action: audit.action, entity: audit.entity, citizens: [...citizens].sort() }] : [];
}

/** The shared world's audit rows written after row `since`, per user. */
async function auditSince(since: string): Promise<Map<string, AuditSeen[]>> {
  const rows = await env.db.query<{ user_id: string; action: string; entity: string; citizen_ids: string[] }>(
    'SELECT user_id, action, entity, citizen_ids::text[] AS citizen_ids FROM audit_log WHERE id > $1::bigint AND municipality_id = $2 ORDER BY id',
    [since, shared.municipalityId],
  );
  const seen = new Map<string, AuditSeen[]>();
  for (const r of rows) seen.set(r.user_id, [...(seen.get(r.user_id) ?? []), { action: r.action, entity: r.entity, citizens: [...r.citizen_ids].sort() }]);
  return seen;
}

function answersOnAnotherMunicipality(c: Case) {
  if (c.otherMunicipality === undefined) return;
  it('answers every audience the same on another municipality’s records', async ({ expect }) => {
    const got = await Promise.all(ROLES.map((u) => send(clients[u], c, other)));
    expect(byUser((_, i) => got[i].statusCode)).toEqual(byUser(() => c.otherMunicipality));
  });
}

describe.each(cases.filter((c) => c.audit))('$method $route', (c) => {
  it('answers each audience as the rules say, each allowed call audited as it owes', async () => {
    const [{ since }] = await env.db.query<{ since: string }>('SELECT coalesce(max(id), 0)::text AS since FROM audit_log');
    const got = await Promise.all(ROLES.map((u) => send(clients[u], c, shared)));
    expect(byUser((_, i) => got[i].statusCode)).toEqual(byUser((u) => answerFor(c, u)));
    const written = await auditSince(since);
    expect(byUser((u) => written.get(shared.users[u].id) ?? [])).toEqual(byUser((u) => owedAudit(c.audit!, u, answerFor(c, u))));
    if (c.otherMunicipality === undefined) expect(leaks(got), 'another municipality’s ids').toEqual(byUser(() => []));
  });
  answersOnAnotherMunicipality(c);
});

describe.concurrent.each(cases.filter((c) => !c.audit))('$method $route', (c) => {
  it('answers each audience as the rules say', async ({ expect }) => {
    const got = await Promise.all(
      ROLES.map(async (u) => {
        if (!isAllowed(answerFor(c, u))) return send(clients[u], c, shared);
        const f = await freshWorld();
        return send(await signIn(f, u), c, f);
      }),
    );
    expect(byUser((_, i) => got[i].statusCode)).toEqual(byUser((u) => answerFor(c, u)));
    if (c.otherMunicipality === undefined) expect(leaks(got), 'another municipality’s ids').toEqual(byUser(() => []));
  });
  answersOnAnotherMunicipality(c);
});
