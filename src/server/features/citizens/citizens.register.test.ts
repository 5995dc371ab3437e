import { describe, expect, it } from 'vitest';
import { login, useTestApp } from '../../../../test/http.js';
import { lastAudit } from '../../../../test/audit.js';
import { auditRowsContainingCpr, c2Counts, listedNames } from './test-fixtures.js';

const env = useTestApp({ worlds: 2 });

const mod11 = (cpr: string) => [...cpr].reduce((s, d, i) => s + Number(d) * [4, 3, 2, 7, 6, 5, 4, 3, 2, 1][i], 0) % 11;

/** A registration body for a citizen moving into place A2 (free in the test world). */
const body = (cpr: string, overrides: Record<string, unknown> = {}) => ({
  cpr,
  firstName: 'Erik',
  lastName: 'Eriksen',
  targetGroupCodes: ['social_psychiatry', 'substance_use'],
  placement: { placeId: env.w.places.placeA2, kindCode: 'long_term_residence', startDate: '2025-02-01' },
  ...overrides,
});

describe('POST /citizens: registering a citizen who moves in', () => {
  it('creates citizen, target groups and placement; the unit’s staff then see them on Mine borgere', async () => {
    const { w, app, db } = env;
    const leader = await login(app, w.users.facilityLeader.username);
    const res = await leader.post('/api/citizens', body('150390-1235', { contactPersonId: w.users.staff.id }));
    expect(res.statusCode).toBe(201);
    const c = res.json().data;
    expect(c).toMatchObject({
      firstName: 'Erik',
      lastName: 'Eriksen',
      birthDate: '1990-03-15',
      cprMasked: '150390-xxxx',
      version: 1,
      contactPerson: { id: w.users.staff.id, name: 'Test staff' },
      targetGroups: [{ code: 'social_psychiatry' }, { code: 'substance_use' }],
      placement: { placeId: w.places.placeA2, unitName: 'Afdeling A', legalBasis: '§108', since: '2025-02-01', until: null },
      ladder: { currentStep: 7, path: [{ step: 7, from: '2025-02-01', to: null }] },
    });
    expect(c.abilities).toMatchObject({ read: true, update: true, manageInterventions: true });
    expect(res.body).not.toContain('1235');

    const staff = await login(app, w.users.staff.username);
    expect(listedNames(await staff.get('/api/citizens'))).toEqual(['Anna Andersen', 'Erik Eriksen']);
    // Staff on another facility do not.
    const staffB = await login(app, w.users.staffB.username);
    expect(listedNames(await staffB.get('/api/citizens'))).toEqual(['Carla Christensen']);

    const [row] = await db.query<{ cpr: string; birth_date: string }>('SELECT cpr, birth_date FROM citizens WHERE id = $1', [c.id]);
    expect(row).toEqual({ cpr: '1503901235', birth_date: '1990-03-15' });
  });

  it('writes one audit row, create on the citizen, with no CPR in it', async () => {
    const { w, app, db } = env;
    const leader = await login(app, w.users.facilityLeader.username);
    const res = await leader.post('/api/citizens', body('160490-2246', { placement: undefined }));
    expect(res.statusCode).toBe(201);
    const id = res.json().data.id;
    const row = await lastAudit(db, w.users.facilityLeader.id);
    expect(row).toMatchObject({ action: 'create', entity: 'citizen', entity_id: id, citizen_ids: [id], detail: { placeId: null, interventionId: null } });
    const [{ n }] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE $1 = ANY(citizen_ids)`, [id]);
    expect(n).toBe(1);
    expect(await auditRowsContainingCpr(db, '1604902246')).toBe(0);
    expect(await auditRowsContainingCpr(db, '1503901235')).toBe(0);
  });

  it('accepts a CPR number that fails modulus-11 when the date exists', async () => {
    const { w, app } = env;
    expect(mod11('0101901234')).not.toBe(0);
    const leader = await login(app, w.users.facilityLeader.username);
    const res = await leader.post('/api/citizens', body('010190-1234', { placement: undefined }));
    expect(res.statusCode).toBe(201);
    expect(res.json().data).toMatchObject({ birthDate: '1990-01-01', cprMasked: '010190-xxxx' });
  });

  it('derives the century from digit 7: 010107-4xxx is 2007, 010158-5xxx is 1858', async () => {
    const { w, app } = env;
    const leader = await login(app, w.users.facilityLeader.username);
    const young = await leader.post('/api/citizens', body('0101074001', { placement: undefined }));
    const old = await leader.post('/api/citizens', body('0101585001', { placement: undefined }));
    expect([young.json().data.birthDate, old.json().data.birthDate]).toEqual(['2007-01-01', '1858-01-01']);
  });
});

describe('POST /citizens: refusals write nothing', () => {
  it('409 on a CPR number already registered in the municipality, in Danish', async () => {
    const { w, app, db } = env;
    const leader = await login(app, w.users.facilityLeader.username);
    const before = await c2Counts(db);
    // Anna Andersen's number in the test world, written with a dash.
    const res = await leader.post('/api/citizens', body('010385-1230', { placement: { placeId: w.places.placeA2, kindCode: 'temporary_residence', startDate: '2030-01-01' } }));
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'duplicate_cpr', message: 'Der er allerede registreret en borger med dette CPR-nummer i kommunen.' });
    // Only the lookup is kept (citizens.cpr-match.test.ts).
    expect(await c2Counts(db)).toEqual({ ...before, audit: before.audit + 1 });
  });

  it('registers a number another municipality already has, without telling', async () => {
    const { w, other, app, db } = env;
    const cpr = '2307901235';
    await db.query(
      `INSERT INTO citizens (municipality_id, cpr, first_name, last_name, birth_date) VALUES ($1, $2, 'Nabo', 'Borger', '1990-07-23')`,
      [other.municipalityId, cpr],
    );
    const leader = await login(app, w.users.facilityLeader.username);
    const res = await leader.post('/api/citizens', body(cpr, { placement: undefined }));
    expect(res.statusCode).toBe(201);
  });

  it('400 on field cpr for a date that does not exist, and for a malformed number', async () => {
    const { w, app, db } = env;
    const leader = await login(app, w.users.facilityLeader.username);
    const before = await c2Counts(db);
    for (const cpr of ['300290-1234', '310490-1234', '290201-1234', '150390-123', 'abcdefghij', 1503901235]) {
      const res = await leader.post('/api/citizens', body(cpr as string));
      expect(res.statusCode, String(cpr)).toBe(400);
      expect(Object.keys(res.json().error.fields)).toEqual(['cpr']);
      expect(res.body).not.toContain('1234');
    }
    const bad = await leader.post('/api/citizens', body('300290-1234'));
    expect(bad.json().error.fields.cpr).toBe('CPR-nummeret indeholder en dato der ikke findes.');
    expect(await c2Counts(db)).toEqual(before);
  });

  it('400 on malformed JSON, unknown fields, wrong types, missing target groups and impossible dates', async () => {
    const { w, app, db } = env;
    const leader = await login(app, w.users.facilityLeader.username);
    const before = await c2Counts(db);
    expect((await leader.raw('POST', '/api/citizens', '{"cpr": "1503901235",')).statusCode).toBe(400);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ...body('1705901235'), isAdmin: true }, 'isAdmin'],
      [body('1705901235', { firstName: 42 }), 'firstName'],
      [body('1705901235', { firstName: '   ' }), 'firstName'],
      [body('1705901235', { targetGroupCodes: [] }), 'targetGroupCodes'],
      [body('1705901235', { targetGroupCodes: 'autism' }), 'targetGroupCodes'],
      [body('1705901235', { targetGroupCodes: ['no_such_group'] }), 'targetGroupCodes'],
      [body('1705901235', { contactPersonId: 'nobody' }), 'contactPersonId'],
      [body('1705901235', { contactPersonId: env.other.users.staff.id }), 'contactPersonId'],
      [body('1705901235', { placement: { placeId: w.places.placeA2, kindCode: 'long_term_residence', startDate: '2026-02-30' } }), 'placement.startDate'],
      [body('1705901235', { placement: { placeId: w.places.placeA2, kindCode: 'long_term_residence', startDate: '30-01-2026' } }), 'placement.startDate'],
      [body('1705901235', { placement: { placeId: w.places.placeA2, kindCode: 'moon_base', startDate: '2026-01-30' } }), 'placement.kindCode'],
      [body('1705901235', { placement: { placeId: w.places.placeA2, kindCode: 'long_term_residence', startDate: '2026-01-30', x: 1 } }), 'placement.x'],
    ];
    for (const [payload, field] of cases) {
      const res = await leader.post('/api/citizens', payload);
      expect(res.statusCode, field).toBe(400);
      expect(Object.keys(res.json().error.fields ?? {}), field).toContain(field);
    }
    // A place of another municipality is unknown here.
    const elsewhere = await leader.post('/api/citizens', body('1705901235', { placement: { placeId: env.other.places.placeA2, kindCode: 'long_term_residence', startDate: '2026-01-30' } }));
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json().error.fields).toEqual({ 'placement.placeId': 'Pladsen findes ikke.' });
    expect(await c2Counts(db)).toEqual(before);
  });

  it('409 "Pladsen er optaget i perioden" when the place is taken, and nothing is written', async () => {
    const { w, app, db } = env;
    const leader = await login(app, w.users.facilityLeader.username);
    const before = await c2Counts(db);
    // Anna has lived in A1 since 2024-01-01 with no end.
    const res = await leader.post('/api/citizens', body('1806901235', { placement: { placeId: w.places.placeA1, kindCode: 'long_term_residence', startDate: '2030-01-01' } }));
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'overlap', message: 'Pladsen er optaget i perioden.' });
    expect(await c2Counts(db)).toEqual(before);
  });

  it('400 for a place that is not in use', async () => {
    const { w, app, db } = env;
    const [{ id }] = await db.query<{ id: string }>(
      `INSERT INTO places (municipality_id, unit_id, name, legal_basis, active, active_until) VALUES ($1, $2, 'Nedlagt', '§108', false, current_date) RETURNING id`,
      [w.municipalityId, w.units.unitA],
    );
    const leader = await login(app, w.users.facilityLeader.username);
    const res = await leader.post('/api/citizens', body('1906901235', { placement: { placeId: id, kindCode: 'long_term_residence', startDate: '2026-01-01' } }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({ 'placement.placeId': 'Pladsen er ikke i brug.' });
  });
});

describe('POST /citizens: who may register', () => {
  it('401 without a session', async () => {
    const res = await env.app.inject({ method: 'POST', url: '/api/citizens', payload: body('2006901235') });
    expect(res.statusCode).toBe(401);
  });

  it('403 for staff, a case worker, a center manager and an admin; nothing written', async () => {
    const { w, app, db } = env;
    const before = await c2Counts(db);
    for (const who of ['staff', 'caseWorker', 'admin', 'centerManager', 'consultant'] as const) {
      const client = await login(app, w.users[who].username);
      expect((await client.post('/api/citizens', body('2106901235'))).statusCode, `${who} with placement`).toBe(403);
      expect((await client.post('/api/citizens', body('2106901235', { placement: undefined }))).statusCode, `${who} without`).toBe(403);
    }
    expect(await c2Counts(db)).toEqual(before);
  });

  it('a unit leader registers into their own unit’s places (or with no placement), not another unit’s', async () => {
    const { w, app } = env;
    const leader = await login(app, w.users.unitLeader.username);
    const elsewhere = await leader.post('/api/citizens', body('2406901235', { placement: { placeId: w.places.placeB1, kindCode: 'temporary_residence', startDate: '2030-01-01' } }));
    expect(elsewhere.statusCode).toBe(403);
    const unplaced = await leader.post('/api/citizens', body('2406901235', { placement: undefined }));
    expect(unplaced.statusCode).toBe(201);
    const [{ id: placeA3 }] = await env.db.query<{ id: string }>(
      `INSERT INTO places (municipality_id, unit_id, name, legal_basis) VALUES ($1, $2, 'Lejlighed A3', '§107') RETURNING id`,
      [w.municipalityId, w.units.unitA],
    );
    const own = await leader.post('/api/citizens', body('2506901235', { placement: { placeId: placeA3, kindCode: 'temporary_residence', startDate: '2035-01-01' } }));
    expect(own.statusCode).toBe(201);
    expect(own.json().data.interventions[0]).toMatchObject({ placeId: placeA3, startDate: '2035-01-01', legalBasis: '§107' });
  });

  it('403 for a facility leader moving someone into another facility’s place', async () => {
    const { w, app } = env;
    const leader = await login(app, w.users.facilityLeader.username);
    const res = await leader.post('/api/citizens', body('2206901235', { placement: { placeId: w.places.placeC1, kindCode: 'long_term_residence', startDate: '2030-01-01' } }));
    expect(res.statusCode).toBe(403);
  });
});
