import { beforeAll, describe, expect, it } from 'vitest';
import { login, useTestApp, type Client } from '../../../../test/http.js';

const env = useTestApp({ worlds: 2 });
let leader: Client;

beforeAll(async () => {
  leader = await login(env.app, env.w.users.unitLeader.username);
});

type Entry = { id: number; at: string; userId: string; userName: string; action: string; entity: string; ip: string | null };
const logOf = async (citizenId: string, client = leader, query = '') => (await client.get(`/api/citizens/${citizenId}/access-log${query}`));

describe('GET /api/citizens/:citizenId/access-log', () => {
  it('shows the leader who opened the citizen’s record and when, newest first', async () => {
    const staff = await login(env.app, env.w.users.staff.username);
    expect((await staff.get(`/api/citizens/${env.w.citizens.onA}`)).statusCode).toBe(200);
    expect((await staff.post(`/api/citizens/${env.w.citizens.onA}/cpr`)).statusCode).toBe(200);
    // A read of another citizen is not in Anna's log.
    await (await login(env.app, env.w.users.facilityLeader.username)).get(`/api/citizens/${env.w.citizens.onB}`);

    const res = await logOf(env.w.citizens.onA);
    expect(res.statusCode).toBe(200);
    const entries = res.json().data as Entry[];
    expect(entries.map((e) => [e.userName, e.action, e.entity])).toEqual([
      ['Test staff', 'reveal_cpr', 'citizen'],
      ['Test staff', 'read', 'citizen'],
    ]);
    expect(entries[0]).toMatchObject({ userId: env.w.users.staff.id, ip: '127.0.0.1' });
    expect(Date.parse(entries[0].at)).toBeGreaterThanOrEqual(Date.parse(entries[1].at));
    expect(res.body).not.toContain('1230');
  });

  it('audits the reading of the log itself, which then shows in the log', async () => {
    const before = (await logOf(env.w.citizens.onA)).json().data as Entry[];
    const rows = await env.db.query<{ action: string; entity_id: string; citizen_ids: string[] }>(
      `SELECT action, entity_id, citizen_ids FROM audit_log WHERE user_id = $1 AND entity = 'access_log' ORDER BY id`,
      [env.w.users.unitLeader.id],
    );
    expect(rows.at(-1)).toEqual({ action: 'read', entity_id: env.w.citizens.onA, citizen_ids: [env.w.citizens.onA] });
    const after = (await logOf(env.w.citizens.onA)).json().data as Entry[];
    expect(after).toHaveLength(before.length + 1);
    expect(after[0]).toMatchObject({ userName: 'Test unitLeader', action: 'read', entity: 'access_log' });
  });

  it('names each entity as people say it, beside its code', async () => {
    const staff = await login(env.app, env.w.users.staff.username);
    expect((await staff.get(`/api/citizens/${env.w.citizens.onA}/plan.pdf`)).statusCode).toBe(200);
    const [latest] = (await logOf(env.w.citizens.onA)).json().data as Array<Entry & { entityLabel: { da: string; en: string } }>;
    expect(latest).toMatchObject({ entity: 'plan_pdf', entityLabel: { da: 'Plan (PDF)', en: 'Plan (PDF)' } });
    const [own] = (await staff.get('/api/access-log/mine')).json().data;
    expect(own).toMatchObject({ entity: 'plan_pdf', entityLabel: { da: 'Plan (PDF)', en: 'Plan (PDF)' } });
  });

  it('honours limit', async () => {
    const res = await logOf(env.w.citizens.onA, leader, '?limit=1');
    expect(res.json().data).toHaveLength(1);
    for (const q of ['?limit=0', '?limit=abc', '?limit=1001', '?since=2024-01-01']) expect((await logOf(env.w.citizens.onA, leader, q)).statusCode, q).toBe(400);
  });

  it('is denied to staff (403), and answers 404 outside the leader’s scope or municipality', async () => {
    const audits = async () => (await env.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'access_log'`))[0].n;
    const before = await audits();
    expect((await env.app.inject({ method: 'GET', url: `/api/citizens/${env.w.citizens.onA}/access-log` })).statusCode).toBe(401);
    expect((await logOf(env.w.citizens.onA, await login(env.app, env.w.users.staff.username))).statusCode).toBe(403);
    expect((await logOf(env.w.citizens.onA, await login(env.app, env.w.users.caseWorker.username))).statusCode).toBe(403);
    expect((await logOf(env.w.citizens.onA, await login(env.app, env.w.users.admin.username))).statusCode).toBe(404);
    expect((await logOf(env.w.citizens.onB)).statusCode).toBe(404);
    expect((await logOf(env.other.citizens.onA)).statusCode).toBe(404);
    expect((await logOf('not-a-uuid')).statusCode).toBe(400);
    expect(await audits()).toBe(before);
  });

  it('lets a facility leader read the log of every citizen of the facility', async () => {
    const facilityLeader = await login(env.app, env.w.users.facilityLeader.username);
    const entries = (await logOf(env.w.citizens.onB, facilityLeader)).json().data as Entry[];
    expect(entries.map((e) => [e.userName, e.entity])).toEqual([['Test facilityLeader', 'citizen']]);
  });
});
