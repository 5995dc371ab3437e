import { describe, expect, it } from 'vitest';
import { login, useTestApp } from '../../../../test/http.js';
import { lastAudit } from '../../../../test/audit.js';
import { c2Counts, listedNames } from '../citizens/test-fixtures.js';

const env = useTestApp({ worlds: 2 });

const url = (citizenId: string) => `/api/citizens/${citizenId}/interventions`;

describe('POST /citizens/:id/interventions: moving in', () => {
  it('a facility leader moves an unplaced citizen into a free place; the unit’s staff then see them', async () => {
    const { w, app, db } = env;
    const leader = await login(app, w.users.facilityLeader.username);
    const res = await leader.post(url(w.citizens.unplaced), { kindCode: 'long_term_residence', placeId: w.places.placeA2, startDate: '2025-09-01' });
    expect(res.statusCode).toBe(201);
    const i = res.json().data;
    expect(i).toMatchObject({
      citizenId: w.citizens.unplaced,
      kindCode: 'long_term_residence',
      delivery: 'stay',
      step: 7,
      legalBasis: '§108',
      startDate: '2025-09-01',
      endDate: null,
      placeId: w.places.placeA2,
      unitId: w.units.unitA,
      unitName: 'Afdeling A',
      facilityId: w.units.facility1,
      version: 1,
      active: true,
    });
    expect(await lastAudit(db, w.users.facilityLeader.id)).toEqual({
      action: 'create',
      entity: 'intervention',
      entity_id: i.id,
      citizen_ids: [w.citizens.unplaced],
      detail: { kindCode: 'long_term_residence', placeId: w.places.placeA2, startDate: '2025-09-01' },
    });
    const staff = await login(app, w.users.staff.username);
    expect(listedNames(await staff.get('/api/citizens'))).toEqual(['Anna Andersen', 'Dennis Due']);
    const record = (await staff.get(`/api/citizens/${w.citizens.unplaced}`)).json().data;
    expect(record.ladder).toMatchObject({ currentStep: 7, path: [{ step: 7, from: '2025-09-01', to: null }] });
  });

  it('409 "Pladsen er optaget i perioden" for a place already taken in the period; nothing written', async () => {
    const { w, app, db } = env;
    const leader = await login(app, w.users.facilityLeader.username);
    const before = await c2Counts(db);
    // Anna has had A1 since 2024-01-01, open-ended: any later period overlaps.
    const res = await leader.post(url(w.citizens.onB), { kindCode: 'long_term_residence', placeId: w.places.placeA1, startDate: '2031-01-01', endDate: '2031-02-01' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toEqual({ code: 'overlap', message: 'Pladsen er optaget i perioden.' });
    expect(await c2Counts(db)).toEqual(before);
  });

  it('a leader of the citizen starts support without a place: default legal basis, the delivering team, and the highest step stays current', async () => {
    const { w, app } = env;
    const leader = await login(app, w.users.unitLeader.username);
    const res = await leader.post(url(w.citizens.onA), { kindCode: 'support_contact', unitId: w.units.unitB, startDate: '2025-03-01' });
    expect(res.statusCode).toBe(201);
    expect(res.json().data).toMatchObject({ kindCode: 'support_contact', delivery: 'home', step: 3, legalBasis: '§99', placeId: null, unitId: w.units.unitB });
    const explicit = await leader.post(url(w.citizens.onA), { kindCode: 'act', legalBasis: '§85', unitId: w.units.unitA, startDate: '2025-03-01', endDate: '2025-09-01' });
    expect(explicit.json().data).toMatchObject({ legalBasis: '§85', endDate: '2025-09-01', active: false });
    const record = (await leader.get(`/api/citizens/${w.citizens.onA}`)).json().data;
    expect(record.ladder.currentStep).toBe(7);
    expect(record.interventions).toHaveLength(3);
  });

  it('401 without a session; 403 for staff, a case worker, and a unit leader moving someone into another unit', async () => {
    const { w, app, db } = env;
    const before = await c2Counts(db);
    const anon = await app.inject({ method: 'POST', url: url(w.citizens.onA), payload: { kindCode: 'act', startDate: '2025-01-01' } });
    expect(anon.statusCode).toBe(401);
    for (const who of ['staff', 'caseWorker'] as const) {
      const client = await login(app, w.users[who].username);
      expect((await client.post(url(w.citizens.onA), { kindCode: 'act', startDate: '2025-01-01' })).statusCode, who).toBe(403);
    }
    // A unit leader fills the places of their own unit only (B1 is on unit B).
    const unitLeader = await login(app, w.users.unitLeader.username);
    const res = await unitLeader.post(url(w.citizens.onA), { kindCode: 'temporary_residence', placeId: w.places.placeB1, startDate: '2032-01-01' });
    expect(res.statusCode).toBe(403);
    expect(await c2Counts(db)).toEqual(before);
  });

  it('404 out of scope, in another municipality, and for a resident of another facility pulled into one’s own place', async () => {
    const { w, other, app, db } = env;
    const before = await c2Counts(db);
    const unitLeader = await login(app, w.users.unitLeader.username);
    expect((await unitLeader.post(url(w.citizens.onC), { kindCode: 'act', startDate: '2025-01-01' })).statusCode).toBe(404);
    expect((await unitLeader.post(url(other.citizens.onA), { kindCode: 'act', startDate: '2025-01-01' })).statusCode).toBe(404);
    const leader = await login(app, w.users.facilityLeader.username);
    // Carla lives on facility 2: facility 1's leader can neither see her nor move her in.
    expect((await leader.post(url(w.citizens.onC), { kindCode: 'long_term_residence', placeId: w.places.placeA2, startDate: '2033-01-01' })).statusCode).toBe(404);
    expect((await leader.post(url(other.citizens.unplaced), { kindCode: 'long_term_residence', placeId: w.places.placeA2, startDate: '2033-01-01' })).statusCode).toBe(404);
    expect((await leader.post(url('00000000-0000-4000-8000-000000000000'), { kindCode: 'act', startDate: '2025-01-01' })).statusCode).toBe(404);
    expect(await c2Counts(db)).toEqual(before);
  });

  it('400 on malformed JSON, unknown fields, wrong types, impossible dates, an end before the start and unknown codes; nothing written', async () => {
    const { w, other, app, db } = env;
    const leader = await login(app, w.users.facilityLeader.username);
    const before = await c2Counts(db);
    expect((await leader.raw('POST', url(w.citizens.onB), '{"kindCode":')).statusCode).toBe(400);
    const ok = { kindCode: 'housing_support', unitId: w.units.unitB, startDate: '2025-01-01' };
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ...ok, unitId: 'B' }, 'unitId'],
      [{ ...ok, startDate: 20250101 }, 'startDate'],
      [{ ...ok, startDate: '2026-02-30' }, 'startDate'],
      [{ ...ok, startDate: '2025-13-01' }, 'startDate'],
      [{ ...ok, startDate: '0099-01-01' }, 'startDate'],
      [{ ...ok, endDate: '2024-12-31' }, 'endDate'],
      [{ ...ok, endDate: '2025-04-31' }, 'endDate'],
      [{ ...ok, kindCode: 'moon_base' }, 'kindCode'],
      [{ ...ok, legalBasis: '§999' }, 'legalBasis'],
      [{ ...ok, placeId: 'A2' }, 'placeId'],
      [{ startDate: '2025-01-01' }, 'kindCode'],
    ];
    for (const [payload, field] of cases) {
      const res = await leader.post(url(w.citizens.onB), payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(Object.keys(res.json().error.fields ?? {}), JSON.stringify(payload)).toContain(field);
    }
    // Another municipality's place is unknown here.
    const elsewhere = await leader.post(url(w.citizens.onB), { ...ok, placeId: other.places.placeA2 });
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json().error.fields).toEqual({ placeId: 'Pladsen findes ikke.' });
    expect(await c2Counts(db)).toEqual(before);
  });
});
