import { beforeAll, describe, expect, it } from 'vitest';
import { login, useTestApp, type Client } from '../../../../test/http.js';

const env = useTestApp({ worlds: 2 });
let staff: Client;

beforeAll(async () => {
  staff = await login(env.app, env.w.users.staff.username);
});

type Cover = { id: string; user: { id: string }; unit: { id: string; name: string }; active: boolean; endedAt: string | null; endedBy: string | null; abilities: { end: boolean } };
const citizenIds = async (c: Client) => ((await c.get('/api/citizens')).json().data as Array<{ id: string }>).map((r) => r.id);
const start = (c: Client, body: Record<string, unknown>) => c.post('/api/unit-covers', { unitId: env.w.units.unitB, hours: 8, reason: 'Nattevagt for Afdeling B', ...body });
/** Ends every running cover, so each test starts from none. */
const endAll = () => env.db.query(`UPDATE unit_covers SET ended_at = now(), ended_by = user_id WHERE ended_at IS NULL`);

describe('a staff member covers another unit of their facility', () => {
  it('offers the other units of their own facility only', async () => {
    const units = (await staff.get('/api/unit-covers/units')).json().data as Array<{ id: string; name: string; facilityName: string }>;
    expect(units).toEqual([{ id: env.w.units.unitB, name: 'Afdeling B', facilityName: 'Bostedet Lærkehøj' }]);
    // A facility leader already reaches every unit of the facility; a case worker works on none.
    for (const user of ['facilityLeader', 'caseWorker', 'admin'] as const) {
      expect((await (await login(env.app, env.w.users[user].username)).get('/api/unit-covers/units')).json().data, user).toEqual([]);
    }
  });

  it('opens the covered unit’s citizens, journal included, while the cover runs; ending it closes them again', async () => {
    await endAll();
    expect(await citizenIds(staff)).not.toContain(env.w.citizens.onB);
    expect((await staff.get(`/api/citizens/${env.w.citizens.onB}`)).statusCode).toBe(404);

    const res = await start(staff, {});
    expect(res.statusCode).toBe(201);
    const cover = res.json().data as Cover;
    expect(cover).toMatchObject({ user: { id: env.w.users.staff.id }, unit: { id: env.w.units.unitB, name: 'Afdeling B' }, active: true, abilities: { end: true } });
    const hours = (Date.parse((cover as unknown as { endsAt: string }).endsAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(7.9);
    expect(hours).toBeLessThanOrEqual(8);

    // The same session: the cover reaches the next request.
    const session = (await staff.get('/api/auth/session')).json().user;
    expect(session.covers).toEqual([expect.objectContaining({ id: cover.id, unitId: env.w.units.unitB, unitName: 'Afdeling B' })]);
    expect((await staff.get('/api/unit-covers/units')).json().data).toEqual([]); // nothing left to cover
    expect(session.units).toEqual([{ id: env.w.units.unitA, name: 'Afdeling A' }, { id: env.w.units.unitB, name: 'Afdeling B' }]);
    expect(await citizenIds(staff)).toEqual(expect.arrayContaining([env.w.citizens.onA, env.w.citizens.onB]));
    expect((await staff.get(`/api/citizens/${env.w.citizens.onB}`)).statusCode).toBe(200);
    expect((await staff.post(`/api/citizens/${env.w.citizens.onB}/notes`, { body: 'Bent sov uroligt, vækket kl. 3' })).statusCode).toBe(201);
    // Still nothing on another facility.
    expect((await staff.get(`/api/citizens/${env.w.citizens.onC}`)).statusCode).toBe(404);

    const ended = await staff.post(`/api/unit-covers/${cover.id}/end`);
    expect(ended.statusCode).toBe(200);
    expect(ended.json().data).toMatchObject({ active: false, endedBy: 'Test staff', abilities: { end: false } });
    expect((await staff.get(`/api/citizens/${env.w.citizens.onB}`)).statusCode).toBe(404);
    expect(await citizenIds(staff)).not.toContain(env.w.citizens.onB);
    expect((await staff.post(`/api/unit-covers/${cover.id}/end`)).json().error.code).toBe('already_ended');
  });

  it('ends by itself when its time is up', async () => {
    await endAll();
    const cover = (await start(staff, { hours: 1 })).json().data as Cover;
    expect((await staff.get(`/api/citizens/${env.w.citizens.onB}`)).statusCode).toBe(200);
    await env.db.query(`UPDATE unit_covers SET starts_at = now() - interval '2 hours', ends_at = now() - interval '1 hour' WHERE id = $1`, [cover.id]);
    expect((await staff.get(`/api/citizens/${env.w.citizens.onB}`)).statusCode).toBe(404);
    expect((await staff.get('/api/auth/session')).json().user.covers).toEqual([]);
    const listed = ((await staff.get('/api/unit-covers')).json().data as Cover[]).find((c) => c.id === cover.id);
    expect(listed).toMatchObject({ active: false, endedAt: null, abilities: { end: false } });
    expect((await staff.post(`/api/unit-covers/${cover.id}/end`)).statusCode).toBe(409);
  });

  it('ends at once when the staff member no longer works on the facility', async () => {
    await endAll();
    // A colleague of staff's (same unit, same password), who will move during the shift.
    const [mover] = await env.db.query<{ id: string; username: string }>(
      `INSERT INTO users (municipality_id, username, display_name, password_hash)
       SELECT municipality_id, 'flytter-' || left(md5(random()::text), 6), 'Flytter', password_hash FROM users WHERE id = $1 RETURNING id, username`,
      [env.w.users.staff.id],
    );
    await env.db.query(`INSERT INTO user_roles (municipality_id, user_id, role, org_unit_id) VALUES ($1, $2, 'staff', $3)`, [env.w.municipalityId, mover.id, env.w.units.unitA]);
    const client = await login(env.app, mover.username);
    expect((await start(client, {})).statusCode).toBe(201);
    expect((await client.get(`/api/citizens/${env.w.citizens.onB}`)).statusCode).toBe(200);
    // Moved to facility 2 during the shift: the cover of facility 1's unit B no longer holds.
    await env.db.query(`UPDATE user_roles SET org_unit_id = $2 WHERE user_id = $1`, [mover.id, env.w.units.unitC]);
    expect((await client.get(`/api/citizens/${env.w.citizens.onB}`)).statusCode).toBe(404);
    expect((await client.get('/api/auth/session')).json().user.covers).toEqual([]);
  });

  it('is logged: the start in the audit log, and every read of the covered citizen under the covering user', async () => {
    await endAll();
    const cover = (await start(staff, {})).json().data as Cover;
    await staff.get(`/api/citizens/${env.w.citizens.onB}`);
    const rows = await env.db.query<{ action: string; entity: string; entity_id: string; citizen_ids: string[] }>(
      `SELECT action, entity, entity_id, citizen_ids FROM audit_log WHERE user_id = $1 ORDER BY id DESC LIMIT 2`,
      [env.w.users.staff.id],
    );
    expect(rows).toEqual([
      { action: 'read', entity: 'citizen', entity_id: env.w.citizens.onB, citizen_ids: [env.w.citizens.onB] },
      { action: 'create', entity: 'unit_cover', entity_id: cover.id, citizen_ids: [] },
    ]);
  });

  it('shows the covers on their units to leaders, who may end them; others see only their own', async () => {
    await endAll();
    const cover = (await start(staff, {})).json().data as Cover;
    const facilityLeader = await login(env.app, env.w.users.facilityLeader.username);
    const seen = (await facilityLeader.get('/api/unit-covers')).json().data as Cover[];
    expect(seen.find((c) => c.id === cover.id)).toMatchObject({ active: true, abilities: { end: true } });
    // The leader of unit A leads neither unit B nor this staff member's cover.
    const unitLeader = await login(env.app, env.w.users.unitLeader.username);
    expect(((await unitLeader.get('/api/unit-covers')).json().data as Cover[]).map((c) => c.id)).not.toContain(cover.id);
    expect((await unitLeader.post(`/api/unit-covers/${cover.id}/end`)).statusCode).toBe(404);
    const staffB = await login(env.app, env.w.users.staffB.username);
    expect((await staffB.get('/api/unit-covers')).json().data).toEqual([]);

    const ended = await facilityLeader.post(`/api/unit-covers/${cover.id}/end`);
    expect(ended.json().data).toMatchObject({ active: false, endedBy: 'Test facilityLeader' });
    expect((await staff.get(`/api/citizens/${env.w.citizens.onB}`)).statusCode).toBe(404);
  });
});

describe('what cannot be covered', () => {
  it('refuses a unit of another facility (403), another municipality’s unit (404) and a second running cover (409)', async () => {
    await endAll();
    expect((await start(staff, { unitId: env.w.units.unitC })).statusCode).toBe(403);
    expect((await start(staff, { unitId: env.w.units.unitA })).statusCode).toBe(403); // one's own unit
    expect((await start(staff, { unitId: env.w.units.facility1 })).statusCode).toBe(404); // not a unit
    expect((await start(staff, { unitId: env.other.units.unitB })).statusCode).toBe(404);
    expect((await start(staff, {})).statusCode).toBe(201);
    const again = await start(staff, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('already_covering');
  });

  it('answers bad input field by field and writes nothing', async () => {
    await endAll();
    const count = async () => (await env.db.query<{ n: number }>('SELECT count(*)::int AS n FROM unit_covers'))[0].n;
    const before = await count();
    const res = await start(staff, { hours: 17, reason: ' ' });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields).sort()).toEqual(['hours', 'reason']);
    for (const body of [{ hours: 0 }, { hours: 2.5 }, { hours: '8' }, { unitId: 'x' }, { reason: 'x'.repeat(501) }, { until: '2026-01-01' }]) {
      expect((await start(staff, body)).statusCode, JSON.stringify(body)).toBe(400);
    }
    expect(await count()).toBe(before);
  });

  it('lets the database refuse a cover longer than a shift, or one ended without saying by whom', async () => {
    await expect(
      env.db.query(`INSERT INTO unit_covers (municipality_id, user_id, unit_id, reason, ends_at) VALUES ($1, $2, $3, 'Lang vagt', now() + interval '17 hours')`, [
        env.w.municipalityId, env.w.users.staff.id, env.w.units.unitB,
      ]),
    ).rejects.toThrow(/check/i);
    await expect(
      env.db.query(`INSERT INTO unit_covers (municipality_id, user_id, unit_id, reason, ends_at, ended_at) VALUES ($1, $2, $3, 'Vagt', now() + interval '1 hour', now())`, [
        env.w.municipalityId, env.w.users.staff.id, env.w.units.unitB,
      ]),
    ).rejects.toThrow(/check/i);
  });
});
