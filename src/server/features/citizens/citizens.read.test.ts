import { describe, expect, it } from 'vitest';
import { login, useTestApp } from '../../../../test/http.js';
import { lastAudit } from '../../../../test/audit.js';

const env = useTestApp({ worlds: 2 });

describe('Mine borgere', () => {
  it('lists the citizens on the staff member’s unit only, with masked CPR', async () => {
    const staff = await login(env.app, env.w.users.staff.username);
    const res = await staff.get('/api/citizens');
    expect(res.statusCode).toBe(200);
    const names = res.json().data.map((c: { name: string }) => c.name);
    expect(names).toEqual(['Anna Andersen']);
    expect(res.json().data[0].cprMasked).toBe('010385-xxxx');
    // The CPR's last four digits, as a number of its own (a random uuid may hold '1230').
    expect(res.body).not.toMatch(/\b1230\b|0103851230|010385-1230/);
  });

  it('lets a facility leader see every citizen of the facility', async () => {
    const leader = await login(env.app, env.w.users.facilityLeader.username);
    const names = (await leader.get('/api/citizens')).json().data.map((c: { name: string }) => c.name);
    expect(names.sort()).toEqual(['Anna Andersen', 'Bent Bertelsen']);
  });

  it('finds a citizen by name and by birth date', async () => {
    const leader = await login(env.app, env.w.users.facilityLeader.username);
    expect((await leader.get('/api/citizens?q=bent')).json().data.map((c: { name: string }) => c.name)).toEqual(['Bent Bertelsen']);
    expect((await leader.get('/api/citizens?q=01-03-1985')).json().data.map((c: { name: string }) => c.name)).toEqual(['Anna Andersen']);
  });

  it('audits the list read naming every citizen returned', async () => {
    const leader = await login(env.app, env.w.users.facilityLeader.username);
    await leader.get('/api/citizens?q=bent');
    const [row] = await env.db.query<{ action: string; citizen_ids: string[]; detail: { q: string } }>(
      `SELECT action, citizen_ids, detail FROM audit_log WHERE user_id = $1 ORDER BY id DESC LIMIT 1`,
      [env.w.users.facilityLeader.id],
    );
    expect(row.action).toBe('search');
    expect(row.citizen_ids).toEqual([env.w.citizens.onB]);
  });
});

describe('the latest note on Mine borgere', () => {
  it('comes only with the citizens whose journal the user reads, and the audit row says how many', async () => {
    await env.db.query(`INSERT INTO journal_notes (municipality_id, citizen_id, author_id, body) VALUES ($1, $2, $3, 'Anna sov længe')`, [
      env.w.municipalityId, env.w.citizens.onA, env.w.users.staff.id,
    ]);
    const staff = await login(env.app, env.w.users.staff.username);
    const [anna] = (await staff.get('/api/citizens')).json().data;
    expect(anna.latestNote).toMatchObject({ body: 'Anna sov længe', authorName: 'Test staff' });
    expect((await lastAudit(env.db, env.w.users.staff.id)).detail).toEqual({ journalExcerpts: 1 });

    // The case worker lists Anna through an assignment, but never reads her journal: no field at all.
    const caseWorker = await login(env.app, env.w.users.caseWorker.username);
    for (const res of [await caseWorker.get('/api/citizens'), await caseWorker.post('/api/citizens/search', { cpr: '0103851230' })]) {
      expect(res.json().data.map((c: { name: string }) => c.name)).toEqual(['Anna Andersen']);
      expect(res.json().data[0]).not.toHaveProperty('latestNote');
      expect(res.body).not.toContain('Anna sov længe');
      expect((await lastAudit(env.db, env.w.users.caseWorker.id)).detail).toMatchObject({ journalExcerpts: 0 });
    }
  });

  it('is null, not absent, for a journal reader’s citizen without notes', async () => {
    const leader = await login(env.app, env.w.users.facilityLeader.username);
    const bent = (await leader.get('/api/citizens?q=bent')).json().data[0];
    expect(bent.latestNote).toBeNull();
  });
});

describe('citizen page', () => {
  it('shows placement, ladder step and masked CPR, and audits the read', async () => {
    const staff = await login(env.app, env.w.users.staff.username);
    const res = await staff.get(`/api/citizens/${env.w.citizens.onA}`);
    expect(res.statusCode).toBe(200);
    const c = res.json().data;
    expect(c.placement).toMatchObject({ unitName: 'Afdeling A', facilityName: 'Bostedet Lærkehøj', legalBasis: '§108', since: '2024-01-01' });
    expect(c.ladder.currentStep).toBe(7);
    expect(c.cprMasked).toBe('010385-xxxx');
    const [{ n }] = await env.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE user_id = $1 AND entity = 'citizen' AND $2 = ANY(citizen_ids)`,
      [env.w.users.staff.id, env.w.citizens.onA],
    );
    expect(n).toBe(1);
  });

  it('answers 404 for a citizen on another unit, in another municipality, or unknown', async () => {
    const staff = await login(env.app, env.w.users.staff.username);
    expect((await staff.get(`/api/citizens/${env.w.citizens.onC}`)).statusCode).toBe(404);
    expect((await staff.get(`/api/citizens/${env.other.citizens.onA}`)).statusCode).toBe(404);
    expect((await staff.get(`/api/citizens/00000000-0000-4000-8000-000000000000`)).statusCode).toBe(404);
    expect((await staff.get(`/api/citizens/not-a-uuid`)).statusCode).toBe(400);
  });

  it('reveals the CPR number only on request, and logs that', async () => {
    const staff = await login(env.app, env.w.users.staff.username);
    const res = await staff.post(`/api/citizens/${env.w.citizens.onA}/cpr`);
    expect(res.json()).toEqual({ cpr: '010385-1230' });
    const [{ n }] = await env.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE user_id = $1 AND action = 'reveal_cpr'`,
      [env.w.users.staff.id],
    );
    expect(n).toBe(1);
  });

  it('requires a session and a CSRF token', async () => {
    expect((await env.app.inject({ method: 'GET', url: '/api/citizens' })).statusCode).toBe(401);
    const staff = await login(env.app, env.w.users.staff.username);
    const noToken = await env.app.inject({ method: 'POST', url: `/api/citizens/${env.w.citizens.onA}/cpr`, headers: { cookie: staff.cookie } });
    expect(noToken.statusCode).toBe(403);
  });
});

describe('Mine borgere for one unit', () => {
  type Item = { name: string; unitId: string; unitName: string };
  const names = (res: { json: () => { data: Item[] } }) => res.json().data.map((c) => c.name);

  it('narrows the list to the citizens placed on the unit today, and audits the filter', async () => {
    const leader = await login(env.app, env.w.users.facilityLeader.username);
    const res = await leader.get(`/api/citizens?unitId=${env.w.units.unitB}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject([{ name: 'Bent Bertelsen', unitId: env.w.units.unitB, unitName: 'Afdeling B' }]);
    expect(names(await leader.get(`/api/citizens?unitId=${env.w.units.unitB}&q=anna`))).toEqual([]);
    const [row] = await env.db.query<{ action: string; detail: unknown }>(
      `SELECT action, detail FROM audit_log WHERE user_id = $1 ORDER BY id DESC LIMIT 1`,
      [env.w.users.facilityLeader.id],
    );
    expect(row).toEqual({ action: 'search', detail: { q: 'anna', unitId: env.w.units.unitB, journalExcerpts: 0 } });
  });

  it('refuses a unit outside the caller’s own with a field error, and lists nobody', async () => {
    const cases: Array<[keyof typeof env.w.users, string]> = [
      ['staff', env.w.units.unitB], // another unit of the same facility
      ['facilityLeader', env.w.units.unitC], // another facility
      ['facilityLeader', env.other.units.unitA], // another municipality
      ['caseWorker', env.w.units.unitA], // sees an assigned citizen there, but does not work on it
    ];
    for (const [who, unitId] of cases) {
      const client = await login(env.app, env.w.users[who].username);
      const res = await client.get(`/api/citizens?unitId=${unitId}`);
      expect(res.statusCode, who).toBe(400);
      expect(res.json().data).toBeUndefined();
      expect(res.json().error.fields.unitId).toMatch(/afdeling/);
    }
    const staff = await login(env.app, env.w.users.staff.username);
    expect((await staff.get('/api/citizens?unitId=not-a-uuid')).json().error.fields.unitId).toBe('Ukendt afdeling.');
  });

  it('lets staff covering another unit show that unit’s citizens, until the cover ends', async () => {
    const [cover] = await env.db.query<{ id: string }>(
      `INSERT INTO unit_covers (municipality_id, user_id, unit_id, reason, ends_at) VALUES ($1, $2, $3, 'Nattevagt', now() + interval '8 hours') RETURNING id`,
      [env.w.municipalityId, env.w.users.staff.id, env.w.units.unitB],
    );
    const staff = await login(env.app, env.w.users.staff.username);
    try {
      expect(names(await staff.get('/api/citizens'))).toEqual(['Anna Andersen', 'Bent Bertelsen']);
      expect(names(await staff.get(`/api/citizens?unitId=${env.w.units.unitB}`))).toEqual(['Bent Bertelsen']);
      expect(names(await staff.get(`/api/citizens?unitId=${env.w.units.unitA}`))).toEqual(['Anna Andersen']);
    } finally {
      await env.db.query(`UPDATE unit_covers SET ended_at = now(), ended_by = user_id WHERE id = $1`, [cover.id]);
    }
    expect((await staff.get(`/api/citizens?unitId=${env.w.units.unitB}`)).statusCode).toBe(400);
  });
});
