import { describe, expect, it } from 'vitest';
import { login, useTestApp } from '../../../../test/http.js';
import { lastAudit } from '../../../../test/audit.js';
import { c2Counts } from './test-fixtures.js';

const env = useTestApp({ worlds: 2 });

const mother = { name: 'Birgit Andersen', relation: 'Mor', phone: '+45 20 30 40 50', consentToShare: true, note: 'Ringer om søndagen.' };

/** Adds a relative through the API as the unit leader (fails the test on anything but 201). */
async function addRelative(citizenId: string, body: Record<string, unknown> = mother) {
  const leader = await login(env.app, env.w.users.unitLeader.username);
  const res = await leader.post(`/api/citizens/${citizenId}/relatives`, body);
  if (res.statusCode !== 201) throw new Error(`adding a relative failed: ${res.statusCode} ${res.body}`);
  return res.json().data as { id: string; version: number };
}

describe('relatives', () => {
  it('a leader of the citizen adds one; it shows on the record and is audited', async () => {
    const { w, app, db } = env;
    const leader = await login(app, w.users.unitLeader.username);
    const res = await leader.post(`/api/citizens/${w.citizens.onA}/relatives`, mother);
    expect(res.statusCode).toBe(201);
    const rel = res.json().data;
    expect(rel).toEqual({ id: expect.any(String), ...mother, version: 1 });
    expect(await lastAudit(db, w.users.unitLeader.id)).toEqual({
      action: 'create',
      entity: 'relative',
      entity_id: rel.id,
      citizen_ids: [w.citizens.onA],
      detail: null,
    });
    const record = (await leader.get(`/api/citizens/${w.citizens.onA}`)).json().data;
    expect(record.relatives).toEqual([rel]);
    expect(record.abilities.manageRelatives).toBe(true);
  });

  it('edits with the version read, clears the phone with null, and answers 409 with the current relative when stale', async () => {
    const { w, app, db } = env;
    const rel = await addRelative(w.citizens.onA, { ...mother, name: 'Carl Andersen', relation: 'Bror' });
    const leader = await login(app, w.users.unitLeader.username);
    const url = `/api/citizens/${w.citizens.onA}/relatives/${rel.id}`;
    const res = await leader.patch(url, { version: 1, consentToShare: false, phone: null });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({ name: 'Carl Andersen', consentToShare: false, phone: null, note: mother.note, version: 2 });
    expect(await lastAudit(db, w.users.unitLeader.id)).toMatchObject({ action: 'update', entity: 'relative', entity_id: rel.id, detail: { fields: ['phone', 'consentToShare'] } });

    const stale = await leader.patch(url, { version: 1, name: 'Carl A.' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current).toMatchObject({ id: rel.id, name: 'Carl Andersen', version: 2 });
    const [row] = await db.query<{ name: string; version: number }>('SELECT name, version FROM relatives WHERE id = $1', [rel.id]);
    expect(row).toEqual({ name: 'Carl Andersen', version: 2 });
  });

  it('deletes one, audited as delete', async () => {
    const { w, app, db } = env;
    const rel = await addRelative(w.citizens.onA, { name: 'Dorte Ven', relation: 'Veninde', consentToShare: false });
    const leader = await login(app, w.users.unitLeader.username);
    const res = await leader.delete(`/api/citizens/${w.citizens.onA}/relatives/${rel.id}`);
    expect(res.statusCode).toBe(204);
    expect(await db.query('SELECT 1 FROM relatives WHERE id = $1', [rel.id])).toEqual([]);
    expect(await lastAudit(db, w.users.unitLeader.id)).toMatchObject({ action: 'delete', entity: 'relative', entity_id: rel.id, citizen_ids: [w.citizens.onA] });
    expect((await leader.delete(`/api/citizens/${w.citizens.onA}/relatives/${rel.id}`)).statusCode).toBe(404);
  });

  it('401 without a session; 403 for staff who see the citizen; 404 out of scope, another municipality, or a relative of someone else', async () => {
    const { w, other, app, db } = env;
    const rel = await addRelative(w.citizens.onA, { name: 'Eva Nabo', relation: 'Nabo', consentToShare: false });
    const before = await c2Counts(db);
    const relUrl = `/api/citizens/${w.citizens.onA}/relatives/${rel.id}`;
    expect((await app.inject({ method: 'POST', url: `/api/citizens/${w.citizens.onA}/relatives`, payload: mother })).statusCode).toBe(401);
    expect((await app.inject({ method: 'DELETE', url: relUrl })).statusCode).toBe(401);

    const staff = await login(app, w.users.staff.username);
    expect((await staff.post(`/api/citizens/${w.citizens.onA}/relatives`, mother)).statusCode).toBe(403);
    expect((await staff.patch(relUrl, { version: 1, name: 'X' })).statusCode).toBe(403);
    expect((await staff.delete(relUrl)).statusCode).toBe(403);

    const unitLeader = await login(app, w.users.unitLeader.username);
    expect((await unitLeader.post(`/api/citizens/${w.citizens.onC}/relatives`, mother)).statusCode).toBe(404);
    expect((await unitLeader.post(`/api/citizens/${other.citizens.onA}/relatives`, mother)).statusCode).toBe(404);
    // The relative's id under another citizen (one the leader may manage) is not found either.
    const facilityLeader = await login(app, w.users.facilityLeader.username);
    expect((await facilityLeader.patch(`/api/citizens/${w.citizens.onB}/relatives/${rel.id}`, { version: 1, name: 'X' })).statusCode).toBe(404);
    expect((await facilityLeader.delete(`/api/citizens/${w.citizens.onB}/relatives/${rel.id}`)).statusCode).toBe(404);
    // Another municipality's leader cannot reach it by any path.
    const otherLeader = await login(app, other.users.unitLeader.username);
    expect((await otherLeader.delete(relUrl)).statusCode).toBe(404);
    expect(await c2Counts(db)).toEqual(before);
  });

  it('400 on malformed JSON, unknown fields, wrong types and bad phone numbers; nothing written', async () => {
    const { w, app, db } = env;
    const rel = await addRelative(w.citizens.onA, { name: 'Frede Far', relation: 'Far', consentToShare: true });
    const leader = await login(app, w.users.unitLeader.username);
    const before = await c2Counts(db);
    const postUrl = `/api/citizens/${w.citizens.onA}/relatives`;
    const patchUrl = `${postUrl}/${rel.id}`;
    expect((await leader.raw('POST', postUrl, '{"name": ')).statusCode).toBe(400);
    expect((await leader.raw('PATCH', patchUrl, 'not json')).statusCode).toBe(400);
    const posts: Array<[Record<string, unknown>, string]> = [
      [{ ...mother, cpr: '0101901234' }, 'cpr'],
      [{ ...mother, consentToShare: 'yes' }, 'consentToShare'],
      [{ name: 'A', relation: 'B' }, 'consentToShare'],
      [{ ...mother, name: '' }, 'name'],
      [{ ...mother, phone: 'ring til mig' }, 'phone'],
      [{ ...mother, note: 'x'.repeat(2001) }, 'note'],
    ];
    for (const [payload, field] of posts) {
      const res = await leader.post(postUrl, payload);
      expect(res.statusCode, field).toBe(400);
      expect(Object.keys(res.json().error.fields ?? {})).toContain(field);
    }
    for (const [payload, field] of [[{ name: 'X' }, 'version'], [{ version: 1 }, '_'], [{ version: 1, relation: 7 }, 'relation']] as const) {
      const res = await leader.patch(patchUrl, payload);
      expect(res.statusCode, field).toBe(400);
      expect(Object.keys(res.json().error.fields ?? {})).toContain(field);
    }
    expect((await leader.patch(`${postUrl}/not-a-uuid`, { version: 1, name: 'X' })).statusCode).toBe(400);
    expect(await c2Counts(db)).toEqual(before);
  });
});
