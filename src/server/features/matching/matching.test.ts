import { beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { login, useTestApp, type Client } from '../../../../test/http.js';
import { lastAudit } from '../../../../test/audit.js';
import { expectPlainDanishFields } from '../../../../test/messages.js';
import { todayInCopenhagen } from '../../../domain/dates.js';
import { DEFAULT_WEIGHTS } from '../../../domain/visitation/weights.js';
import { plusDays } from '../../db/demo/random.js';
import type { RankingView, WeightsVersionList } from '../../../contracts/matching.js';
import { insertReferral, setPlace, upsertProfile } from './fixtures.js';

const env = useTestApp({ worlds: 2 });
let caseWorker: Client;
let admin: Client;
let facilityLeader: Client;
const today = () => todayInCopenhagen();

const rank = async (who: Client, referralId: string) => {
  const res = await who.post(`/api/referrals/${referralId}/ranking`);
  expect(res.statusCode, res.body).toBe(201);
  return (res.json() as { data: RankingView }).data;
};
const latest = async (who: Client, referralId: string) => {
  const res = await who.get(`/api/referrals/${referralId}/ranking`);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { data: RankingView }).data;
};
const candidate = (view: RankingView, placeId: string) => view.ranking!.ranked.find((c) => c.candidateId === placeId);
const factor = (view: RankingView, placeId: string, code: string) => candidate(view, placeId)?.factors.find((f) => f.code === code);

beforeAll(async () => {
  const { app, w, db } = env;
  [caseWorker, admin, facilityLeader] = await Promise.all([w.users.caseWorker, w.users.admin, w.users.facilityLeader].map((u) => login(app, u.username)));
  // The tenant is Frederiksberg; facility 1 states København, Valby; facility 2 no profile (the tenant's own area).
  await db.query(`UPDATE municipalities SET code = '147' WHERE id = $1`, [w.municipalityId]);
  await upsertProfile(db, w, w.units.facility1, { areaMunicipalityCode: '101', district: 'Valby', methods: ['recovery'], maxSupportLevel: 3, dailyRateDkk: 3000, ageFrom: 18, ageTo: 99 });
  await upsertProfile(db, w, w.units.unitA, { methods: ['low_arousal'], dailyRateDkk: 3500 });
  for (const place of [w.places.placeA1, w.places.placeA2]) await setPlace(db, w, place, { wheelchair: true, ownBath: true, areaM2: 24, targetGroups: ['social_psychiatry'] });
  await setPlace(db, w, w.places.placeB1, { targetGroups: ['social_psychiatry'] });
  await setPlace(db, w, w.places.placeC1, { ownBath: true, targetGroups: ['social_psychiatry', 'substance_use'] });
  // onC's stay ends in 30 days: place C1 is free then.
  await db.query(`UPDATE interventions SET end_date = $2 WHERE citizen_id = $1`, [w.citizens.onC, plusDays(today(), 30)]);
});

describe('the candidates as the loader reads them', () => {
  let view: RankingView;
  beforeAll(async () => {
    const { db, w } = env;
    await insertReferral(db, w, { citizenId: w.citizens.onA, caseWorkerId: w.users.caseWorker.id, state: 'placed', decidedAt: '2023-12-20T10:00:00Z', flags: ['outwardReacting'] });
    const referralId = await insertReferral(db, w, {
      citizenId: w.citizens.unplaced, caseWorkerId: w.users.caseWorker.id, targetGroups: ['social_psychiatry', 'substance_use'], methodsWanted: ['low_arousal'],
      wish: { municipalityCode: '101', district: 'Valby' }, supportNeed: { 1: 2, 2: 4 },
    });
    view = await rank(caseWorker, referralId);
  });

  it('folds a unit’s alike places into one candidate, free now when one of them is', () => {
    const a = candidate(view, [env.w.places.placeA1, env.w.places.placeA2].sort()[0])!;
    expect(a).toMatchObject({ facilityName: 'Bostedet Lærkehøj', unitName: 'Afdeling A', legalBasis: '§108', places: 2, freeNow: 1 });
    expect(a.factors.find((f) => f.code === 'availability')!.text).toBe('Ledig nu.');
  });

  it('gives an occupied place the end of its stay as the day it is free', () => {
    const c = factor(view, env.w.places.placeC1, 'availability')!;
    expect(c.text).toMatch(/^Forventes ledig .+ \(om 30 dage\)\.$/);
    expect(candidate(view, env.w.places.placeC1)).toMatchObject({ places: 1, freeNow: 0 });
  });

  it('counts a stay that follows on the day the running one ends: the place is free when that one ends', async () => {
    const { db, w } = env;
    const [c] = await db.query<{ id: string }>(
      `INSERT INTO citizens (municipality_id, cpr, first_name, last_name, birth_date) VALUES ($1, '0101901234', 'Eva', 'Eskildsen', '1990-01-01') RETURNING id`, [w.municipalityId]);
    await db.query(
      `INSERT INTO interventions (municipality_id, citizen_id, kind_code, legal_basis, place_id, unit_id, start_date, end_date)
       VALUES ($1, $2, 'long_term_residence', '§108', $3, $4, $5, $6)`,
      [w.municipalityId, c.id, w.places.placeC1, w.units.unitC, plusDays(today(), 30), plusDays(today(), 60)]);
    try {
      const again = await rank(caseWorker, view.referral.id);
      expect(factor(again, w.places.placeC1, 'availability')!.text).toMatch(/\(om 60 dage\)\.$/);
    } finally {
      await db.query('DELETE FROM interventions WHERE citizen_id = $1', [c.id]);
      await db.query('DELETE FROM citizens WHERE id = $1', [c.id]);
    }
  });

  it('counts a place booked from a later day as free until then, and one after an open-ended stay as never free', async () => {
    const { db, w } = env;
    const [free] = await db.query<{ id: string }>(
      `SELECT p.id FROM places p WHERE p.unit_id = $1 AND NOT EXISTS (SELECT 1 FROM interventions i WHERE i.place_id = p.id AND (i.end_date IS NULL OR i.end_date > $2))`,
      [w.units.unitA, today()]);
    const [c] = await db.query<{ id: string }>(
      `INSERT INTO citizens (municipality_id, cpr, first_name, last_name, birth_date) VALUES ($1, '0202901234', 'Finn', 'Frost', '1990-02-02') RETURNING id`, [w.municipalityId]);
    const stay = (from: string, to: string | null) => db.query(
      `INSERT INTO interventions (municipality_id, citizen_id, kind_code, legal_basis, place_id, unit_id, start_date, end_date)
       VALUES ($1, $2, 'long_term_residence', '§108', $3, $4, $5, $6)`, [w.municipalityId, c.id, free.id, w.units.unitA, from, to]);
    const a = [w.places.placeA1, w.places.placeA2].sort()[0];
    try {
      await stay(plusDays(today(), 10), null);
      expect(candidate(await rank(caseWorker, view.referral.id), a)).toMatchObject({ places: 2, freeNow: 1 });
      await db.query('DELETE FROM interventions WHERE citizen_id = $1', [c.id]);
      await stay(plusDays(today(), -5), null);
      const full = await rank(caseWorker, view.referral.id);
      expect(candidate(full, a)).toMatchObject({ places: 2, freeNow: 0 });
      expect(factor(full, a, 'availability')!.text).not.toBe('Ledig nu.');
    } finally {
      await db.query('DELETE FROM interventions WHERE citizen_id = $1', [c.id]);
      await db.query('DELETE FROM citizens WHERE id = $1', [c.id]);
    }
  });

  it('merges the unit’s profile into its facility’s: values refine, lists add; no profile leaves the tenant’s area and no rate', () => {
    const a = [env.w.places.placeA1, env.w.places.placeA2].sort()[0];
    expect(factor(view, a, 'rate')!.text).toBe('Takst 3.500 kr. pr. døgn.');
    expect(factor(view, a, 'specialisation')!.text).toMatch(/Specialiseret i 1 af 2 behov \(low arousal\); mangler misbrug\./);
    expect(factor(view, a, 'area')!.text).toBe('I det ønskede område.');
    expect(factor(view, a, 'supportNeed')!.text).toBe('Kan møde støttebehovet i 1 af 2 livsområder (op til niveau 3 af 4).');
    expect(factor(view, env.w.places.placeC1, 'rate')!.text).toBe('Taksten er ikke oplyst i tilbuddets profil.');
    expect(factor(view, env.w.places.placeC1, 'area')!.text).toBe('Uden for det ønskede område.');
    expect(factor(view, env.w.places.placeC1, 'supportNeed')!.text).toMatch(/oplyser ikke/);
  });

  it('counts the unit’s residents by the flags of their latest placed referral', async () => {
    const a = [env.w.places.placeA1, env.w.places.placeA2].sort()[0];
    expect(factor(view, a, 'residentMix')!.text).toBe('1 af 2 beboere har udadreagerende adfærd.');
    // A newer placed referral for onA without the flag: it is the one read.
    const { db, w } = env;
    await insertReferral(db, w, { citizenId: w.citizens.onA, caseWorkerId: w.users.caseWorker.id, state: 'placed', decidedAt: '2024-06-01T10:00:00Z', flags: ['substanceUse'] });
    const again = await rank(caseWorker, view.referral.id);
    expect(factor(again, a, 'residentMix')!.text).toBe('0 af 2 beboere har udadreagerende adfærd.');
  });

  it('excludes a place on another legal basis, with the reason, and never ranks it', () => {
    const facility = view.ranking!.excluded.find((f) => f.candidateIds.includes(env.w.places.placeB1))!;
    const reason = facility.reasons.find((r) => r.code === 'legal_basis')!;
    expect(reason.text).toBe('Tilbuddet er ikke godkendt efter §108 (godkendt efter §107).');
    expect(reason.units.map((u) => u.unitId)).toContain(env.w.units.unitB);
    expect(candidate(view, env.w.places.placeB1)).toBeUndefined();
  });

  it('names no place of the neighbour municipality', () => {
    const all = JSON.stringify(view);
    for (const id of Object.values(env.other.places)) expect(all).not.toContain(id);
  });
});

describe('the places, units and profiles held between rankings', () => {
  const versionOf = async () => (await env.db.query<{ version: string }>('SELECT version FROM matching_data_versions WHERE municipality_id = $1', [env.w.municipalityId]))[0]?.version;

  it('reads them again after any change to them, and only then', async () => {
    const { db, w } = env;
    const referralId = await insertReferral(db, w, { citizenId: w.citizens.unplaced, caseWorkerId: w.users.caseWorker.id, targetGroups: ['social_psychiatry'] });
    const a = [w.places.placeA1, w.places.placeA2].sort()[0];
    const first = await rank(caseWorker, referralId);
    expect(factor(first, a, 'rate')!.text).toBe('Takst 3.500 kr. pr. døgn.');
    const held = await versionOf();
    expect(held).toMatch(/^[0-9a-f-]{36}$/);

    // A ranking changes none of them: the version stays.
    await rank(caseWorker, referralId);
    expect(await versionOf()).toBe(held);

    // The unit's profile, its name and a place's standard: each is in the next ranking.
    await upsertProfile(db, w, w.units.unitA, { methods: ['low_arousal'], dailyRateDkk: 4100 });
    expect(await versionOf()).not.toBe(held);
    expect(factor(await rank(caseWorker, referralId), a, 'rate')!.text).toBe('Takst 4.100 kr. pr. døgn.');
    await db.query(`UPDATE org_units SET name = 'Afdeling A (ny)' WHERE id = $1`, [w.units.unitA]);
    expect(candidate(await rank(caseWorker, referralId), a)!.unitName).toBe('Afdeling A (ny)');
    await setPlace(db, w, w.places.placeA1, { wheelchair: true, ownBath: true, areaM2: 30, targetGroups: ['social_psychiatry'] });
    const after = await rank(caseWorker, referralId);
    expect(after.ranking!.ranked.filter((c) => c.unitName === 'Afdeling A (ny)').map((c) => c.standard).sort()).toEqual(
      ['eget bad · kørestolsegnet · 24 m²', 'eget bad · kørestolsegnet · 30 m²'],
    );

    // Put back as the other tests read it.
    await upsertProfile(db, w, w.units.unitA, { methods: ['low_arousal'], dailyRateDkk: 3500 });
    await db.query(`UPDATE org_units SET name = 'Afdeling A' WHERE id = $1`, [w.units.unitA]);
    await setPlace(db, w, w.places.placeA1, { wheelchair: true, ownBath: true, areaM2: 24, targetGroups: ['social_psychiatry'] });
  });
});

describe('weights versions', () => {
  let referralId: string;
  beforeAll(async () => {
    referralId = await insertReferral(env.db, env.w, { citizenId: env.w.citizens.onA, caseWorkerId: env.w.users.caseWorker.id, targetGroups: ['social_psychiatry'] });
  });

  it('puts Mestring’s defaults in as the first version on first use, and a ranking records the version it used', async () => {
    const view = await rank(caseWorker, referralId);
    expect(view.ranking!.weightsVersion).toBe(DEFAULT_WEIGHTS.version);
    const [row] = await env.db.query<{ weights_version: string }>('SELECT weights_version FROM referral_rankings WHERE id = $1', [view.ranking!.id]);
    expect(row.weights_version).toBe(DEFAULT_WEIGHTS.version);
    const list = (await admin.get('/api/matching/weights')).json().data as WeightsVersionList['data'];
    expect(list.versions.map((v) => [v.version, v.inUse, v.createdBy])).toEqual([[DEFAULT_WEIGHTS.version, true, null]]);
  });

  it('uses a new version for later rankings and leaves the stored ones as they were', async () => {
    const before = await latest(caseWorker, referralId);
    const [stored] = await env.db.query<{ result: unknown }>('SELECT result FROM referral_rankings WHERE id = $1', [before.ranking!.id]);
    const res = await admin.post('/api/matching/weights', {
      version: '2027-01-kun-ledig', weights: { ...Object.fromEntries(Object.keys(DEFAULT_WEIGHTS.weights).map((k) => [k, 0])), availability: 1 },
      params: DEFAULT_WEIGHTS.params, note: 'Kun ledig plads tæller.',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().data).toMatchObject({ version: '2027-01-kun-ledig', inUse: true, createdBy: 'Test admin' });
    expect(await lastAudit(env.db, env.w.users.admin.id)).toMatchObject({ action: 'create', entity: 'matching_weights' });

    const unchanged = await latest(caseWorker, referralId);
    expect(unchanged.ranking).toEqual(before.ranking);
    expect(unchanged.currentWeightsVersion).toBe('2027-01-kun-ledig');
    const [still] = await env.db.query<{ result: unknown }>('SELECT result FROM referral_rankings WHERE id = $1', [before.ranking!.id]);
    expect(still.result).toEqual(stored.result);

    const after = await rank(caseWorker, referralId);
    expect(after.ranking!.weightsVersion).toBe('2027-01-kun-ledig');
    // Only availability weighs now: a free place scores 100, and every factor but availability is left out.
    for (const c of after.ranking!.ranked) expect(c.factors.map((f) => f.code)).toEqual(['availability']);
    expect(after.ranking!.ranked[0].score).toBe(100);
    expect(after.ranking!.ranked.map((c) => c.score)).not.toEqual(before.ranking!.ranked.map((c) => c.score));
  });

  it('refuses weights it cannot use, field by field, and a name already used', async () => {
    const count = async () => (await env.db.query<{ n: number }>('SELECT count(*)::int AS n FROM matching_weight_versions WHERE municipality_id = $1', [env.w.municipalityId]))[0].n;
    const n = await count();
    const zero = Object.fromEntries(Object.keys(DEFAULT_WEIGHTS.weights).map((k) => [k, 0]));
    const cases: Array<[unknown, string]> = [
      [{ version: 'nul', weights: zero, params: DEFAULT_WEIGHTS.params }, 'weights'],
      [{ version: 'negativ', weights: { ...DEFAULT_WEIGHTS.weights, area: -1 }, params: DEFAULT_WEIGHTS.params }, 'weights.area'],
      [{ version: 'mangler', weights: { area: 1 }, params: DEFAULT_WEIGHTS.params }, 'weights.specialisation'],
      [{ version: '  ', weights: DEFAULT_WEIGHTS.weights, params: DEFAULT_WEIGHTS.params }, 'version'],
      [{ version: 'x', weights: DEFAULT_WEIGHTS.weights, params: { ...DEFAULT_WEIGHTS.params, sameMunicipalityValue: 2 } }, 'params.sameMunicipalityValue'],
      [{ version: 'x', weights: DEFAULT_WEIGHTS.weights, params: { ...DEFAULT_WEIGHTS.params, availabilityHorizonDays: 0 } }, 'params.availabilityHorizonDays'],
      [{ version: DEFAULT_WEIGHTS.version, weights: DEFAULT_WEIGHTS.weights, params: DEFAULT_WEIGHTS.params }, 'version'],
    ];
    for (const [body, field] of cases) {
      const res = await admin.post('/api/matching/weights', body);
      expect(res.statusCode, field).toBe(400);
      expect(res.json().error.fields, field).toHaveProperty([field]);
      expectPlainDanishFields(res.json().error.fields, field);
    }
    expect(await count()).toBe(n);
  });

  it('is the newest version of the tenant alone: the neighbour still starts from the defaults', async () => {
    const referral = await insertReferral(env.db, env.other, { citizenId: env.other.citizens.onA, caseWorkerId: env.other.users.caseWorker.id });
    const otherCaseWorker = await login(env.app, env.other.users.caseWorker.username);
    expect((await rank(otherCaseWorker, referral)).ranking!.weightsVersion).toBe(DEFAULT_WEIGHTS.version);
  });
});

describe('who may rank and read', () => {
  let referralId: string;
  beforeAll(async () => {
    referralId = await insertReferral(env.db, env.w, { citizenId: env.w.citizens.onC, caseWorkerId: env.w.users.caseWorker.id });
  });

  const user = async (role: string, at: string) => {
    const id = randomUUID();
    const username = `u-${id.slice(0, 8)}`;
    const [{ password_hash }] = await env.db.query<{ password_hash: string }>('SELECT password_hash FROM users WHERE id = $1', [env.w.users.staff.id]);
    await env.db.query('INSERT INTO users (id, municipality_id, username, display_name, password_hash) VALUES ($1, $2, $3, $4, $5)', [id, env.w.municipalityId, username, 'Ny bruger', password_hash]);
    await env.db.query('INSERT INTO user_roles (municipality_id, user_id, role, org_unit_id) VALUES ($1, $2, $3, $4)', [env.w.municipalityId, id, role, at]);
    return login(env.app, username);
  };

  it('lets the matching committee (a case worker of the municipality) rank a referral of a citizen not assigned to them, audited', async () => {
    const committee = await user('case_worker', env.w.units.municipality);
    const view = await rank(committee, referralId);
    expect(view.referral.citizen.id).toBe(env.w.citizens.onC);
    const [audit] = await env.db.query<{ action: string; entity: string; citizen_ids: string[]; entity_id: string }>(
      `SELECT action, entity, citizen_ids, entity_id FROM audit_log WHERE entity = 'referral_ranking' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit).toMatchObject({ action: 'create', entity: 'referral_ranking', citizen_ids: [env.w.citizens.onC], entity_id: referralId });
  });

  it('keeps a case worker of a center out of a referral not theirs (404), and the citizen’s own facility out of the ranking (403)', async () => {
    const centerCaseWorker = await user('case_worker', env.w.units.center);
    expect((await centerCaseWorker.post(`/api/referrals/${referralId}/ranking`)).statusCode).toBe(404);
    expect((await centerCaseWorker.get(`/api/referrals/${referralId}/ranking`)).statusCode).toBe(404);
    const leaderOfC = await user('facility_leader', env.w.units.facility2);
    expect((await leaderOfC.get(`/api/referrals/${referralId}/ranking`)).statusCode).toBe(403);
    expect((await facilityLeader.get(`/api/referrals/${referralId}/ranking`)).statusCode).toBe(404);
  });

  it('answers an unknown or malformed referral id with 404 and 400', async () => {
    expect((await caseWorker.post(`/api/referrals/${randomUUID()}/ranking`)).statusCode).toBe(404);
    const bad = await caseWorker.get('/api/referrals/not-an-id/ranking');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toHaveProperty('referralId');
  });

  it('answers a referral not ranked yet with no ranking and the version a ranking would use', async () => {
    const fresh = await insertReferral(env.db, env.w, { citizenId: env.w.citizens.onB, caseWorkerId: env.w.users.caseWorker.id });
    const view = await latest(caseWorker, fresh);
    expect(view.ranking).toBeNull();
    expect(view.referral).toMatchObject({ id: fresh, legalBasis: '§108', state: 'submitted', citizen: { id: env.w.citizens.onB, name: 'Bent Bertelsen' } });
  });
});
