import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { login, useTestApp, type Client } from '../../../../test/http.js';
import { testPasswordHash } from '../../../../test/world.js';
import { effectiveProfile, EMPTY_PROFILE, listEffectiveProfiles, toStored } from './effective.js';
import type { PutProfileRequest } from '../../../contracts/facility-profiles.js';

const env = useTestApp({ worlds: 2 });
let admin: Client;
let facilityLeader: Client;
let unitLeader: Client;
let staff: Client;
let otherLeader: Client;
let caseWorker: Client;
let neighbour: Client;

beforeAll(async () => {
  admin = await login(env.app, env.w.users.admin.username);
  facilityLeader = await login(env.app, env.w.users.facilityLeader.username);
  unitLeader = await login(env.app, env.w.users.unitLeader.username);
  staff = await login(env.app, env.w.users.staff.username);
  caseWorker = await login(env.app, env.w.users.caseWorker.username);
  neighbour = await login(env.app, env.other.users.admin.username);
  // A leader of the other facility (2) of the same municipality.
  const id = randomUUID();
  const username = `leder2-${id.slice(0, 6)}`;
  await env.db.query('INSERT INTO users (id, municipality_id, username, display_name, password_hash) VALUES ($1, $2, $3, $4, $5)', [
    id, env.w.municipalityId, username, 'Leder to', await testPasswordHash(),
  ]);
  await env.db.query(`INSERT INTO user_roles (municipality_id, user_id, role, org_unit_id) VALUES ($1, $2, 'facility_leader', $3)`, [env.w.municipalityId, id, env.w.units.facility2]);
  otherLeader = await login(env.app, username);
  await env.db.query(`UPDATE places SET wheelchair_accessible = true, own_bath = true, area_m2 = 32.5 WHERE id = $1`, [env.w.places.placeA1]);
  await env.db.query(`INSERT INTO place_target_groups (municipality_id, place_id, target_group_code) VALUES ($1, $2, 'autism'), ($1, $3, 'autism'), ($1, $3, 'social_psychiatry')`, [
    env.w.municipalityId, env.w.places.placeA1, env.w.places.placeB1,
  ]);
});

const facilityProfile = (over: Partial<PutProfileRequest> = {}): PutProfileRequest => ({
  version: 0, tilbudsportalenId: '123456', address: 'Lærkevej 4, 2400 København NV', phone: '33 12 34 56', website: 'https://www.kk.dk/laerkehoej',
  publicDescription: 'Længerevarende botilbud for voksne.', areaMunicipalityCode: '101', district: 'Bispebjerg', ageFrom: 18, ageTo: 67,
  methods: ['recovery', 'autism'], exclusionCriteria: ['dementia'], maxSupportLevel: 3, dailyRateDkk: 2450.5, petsAllowed: true, ...over,
});
const unitProfile = (over: Partial<PutProfileRequest> = {}): PutProfileRequest => ({
  version: 0, tilbudsportalenId: null, address: null, phone: null, website: null, publicDescription: '', areaMunicipalityCode: null, district: null,
  ageFrom: null, ageTo: null, methods: ['low_arousal', 'recovery'], exclusionCriteria: ['substanceUse'], maxSupportLevel: 4, dailyRateDkk: null, petsAllowed: null, ...over,
});
const url = (id: string) => `/api/org-units/${id}/profile`;

describe('a facility profile', () => {
  it('lets the facility leader save the facility’s profile, audits it and answers the profile with its places', async () => {
    const before = (await facilityLeader.get(url(env.w.units.facility1))).json().data;
    expect(before).toMatchObject({ version: 0, abilities: { edit: true }, own: EMPTY_PROFILE, facility: null, orgUnit: { kind: 'facility', name: 'Bostedet Lærkehøj' } });
    const res = await facilityLeader.put(url(env.w.units.facility1), facilityProfile());
    expect(res.statusCode).toBe(200);
    const saved = res.json().data;
    expect(saved).toMatchObject({ version: 1, updatedByName: 'Test facilityLeader' });
    expect(saved.own).toMatchObject({ dailyRateDkk: 2450.5, methods: ['autism', 'recovery'], exclusionCriteria: ['dementia'], ageFrom: 18, ageTo: 67 });
    expect(saved.effective).toEqual(saved.own);
    expect(saved.places.legalBases).toEqual([
      { code: '§107', name: 'Midlertidigt botilbud', places: 1 },
      { code: '§108', name: 'Længerevarende botilbud', places: 2 },
    ]);
    expect(saved.places.targetGroups).toEqual([
      { code: 'social_psychiatry', name: 'Socialpsykiatri', places: 1 },
      { code: 'autism', name: 'Autisme', places: 2 },
    ]);
    expect(saved.places.places.find((p: { id: string }) => p.id === env.w.places.placeA1)).toMatchObject({ wheelchairAccessible: true, ownBath: true, ownKitchen: false, areaM2: 32.5 });
    const [row] = await env.db.query<{ action: string; entity: string; detail: { changed: string[] } }>(
      `SELECT action, entity, detail FROM audit_log WHERE entity_id = $1 AND entity = 'org_unit_profile'`, [env.w.units.facility1],
    );
    expect(row).toMatchObject({ action: 'update', entity: 'org_unit_profile' });
    expect(row.detail.changed).toContain('dailyRateDkk');
  });

  it('refines the facility’s profile on a unit: its nulls fall back, its lists add', async () => {
    const res = await unitLeader.put(url(env.w.units.unitA), unitProfile());
    expect(res.statusCode).toBe(200);
    const unit = res.json().data;
    expect(unit.facility).toMatchObject({ dailyRateDkk: 2450.5 });
    expect(unit.effective).toMatchObject({
      address: 'Lærkevej 4, 2400 København NV', dailyRateDkk: 2450.5, maxSupportLevel: 4, ageFrom: 18, ageTo: 67, district: 'Bispebjerg',
      publicDescription: 'Længerevarende botilbud for voksne.', petsAllowed: true,
      // Catalogue order: specialisations first, then methods.
      methods: ['autism', 'recovery', 'low_arousal'], exclusionCriteria: ['substanceUse', 'dementia'],
    });
    expect(unit.places.places.map((p: { id: string }) => p.id).sort()).toEqual([env.w.places.placeA1, env.w.places.placeA2].sort());
    // A unit without a row of its own is as its facility.
    const b = (await staff.get(url(env.w.units.unitB))).json().data;
    expect(b.version).toBe(0);
    expect(b.effective).toEqual({ ...b.facility });
  });

  it('merges the same way in SQL as in TypeScript, for every facility and unit', async () => {
    const rows = await listEffectiveProfiles(env.db, env.w.municipalityId);
    expect(rows.map((r) => r.org_unit_id).sort()).toEqual([env.w.units.facility1, env.w.units.facility2, env.w.units.unitA, env.w.units.unitB, env.w.units.unitC].sort());
    const methodOrder = (await env.db.query<{ code: string }>('SELECT code FROM visitation_methods ORDER BY sort_order, code')).map((m) => m.code);
    for (const r of rows) {
      const answer = (await admin.get(url(r.org_unit_id))).json().data;
      const own = answer.version === 0 ? null : answer.own;
      const expected = r.kind === 'facility' ? answer.own : effectiveProfile(answer.facility, own, methodOrder);
      expect(toStored(r), r.org_unit_id).toEqual(expected);
      expect(answer.effective).toEqual(expected);
    }
    // A unit's age range is one pair: its own replaces the facility's whole.
    expect(effectiveProfile({ ...EMPTY_PROFILE, ageFrom: 18, ageTo: 67 }, { ...EMPTY_PROFILE, ageFrom: 40, ageTo: 90 }).ageTo).toBe(90);
    expect(effectiveProfile({ ...EMPTY_PROFILE, ageFrom: 18, ageTo: 67 }, EMPTY_PROFILE)).toMatchObject({ ageFrom: 18, ageTo: 67 });
    expect(effectiveProfile(null, null)).toEqual(EMPTY_PROFILE);
  });

  it('answers 409 with the current profile on a stale version, and saves with the current one', async () => {
    const first = await admin.put(url(env.w.units.unitA), unitProfile({ version: 0 }));
    expect(first.statusCode).toBe(409);
    expect(first.json().error.current).toMatchObject({ version: 1 });
    const ok = await admin.put(url(env.w.units.unitA), unitProfile({ version: 1, dailyRateDkk: 3100 }));
    expect(ok.statusCode).toBe(200);
    expect(ok.json().data).toMatchObject({ version: 2, effective: { dailyRateDkk: 3100 } });
    expect((await admin.put(url(env.w.units.unitA), unitProfile({ version: 1 }))).statusCode).toBe(409);
  });

  it('refuses bad input field by field, and writes nothing', async () => {
    const cases: Array<[Partial<PutProfileRequest>, string]> = [
      [{ methods: ['recovery', 'astrology'] }, 'methods'],
      [{ areaMunicipalityCode: '999' }, 'areaMunicipalityCode'],
      [{ ageFrom: 40, ageTo: 30 }, 'ageTo'],
      [{ ageFrom: 40, ageTo: null }, 'ageTo'],
      [{ ageFrom: 12, ageTo: 30 }, 'ageFrom'],
      [{ dailyRateDkk: -1 }, 'dailyRateDkk'],
      [{ maxSupportLevel: 5 }, 'maxSupportLevel'],
      [{ maxSupportLevel: -1 }, 'maxSupportLevel'],
      [{ exclusionCriteria: ['smoking'] as never }, 'exclusionCriteria.0'],
      [{ tilbudsportalenId: 'abc' }, 'tilbudsportalenId'],
    ];
    for (const [over, field] of cases) {
      const res = await facilityLeader.put(url(env.w.units.facility1), facilityProfile({ version: 1, ...over }));
      expect(res.statusCode, field).toBe(400);
      expect(res.json().error.fields[field], field).toEqual(expect.any(String));
    }
    expect((await facilityLeader.put(url(env.w.units.facility1), { ...facilityProfile({ version: 1 }), colour: 'blå' })).statusCode).toBe(400);
    // A flag both specialised in and excluded: on the facility, and on a unit against its facility's exclusion (dementia).
    const both = await facilityLeader.put(url(env.w.units.facility1), facilityProfile({ version: 1, methods: ['dementia'], exclusionCriteria: ['dementia'] }));
    expect(both.json().error.fields.exclusionCriteria).toMatch(/demens kan ikke både/);
    const onUnit = await facilityLeader.put(url(env.w.units.unitB), unitProfile({ methods: ['dementia'], exclusionCriteria: [] }));
    expect(onUnit.statusCode).toBe(400);
    expect(onUnit.json().error.fields.exclusionCriteria).toMatch(/demens/);
    const [{ version }] = await env.db.query<{ version: number }>('SELECT version FROM org_unit_profiles WHERE org_unit_id = $1', [env.w.units.facility1]);
    expect(version).toBe(1);
  });

  it('lets staff and the case worker read a profile but not save it; a leader elsewhere 403; the centre and other tenants 404', async () => {
    expect((await staff.get(url(env.w.units.unitA))).json().data.abilities).toEqual({ edit: false });
    expect((await caseWorker.get(url(env.w.units.facility1))).statusCode).toBe(200);
    expect((await staff.put(url(env.w.units.unitA), unitProfile({ version: 2 }))).statusCode).toBe(403);
    expect((await caseWorker.put(url(env.w.units.unitA), unitProfile({ version: 2 }))).statusCode).toBe(403);
    // The unit leader keeps their own unit, not the facility nor a sibling unit.
    expect((await unitLeader.put(url(env.w.units.facility1), facilityProfile({ version: 1 }))).statusCode).toBe(403);
    expect((await unitLeader.put(url(env.w.units.unitB), unitProfile())).statusCode).toBe(403);
    // The other facility's leader reads facility 1's profile but cannot keep it; keeps their own.
    expect((await otherLeader.get(url(env.w.units.facility1))).json().data.abilities).toEqual({ edit: false });
    expect((await otherLeader.put(url(env.w.units.facility1), facilityProfile({ version: 1 }))).statusCode).toBe(403);
    expect((await otherLeader.put(url(env.w.units.unitC), unitProfile())).statusCode).toBe(200);
    // Only facilities and units have profiles; another municipality's are not there.
    expect((await admin.get(url(env.w.units.center))).statusCode).toBe(404);
    expect((await neighbour.get(url(env.w.units.facility1))).statusCode).toBe(404);
    expect((await neighbour.put(url(env.w.units.facility1), facilityProfile({ version: 1 }))).statusCode).toBe(404);
    expect((await neighbour.get(`/api/org-units/${env.w.units.facility1}/public-description`)).statusCode).toBe(404);
  });
});

describe('the public description', () => {
  it('publishes Tilbudsportalen’s facts in its formats, with no rate or criteria', async () => {
    const res = await caseWorker.get(`/api/org-units/${env.w.units.facility1}/public-description`);
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toEqual({
      facilityId: env.w.units.facility1,
      name: 'Bostedet Lærkehøj',
      unitName: null,
      address: 'Lærkevej 4, 2400 København NV',
      contact: { phone: '33 12 34 56', website: 'https://www.kk.dk/laerkehoej' },
      offerTypes: ['107 (midlertidigt botilbud)', '108 (længerevarende botilbud)'],
      targetGroups: '18 til 67 år (socialpsykiatri, autisme)',
      placesTotal: 3,
      tilbudsportalenId: '123456',
      methods: ['Autismespektrumforstyrrelser', 'Recovery-orienteret praksis'],
      area: 'Københavns Kommune, Bispebjerg',
      description: 'Længerevarende botilbud for voksne.',
    });
    expect(res.body).not.toMatch(/2450|dementia|demens/i);
  });

  it('describes a unit as it refines its facility, with the unit’s places', async () => {
    const unit = (await staff.get(`/api/org-units/${env.w.units.unitA}/public-description`)).json().data;
    expect(unit).toMatchObject({ name: 'Bostedet Lærkehøj', unitName: 'Afdeling A', placesTotal: 2, offerTypes: ['108 (længerevarende botilbud)'], targetGroups: '18 til 67 år (autisme)' });
    expect(unit.methods).toEqual(['Autismespektrumforstyrrelser', 'Recovery-orienteret praksis', 'Low arousal']);
  });
});
