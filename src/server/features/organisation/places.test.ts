import { beforeAll, describe, expect, it } from 'vitest';
import { login, useTestApp, type Client } from '../../../../test/http.js';
import { addDays, format, parseISO } from 'date-fns';
import { addMonthsIso, todayInCopenhagen } from '../../../domain/dates.js';

const env = useTestApp({ worlds: 2 });
let admin: Client;
let staff: Client;

beforeAll(async () => {
  admin = await login(env.app, env.w.users.admin.username);
  staff = await login(env.app, env.w.users.staff.username);
});

const countPlaces = async () =>
  (await env.db.query<{ n: number }>(
    `SELECT (SELECT count(*) FROM places WHERE municipality_id = $1) + (SELECT count(*) FROM place_target_groups WHERE municipality_id = $1) AS n`,
    [env.w.municipalityId],
  ))[0].n;
const placeRow = async (id: string) =>
  (await env.db.query<{ name: string; legal_basis: string; active: boolean; version: number; groups: string[] }>(
    `SELECT p.name, p.legal_basis, p.active, p.version,
            coalesce((SELECT array_agg(target_group_code ORDER BY target_group_code) FROM place_target_groups WHERE place_id = p.id), '{}') AS groups
       FROM places p WHERE p.id = $1`,
    [id],
  ))[0];

describe('POST /api/places', () => {
  it('lets an admin add a place to a unit, with legal basis and target groups, and audits it', async () => {
    const res = await admin.post('/api/places', {
      unitId: env.w.units.unitB,
      name: 'Lejlighed B2',
      legalBasis: '§107',
      targetGroupCodes: ['autism', 'social_psychiatry', 'autism'],
    });
    expect(res.statusCode).toBe(201);
    const place = res.json().data;
    expect(place).toMatchObject({
      unitId: env.w.units.unitB,
      name: 'Lejlighed B2',
      legalBasis: '§107',
      active: true,
      version: 1,
      targetGroups: [
        { code: 'social_psychiatry', name: 'Socialpsykiatri' },
        { code: 'autism', name: 'Autisme' },
      ],
    });
    expect(await placeRow(place.id)).toMatchObject({ legal_basis: '§107', groups: ['autism', 'social_psychiatry'] });
    const [row] = await env.db.query<{ action: string; entity: string }>(`SELECT action, entity FROM audit_log WHERE entity_id = $1`, [place.id]);
    expect(row).toEqual({ action: 'create', entity: 'place' });
  });

  it('accepts the legal bases of a stay for places and refuses the others (support, a plan duty)', async () => {
    for (const legalBasis of ['§107', '§108', '§109', '§110', 'ABL §105']) {
      expect((await admin.post('/api/places', { unitId: env.w.units.unitC, name: `P ${legalBasis}`, legalBasis, targetGroupCodes: [] })).statusCode).toBe(201);
    }
    for (const legalBasis of ['§82a', '§85', '§85a', '§99', '§141']) {
      const res = await admin.post('/api/places', { unitId: env.w.units.unitC, name: 'P', legalBasis, targetGroupCodes: [] });
      expect(res.statusCode, legalBasis).toBe(400);
      expect(res.json().error.fields.legalBasis).toBeTruthy();
    }
  });

  it('puts places on units only, and writes nothing for bad input', async () => {
    const before = await countPlaces();
    const onFacility = await admin.post('/api/places', { unitId: env.w.units.facility1, name: 'P', legalBasis: '§108', targetGroupCodes: [] });
    expect(onFacility.statusCode).toBe(400);
    expect(onFacility.json().error.fields.unitId).toBe('En plads hører til en afdeling.');
    const unknownGroup = await admin.post('/api/places', { unitId: env.w.units.unitA, name: 'P', legalBasis: '§108', targetGroupCodes: ['autism', 'aliens'] });
    expect(unknownGroup.statusCode).toBe(400);
    expect(unknownGroup.json().error.fields.targetGroupCodes).toMatch(/aliens/);
    const bad: unknown[] = [
      { unitId: env.w.units.unitA, name: '', legalBasis: '§108', targetGroupCodes: [] },
      { unitId: env.w.units.unitA, name: 'P', legalBasis: '§108' },
      { unitId: env.w.units.unitA, name: 'P', legalBasis: '§108', targetGroupCodes: 'autism' },
      { unitId: env.w.units.unitA, name: 'P', legalBasis: 108, targetGroupCodes: [] },
      { unitId: env.w.units.unitA, name: 'P', legalBasis: '§108', targetGroupCodes: [], active: false },
      { unitId: 'x', name: 'P', legalBasis: '§108', targetGroupCodes: [] },
    ];
    for (const body of bad) expect((await admin.post('/api/places', body)).statusCode, JSON.stringify(body)).toBe(400);
    expect((await admin.raw('POST', '/api/places', '[1,')).statusCode).toBe(400);
    expect(await countPlaces()).toBe(before);
  });

  it('answers 401 without a session, 403 to staff and leaders, 404 for another municipality’s unit', async () => {
    const before = await countPlaces();
    const body = { unitId: env.w.units.unitA, name: 'P', legalBasis: '§108', targetGroupCodes: [] };
    expect((await env.app.inject({ method: 'POST', url: '/api/places', payload: body })).statusCode).toBe(401);
    expect((await staff.post('/api/places', body)).statusCode).toBe(403);
    expect((await (await login(env.app, env.w.users.facilityLeader.username)).post('/api/places', body)).statusCode).toBe(403);
    expect((await admin.post('/api/places', { ...body, unitId: env.other.units.unitA })).statusCode).toBe(404);
    expect(await countPlaces()).toBe(before);
  });
});

describe('PATCH /api/places/:id', () => {
  it('changes name, legal basis and target groups with the version read; stale is 409 with the current place', async () => {
    const res = await admin.patch(`/api/places/${env.w.places.placeA2}`, { version: 1, name: 'Lejlighed A2 (stor)', legalBasis: '§107', targetGroupCodes: ['autism'] });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({ name: 'Lejlighed A2 (stor)', legalBasis: '§107', version: 2, targetGroups: [{ code: 'autism' }] });
    const emptied = await admin.patch(`/api/places/${env.w.places.placeA2}`, { version: 2, targetGroupCodes: [] });
    expect(emptied.json().data).toMatchObject({ version: 3, targetGroups: [] });

    const stale = await admin.patch(`/api/places/${env.w.places.placeA2}`, { version: 2, name: 'Forældet' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current).toMatchObject({ name: 'Lejlighed A2 (stor)', version: 3 });
    expect(await placeRow(env.w.places.placeA2)).toMatchObject({ name: 'Lejlighed A2 (stor)', version: 3, groups: [] });
  });

  it('deactivates an empty place but not one that is occupied', async () => {
    const occupied = await admin.patch(`/api/places/${env.w.places.placeB1}`, { version: 1, active: false });
    expect(occupied.statusCode).toBe(400);
    expect(occupied.json().error.fields.active).toMatch(/optaget/);
    expect((await placeRow(env.w.places.placeB1)).active).toBe(true);

    const place = (await admin.post('/api/places', { unitId: env.w.units.unitB, name: 'Tom', legalBasis: '§108', targetGroupCodes: [] })).json().data;
    const today = todayInCopenhagen();
    expect(place).toMatchObject({ activeFrom: today, activeUntil: null });
    // Deactivating closes its validity today; reactivating reopens the same one.
    expect((await admin.patch(`/api/places/${place.id}`, { version: 1, active: false })).json().data).toMatchObject({ active: false, activeUntil: today, version: 2 });
    expect((await admin.patch(`/api/places/${place.id}`, { version: 2, active: true })).json().data).toMatchObject({ active: true, activeFrom: today, activeUntil: null });
  });

  it('takes the day a place starts to exist: not after its first move-in or its deactivation', async () => {

    // Bent has lived on B1 since 2024-01-01.
    const late = await admin.patch(`/api/places/${env.w.places.placeB1}`, { version: 1, activeFrom: '2024-01-02' });
    expect(late.statusCode).toBe(400);
    expect(late.json().error.fields.activeFrom).toBe('Den første indflytning på pladsen var 1. januar 2024. Aktiv fra kan ikke ligge senere.');
    const earlier = await admin.patch(`/api/places/${env.w.places.placeB1}`, { version: 1, activeFrom: '2019-06-01' });
    expect(earlier.json().data).toMatchObject({ activeFrom: '2019-06-01', version: 2 });
    expect((await admin.patch(`/api/places/${env.w.places.placeB1}`, { version: 2, activeFrom: '2024-01-01' })).statusCode).toBe(200);

    const closed = (await admin.post('/api/places', { unitId: env.w.units.unitB, name: 'Lukket', legalBasis: '§108', targetGroupCodes: [], activeFrom: '2024-05-01' })).json().data;
    await env.db.query(`UPDATE places SET active = false, active_until = '2025-01-01' WHERE id = $1`, [closed.id]);
    const afterClosing = await admin.patch(`/api/places/${closed.id}`, { version: 1, activeFrom: '2025-02-01' });
    expect(afterClosing.json().error.fields.activeFrom).toBe('Pladsen blev deaktiveret 1. januar 2025. Aktiv fra kan ikke ligge senere.');
    // Reopened in the same change, it may start later.
    expect((await admin.patch(`/api/places/${closed.id}`, { version: 1, activeFrom: '2025-02-01', active: true })).json().data).toMatchObject({
      active: true, activeFrom: '2025-02-01', activeUntil: null,
    });
  });

  it('answers 403 to staff, 404 for another municipality’s place, and writes nothing for bad input', async () => {
    expect((await staff.patch(`/api/places/${env.w.places.placeC1}`, { version: 1, name: 'X' })).statusCode).toBe(403);
    expect((await admin.patch(`/api/places/${env.other.places.placeC1}`, { version: 1, name: 'X' })).statusCode).toBe(404);
    const bad: unknown[] = [
      { version: 1 },
      { version: 1, legalBasis: '§999' },
      { version: 1, name: 'x'.repeat(101) },
      { version: 1, targetGroupCodes: ['nope'] },
      { version: 1, unitId: env.w.units.unitA },
      { version: 0, name: 'X' },
    ];
    for (const body of bad) expect((await admin.patch(`/api/places/${env.w.places.placeC1}`, body)).statusCode, JSON.stringify(body)).toBe(400);
    expect(await placeRow(env.w.places.placeC1)).toMatchObject({ name: 'Lejlighed C1', version: 1, groups: [] });
    expect(await placeRow(env.other.places.placeC1)).toMatchObject({ name: 'Lejlighed C1', version: 1 });
  });

  it('plans a place with a later start: it counts and takes move-ins only from then, and a planned place can be called off', async () => {
    const today = todayInCopenhagen();
    const start = addMonthsIso(today, 2);
    const leader = await login(env.app, env.w.users.facilityLeader.username);
    const countNow = async () => (await admin.get(`/api/facilities/${env.w.units.facility1}`)).json().data.occupancy.now.places as number;
    const placesBefore = await countNow();

    const res = await admin.post('/api/places', { unitId: env.w.units.unitB, name: 'Ny lejlighed', legalBasis: '§108', targetGroupCodes: [], activeFrom: start });
    expect(res.statusCode).toBe(201);
    const planned = res.json().data;
    expect(planned).toMatchObject({ active: true, activeFrom: start, activeUntil: null });

    // Listed on the facility, but not counted among today's places, nor in this year's place-days.
    const facility = (await admin.get(`/api/facilities/${env.w.units.facility1}`)).json().data;
    expect(facility.units.flatMap((u: { places: Array<{ id: string }> }) => u.places).map((p: { id: string }) => p.id)).toContain(planned.id);
    expect(await countNow()).toBe(placesBefore);
    // Over ten days, the planned place adds only its days from its first day on: five here, none before.
    const day = (n: number) => format(addDays(parseISO(start), n), 'yyyy-MM-dd');
    const placeDays = async (from: string, to: string) =>
      (await admin.get(`/api/facilities/${env.w.units.facility1}?from=${from}&to=${to}`)).json().data.units
        .find((u: { id: string }) => u.id === env.w.units.unitB).occupancy.period.availablePlaceDays as number;
    expect((await placeDays(day(-5), day(4))) - (await placeDays(day(-15), day(-6)))).toBe(5);

    // No one moves in before its first day; from that day on it takes a move-in.
    const early = await leader.post(`/api/citizens/${env.w.citizens.unplaced}/interventions`, { kindCode: 'long_term_residence', placeId: planned.id, startDate: today });
    expect(early.statusCode).toBe(400);
    expect(JSON.stringify(early.json().error)).toMatch(/Pladsen er i brug fra/);
    const onTime = await leader.post(`/api/citizens/${env.w.citizens.unplaced}/interventions`, { kindCode: 'long_term_residence', placeId: planned.id, startDate: start });
    expect(onTime.statusCode).toBe(201);

    // A planned place without a move-in can be called off: its validity closes on its first day, so it never counted.
    const other = (await admin.post('/api/places', { unitId: env.w.units.unitB, name: 'Droppet', legalBasis: '§108', targetGroupCodes: [], activeFrom: start })).json().data;
    const off = await admin.patch(`/api/places/${other.id}`, { version: 1, active: false });
    expect(off.statusCode).toBe(200);
    expect(off.json().data).toMatchObject({ active: false, activeFrom: start, activeUntil: start });
    // The booked one cannot.
    expect((await admin.patch(`/api/places/${planned.id}`, { version: 1, active: false })).statusCode).toBe(400);
  });
});

describe('a place’s physical standard', () => {
  it('is none of them and no area when not given, set on create, changed field by field, cleared with null, and refused out of range', async () => {
    const plain = (await admin.post('/api/places', { unitId: env.w.units.unitA, name: 'Standard 1', legalBasis: '§108', targetGroupCodes: [] })).json().data;
    expect(plain).toMatchObject({ wheelchairAccessible: false, ownBath: false, ownKitchen: false, areaM2: null });
    const res = await admin.post('/api/places', {
      unitId: env.w.units.unitA, name: 'Standard 2', legalBasis: '§108', targetGroupCodes: [], wheelchairAccessible: true, ownBath: true, areaM2: 32.5,
    });
    expect(res.statusCode).toBe(201);
    const place = res.json().data;
    expect(place).toMatchObject({ wheelchairAccessible: true, ownBath: true, ownKitchen: false, areaM2: 32.5 });
    const kitchen = await admin.patch(`/api/places/${place.id}`, { version: place.version, ownKitchen: true });
    expect(kitchen.json().data).toMatchObject({ wheelchairAccessible: true, ownBath: true, ownKitchen: true, areaM2: 32.5, version: place.version + 1 });
    const cleared = await admin.patch(`/api/places/${place.id}`, { version: place.version + 1, areaM2: null, wheelchairAccessible: false });
    expect(cleared.json().data).toMatchObject({ wheelchairAccessible: false, areaM2: null });
    for (const areaM2 of [0, -3, 1000, '30']) {
      const bad = await admin.patch(`/api/places/${place.id}`, { version: place.version + 2, areaM2 });
      expect(bad.statusCode, String(areaM2)).toBe(400);
      expect(bad.json().error.fields.areaM2).toEqual(expect.any(String));
    }
    const facility = (await admin.get(`/api/facilities/${env.w.units.facility1}`)).json().data;
    const listed = facility.units.flatMap((u: { places: Array<{ id: string }> }) => u.places).find((p: { id: string }) => p.id === place.id);
    expect(listed).toMatchObject({ wheelchairAccessible: false, ownBath: true, ownKitchen: true, areaM2: null });
  });
});
