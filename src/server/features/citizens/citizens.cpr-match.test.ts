import { describe, expect, it } from 'vitest';
import { login, useTestApp } from '../../../../test/http.js';
import { lastAudit } from '../../../../test/audit.js';
import { c2Counts } from './test-fixtures.js';
import { CPR_MATCH_LIMIT } from './cpr-match.js';

const env = useTestApp();

/** A registration into a place that is taken (Anna's A1): it can never succeed, whatever the number. */
const probe = (cpr: string) => ({
  cpr,
  firstName: 'Prøve',
  lastName: 'Person',
  targetGroupCodes: ['autism'],
  placement: { placeId: env.w.places.placeA1, kindCode: 'long_term_residence', startDate: '2030-01-01' },
});
const cprOf = async (citizenId: string) => (await env.db.query<{ cpr: string }>('SELECT cpr FROM citizens WHERE id = $1', [citizenId]))[0].cpr;

describe('registering with a CPR number already known is a lookup of that citizen', () => {
  it('is audited on its own, naming the citizen, even one the leader cannot see, though the request fails', async () => {
    // The unit leader of A does not see Carla (facility 2), yet learns that her number is registered.
    const leader = await login(env.app, env.w.users.unitLeader.username);
    expect((await leader.get(`/api/citizens/${env.w.citizens.onC}`)).statusCode).toBe(404);
    const before = await c2Counts(env.db);
    const res = await leader.post('/api/citizens', probe(await cprOf(env.w.citizens.onC)));
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('duplicate_cpr');
    expect(await c2Counts(env.db)).toEqual({ ...before, audit: before.audit + 1 });
    expect(await lastAudit(env.db, env.w.users.unitLeader.id)).toEqual({
      action: 'search', entity: 'cpr_match', entity_id: env.w.citizens.onC, citizen_ids: [env.w.citizens.onC], detail: { cpr: '030385-xxxx' },
    });
  });

  it('is not audited for an unknown number (the taken place refuses it, and nothing is kept)', async () => {
    const leader = await login(env.app, env.w.users.unitLeader.username);
    const before = await c2Counts(env.db);
    const res = await leader.post('/api/citizens', probe('1507901235'));
    expect(res.json().error.code).toBe('overlap');
    expect(await c2Counts(env.db)).toEqual(before);
  });

  it(`is limited to ${CPR_MATCH_LIMIT} per user in 15 minutes: then every registration attempt answers 429 in Danish, match or not`, async () => {
    const leader = await login(env.app, env.w.users.facilityLeader.username);
    const known = await cprOf(env.w.citizens.onB);
    // Parallel attempts count one after another: no more than the limit get the 409 that answers the question.
    const answers = await Promise.all(Array.from({ length: CPR_MATCH_LIMIT + 3 }, () => leader.post('/api/citizens', probe(known))));
    expect(answers.map((r) => r.statusCode).sort()).toEqual([...Array(CPR_MATCH_LIMIT).fill(409), 429, 429, 429]);
    const limited = answers.find((r) => r.statusCode === 429)!.json().error;
    expect(limited).toMatchObject({ code: 'rate_limited', message: expect.stringMatching(/^For mange forsøg\. Prøv igen om 1[45] minutter\.$/) });

    const before = await c2Counts(env.db);
    const unknown = await leader.post('/api/citizens', { ...probe('1607901235'), placement: undefined });
    expect(unknown.statusCode).toBe(429);
    expect(await c2Counts(env.db)).toEqual(before);
    const [{ n }] = await env.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE user_id = $1 AND entity = 'cpr_match'`, [
      env.w.users.facilityLeader.id,
    ]);
    expect(n).toBe(CPR_MATCH_LIMIT);

    // Another leader is not held back by it; the limit is the window's: older lookups no longer count.
    expect((await (await login(env.app, env.w.users.unitLeader.username)).post('/api/citizens', probe(known))).statusCode).toBe(409);
    await env.db.query(`UPDATE audit_log SET at = at - interval '16 minutes' WHERE user_id = $1 AND entity = 'cpr_match'`, [env.w.users.facilityLeader.id]);
    expect((await leader.post('/api/citizens', probe(known))).statusCode).toBe(409);
  });

  it('names a known citizen nobody has in care, so the leader moves them into the free place chosen, and no one else', async () => {
    const leader = await login(env.app, env.w.users.unitLeader.username);
    const intoA2 = (cpr: string) => ({ ...probe(cpr), placement: { placeId: env.w.places.placeA2, kindCode: 'long_term_residence', startDate: '2026-12-01' } });
    // Carla lives on facility 2: known, but not the leader's to move, so not named.
    const placed = await leader.post('/api/citizens', intoA2(await cprOf(env.w.citizens.onC)));
    expect(placed.statusCode).toBe(409);
    expect(placed.json().error.current).toBeUndefined();
    // The unplaced citizen (moved out, say): named, and the start route moves them in.
    const known = await leader.post('/api/citizens', intoA2(await cprOf(env.w.citizens.unplaced)));
    expect(known.statusCode).toBe(409);
    expect(known.json().error.current).toEqual({ movableCitizenId: env.w.citizens.unplaced });
    const moved = await leader.post(`/api/citizens/${env.w.citizens.unplaced}/interventions`, {
      kindCode: 'long_term_residence', placeId: env.w.places.placeA2, startDate: '2026-12-01',
    });
    expect(moved.statusCode, moved.body).toBe(201);
    // Staff of the unit without the right to register are never told.
    const staff = await login(env.app, env.w.users.staff.username);
    expect((await staff.post('/api/citizens', intoA2(await cprOf(env.w.citizens.onB)))).json().error.current).toBeUndefined();
  });
});
