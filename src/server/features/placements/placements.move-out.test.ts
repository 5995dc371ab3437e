import { describe, expect, it } from 'vitest';
import { login, useTestApp } from '../../../../test/http.js';
import { addMonthsIso, todayInCopenhagen } from '../../../domain/dates.js';
import { lastAudit } from '../../../../test/audit.js';
import { c2Counts, listedNames } from '../citizens/test-fixtures.js';

const env = useTestApp({ worlds: 2 });

const today = todayInCopenhagen();
const dayBefore = (d: string) => new Date(Date.parse(d) - 86_400_000).toISOString().slice(0, 10);
const endUrl = (interventionId: string) => `/api/interventions/${interventionId}/end`;
/** Why a stay ended and where the citizen went: required with every end. */
const why = { endReasonCode: 'moved', destinationCode: 'own_home' };

/** The citizen's one intervention of a kind, with its version. */
async function interventionOf(citizenId: string, kindCode = 'long_term_residence') {
  const [row] = await env.db.query<{ id: string; version: number; end_date: string | null }>(
    'SELECT id, version, end_date FROM interventions WHERE citizen_id = $1 AND kind_code = $2 ORDER BY start_date DESC LIMIT 1',
    [citizenId, kindCode],
  );
  return row;
}

describe('POST /interventions/:id/end: moving out', () => {
  it('ends a placement today: the citizen leaves staff’s Mine borgere and the ladder path shows the end', async () => {
    const { w, app, db } = env;
    const staff = await login(app, w.users.staff.username);
    expect(listedNames(await staff.get('/api/citizens'))).toContain('Anna Andersen');

    const placement = await interventionOf(w.citizens.onA);
    const leader = await login(app, w.users.unitLeader.username);
    const res = await leader.post(endUrl(placement.id), { version: placement.version, endDate: today, ...why });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({
      id: placement.id, endDate: today, version: placement.version + 1, active: false,
      endReason: { code: 'moved', name: 'Flytning' }, destination: { code: 'own_home', name: 'Egen bolig' },
    });
    expect(await lastAudit(db, w.users.unitLeader.id)).toEqual({
      action: 'update',
      entity: 'intervention',
      entity_id: placement.id,
      citizen_ids: [w.citizens.onA],
      detail: { endDate: today, endReasonCode: 'moved', destinationCode: 'own_home' },
    });

    expect(listedNames(await staff.get('/api/citizens'))).not.toContain('Anna Andersen');
    expect((await staff.get(`/api/citizens/${w.citizens.onA}`)).statusCode).toBe(404);
    // The case worker assigned to Anna still sees her record, now with the stay closed.
    const caseWorker = await login(app, w.users.caseWorker.username);
    const record = (await caseWorker.get(`/api/citizens/${w.citizens.onA}`)).json().data;
    expect(record.placement).toBeNull();
    expect(record.ladder).toEqual({ currentStep: null, currentStepName: null, path: [{ step: 7, name: expect.any(String), from: '2024-01-01', to: today }] });
  });

  it('from a §108 placement to §85 housing support: the path shows a movement down, 7 → 3', async () => {
    const { w, app, db } = env;
    await db.query('INSERT INTO case_assignments (municipality_id, user_id, citizen_id) VALUES ($1, $2, $3)', [w.municipalityId, w.users.caseWorker.id, w.citizens.onB]);
    const leader = await login(app, w.users.facilityLeader.username);
    const support = await leader.post(`/api/citizens/${w.citizens.onB}/interventions`, { kindCode: 'housing_support', unitId: w.units.unitB, startDate: today });
    expect(support.statusCode).toBe(201);
    expect(support.json().data.legalBasis).toBe('§85');
    const placement = await interventionOf(w.citizens.onB);
    expect((await leader.post(endUrl(placement.id), { version: placement.version, endDate: today, ...why })).statusCode).toBe(200);

    const caseWorker = await login(app, w.users.caseWorker.username);
    const { ladder } = (await caseWorker.get(`/api/citizens/${w.citizens.onB}`)).json().data;
    expect(ladder.currentStep).toBe(3);
    expect(ladder.path.map((p: { step: number; from: string; to: string | null }) => [p.step, p.from, p.to])).toEqual([
      [7, '2024-01-01', today],
      [3, today, null],
    ]);
    expect(ladder.path[1].step - ladder.path[0].step).toBe(-4);
  });

  it('frees the place from the move-out day: a new resident may start that day, not the day before', async () => {
    const { w, app } = env;
    // Anna left A1 today (first test).
    const leader = await login(app, w.users.facilityLeader.username);
    const early = await leader.post('/api/citizens', {
      cpr: '0202021234',
      firstName: 'Gry',
      lastName: 'Gregersen',
      targetGroupCodes: ['autism'],
      placement: { placeId: w.places.placeA1, kindCode: 'long_term_residence', startDate: dayBefore(today) },
    });
    expect(early.statusCode).toBe(409);
    const onTime = await leader.post('/api/citizens', {
      cpr: '0202021234',
      firstName: 'Gry',
      lastName: 'Gregersen',
      targetGroupCodes: ['autism'],
      placement: { placeId: w.places.placeA1, kindCode: 'long_term_residence', startDate: today },
    });
    expect(onTime.statusCode).toBe(201);
  });

  it('lets the facility leader cancel a move-in that has not happened yet', async () => {
    const { w, app } = env;
    const leader = await login(app, w.users.facilityLeader.username);
    const start = addMonthsIso(today, 6);
    const moveIn = await leader.post(`/api/citizens/${w.citizens.unplaced}/interventions`, { kindCode: 'long_term_residence', placeId: w.places.placeA2, startDate: start });
    expect(moveIn.statusCode).toBe(201);
    const { id, version } = moveIn.json().data;
    // Not yet living there, so not on anyone's list; still the facility's to cancel.
    expect((await leader.get(`/api/citizens/${w.citizens.unplaced}`)).statusCode).toBe(404);
    const res = await leader.post(endUrl(id), { version, endDate: start, ...why });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({ startDate: start, endDate: start });
  });

  it('400 for an end before the start, impossible dates, wrong types and unknown fields; 409 on a stale version; nothing changes', async () => {
    const { w, app, db } = env;
    const placement = await interventionOf(w.citizens.onC);
    // Facility 1's leader cannot reach Carla (facility 2): make someone who can.
    const [{ id: leaderC }] = await db.query<{ id: string }>(
      `INSERT INTO users (municipality_id, username, display_name, password_hash)
       SELECT municipality_id, 'leader-c-' || substr(md5(random()::text), 1, 8), 'Leder C', password_hash FROM users WHERE id = $1 RETURNING id`,
      [w.users.unitLeader.id],
    );
    await db.query(`INSERT INTO user_roles (municipality_id, user_id, role, org_unit_id) VALUES ($1, $2, 'unit_leader', $3)`, [w.municipalityId, leaderC, w.units.unitC]);
    const [{ username }] = await db.query<{ username: string }>('SELECT username FROM users WHERE id = $1', [leaderC]);
    const unitLeaderC = await login(app, username);
    const before = await c2Counts(db);
    const url = endUrl(placement.id);
    expect((await unitLeaderC.raw('POST', url, '{"version": 1, "endDate": ')).statusCode).toBe(400);
    const v = { version: placement.version, ...why };
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ...v, endDate: '2023-12-31' }, 'endDate'],
      [{ ...v, endDate: '2026-02-30' }, 'endDate'],
      [{ ...v, endDate: null }, 'endDate'],
      [{ ...v }, 'endDate'],
      [{ ...v, version: 'one', endDate: today }, 'version'],
      [{ ...v, endDate: today, reason: 'flyttet' }, 'reason'],
      [{ version: placement.version, endDate: today, destinationCode: 'own_home' }, 'endReasonCode'],
      [{ ...v, endDate: today, endReasonCode: 'bored' }, 'endReasonCode'],
      [{ ...v, endDate: today, destinationCode: 'mars' }, 'destinationCode'],
      [{ version: placement.version, endDate: today, endReasonCode: 'moved' }, 'destinationCode'],
    ];
    for (const [payload, field] of cases) {
      const res = await unitLeaderC.post(url, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(Object.keys(res.json().error.fields ?? {}), JSON.stringify(payload)).toContain(field);
    }
    expect(await c2Counts(db)).toEqual(before);

    const stale = await unitLeaderC.post(url, { version: placement.version + 5, endDate: today, ...why });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'conflict', current: { id: placement.id, endDate: null, version: placement.version } });
    expect(await interventionOf(w.citizens.onC)).toEqual(placement);
    // The current record it returned was a read, and is audited as one.
    expect(await lastAudit(db, leaderC)).toMatchObject({ action: 'read', entity: 'intervention', citizen_ids: [w.citizens.onC] });
  });

  it('401 without a session; 403 for staff; 404 out of scope, in another municipality, unknown, and for a stay already ended elsewhere', async () => {
    const { w, other, app, db } = env;
    const carla = await interventionOf(w.citizens.onC);
    const before = await c2Counts(db);
    expect((await app.inject({ method: 'POST', url: endUrl(carla.id), payload: { version: 1, endDate: today, ...why } })).statusCode).toBe(401);
    const staffC = await login(app, w.users.staffB.username);
    expect((await staffC.post(endUrl(carla.id), { version: carla.version, endDate: today, ...why })).statusCode).toBe(403);
    const unitLeader = await login(app, w.users.unitLeader.username);
    expect((await unitLeader.post(endUrl(carla.id), { version: carla.version, endDate: today, ...why })).statusCode).toBe(404);
    const theirs = await interventionOf(other.citizens.onA);
    expect((await unitLeader.post(endUrl(theirs.id), { version: theirs.version, endDate: today, ...why })).statusCode).toBe(404);
    expect((await unitLeader.post(endUrl('00000000-0000-4000-8000-000000000000'), { version: 1, endDate: today, ...why })).statusCode).toBe(404);
    // Anna's ended stay on unit A cannot be reopened by unit A's leader to see her again.
    const anna = await interventionOf(w.citizens.onA);
    expect(anna.end_date).toBe(today);
    expect((await unitLeader.post(endUrl(anna.id), { version: anna.version, endDate: '2099-01-01', ...why })).statusCode).toBe(404);
    expect(await c2Counts(db)).toEqual(before);
  });
});
