import { describe, expect, it } from 'vitest';
import { login, useTestApp } from '../../../../test/http.js';
import { c2Counts } from '../citizens/test-fixtures.js';
import { SUPPORT_NEED_LEVEL_ORDER } from '../../../domain/plans.js';

const env = useTestApp({ worlds: 1 });

const url = (citizenId: string) => `/api/citizens/${citizenId}/interventions`;
const HIGH_SUPPORT_NEED = SUPPORT_NEED_LEVEL_ORDER[3];

/** A start refused with 400, naming `field` with a message matching `message`; nothing written. */
async function refused(body: Record<string, unknown>, field: string, message: RegExp, citizenId = env.w.citizens.onB) {
  const leader = await login(env.app, env.w.users.facilityLeader.username);
  const before = await c2Counts(env.db);
  const res = await leader.post(url(citizenId), body);
  expect(res.statusCode, JSON.stringify(body)).toBe(400);
  expect(res.json().error.fields?.[field], JSON.stringify(res.json().error)).toMatch(message);
  expect(await c2Counts(env.db)).toEqual(before);
}

/** An ABL § 105 place on unit A, valid from 2020 (created as the admin form would, but back-dated). */
async function ablPlace(): Promise<string> {
  const [{ id }] = await env.db.query<{ id: string }>(
    `INSERT INTO places (municipality_id, unit_id, name, legal_basis, active_from) VALUES ($1, $2, 'Bolig 1', 'ABL §105', '2020-01-01') RETURNING id`,
    [env.w.municipalityId, env.w.units.unitA],
  );
  return id;
}

describe('the service (indsats) as its own record: kind, legal basis, place and grant', () => {
  it('refuses a kind not valid on the start date, with the date', async () => {
    await env.db.query(`UPDATE intervention_kinds SET valid_to = '2025-01-01' WHERE code = 'icm'`);
    try {
      await refused({ kindCode: 'icm', unitId: env.w.units.unitB, startDate: '2025-06-01' }, 'kindCode', /kan ikke bevilges pr\. 1\. juni 2025/);
      // Before its end it could be granted.
      const leader = await login(env.app, env.w.users.facilityLeader.username);
      const earlier = await leader.post(url(env.w.citizens.onB), { kindCode: 'icm', legalBasis: '§85', unitId: env.w.units.unitB, startDate: '2024-06-01', endDate: '2024-09-01' });
      expect(earlier.statusCode).toBe(201);
    } finally {
      await env.db.query(`UPDATE intervention_kinds SET valid_to = NULL WHERE code = 'icm'`);
    }
  });

  it('refuses a legal basis outside the catalogue, § 141 (a duty to make a plan), § 85a before 2023, and one the kind does not allow', async () => {
    const home = { kindCode: 'housing_support', unitId: env.w.units.unitB, startDate: '2025-01-01' };
    await refused({ ...home, legalBasis: '§999' }, 'legalBasis', /Ukendt lovgrundlag/);
    await refused({ ...home, legalBasis: '§141' }, 'legalBasis', /§141 er ikke et lovgrundlag for en indsats/);
    await refused({ ...home, kindCode: 'cti', legalBasis: '§85a', startDate: '2022-06-01' }, 'legalBasis', /§85a gælder ikke pr\. 1\. juni 2022/);
    await refused({ ...home, legalBasis: '§108' }, 'legalBasis', /bevilges efter §85 eller §85a, ikke §108/);
  });

  it('with a place: only a stay kind, and only on the place’s own legal basis; the default basis is the place’s', async () => {
    const place = { placeId: env.w.places.placeA2, startDate: '2026-01-01' };
    await refused({ ...place, kindCode: 'housing_support' }, 'kindCode', /er ikke et ophold/, env.w.citizens.unplaced);
    // A § 107 stay does not fill a § 108 place.
    await refused({ ...place, kindCode: 'temporary_residence' }, 'legalBasis', /§108-plads og kan ikke bruges til en indsats efter §107/, env.w.citizens.unplaced);
    await refused({ ...place, kindCode: 'long_term_residence', legalBasis: 'ABL §105' }, 'legalBasis', /§108-plads/, env.w.citizens.unplaced);
    // A long-term home in an ABL § 105 place takes the place's basis without being told.
    const leader = await login(env.app, env.w.users.facilityLeader.username);
    const res = await leader.post(url(env.w.citizens.unplaced), { kindCode: 'long_term_residence', placeId: await ablPlace(), startDate: '2026-01-01' });
    expect(res.statusCode).toBe(201);
    expect(res.json().data).toMatchObject({ legalBasis: 'ABL §105', unitId: env.w.units.unitA, step: 7, delivery: 'stay' });
  });

  it('a place takes only a stay basis: the place form refuses § 85, and so does the database', async () => {
    const admin = await login(env.app, env.w.users.admin.username);
    for (const legalBasis of ['§82a', '§85', '§99', '§141']) {
      const res = await admin.post('/api/places', { unitId: env.w.units.unitA, name: 'P', legalBasis, targetGroupCodes: [] });
      expect(res.statusCode, legalBasis).toBe(400);
      expect(res.json().error.fields).toHaveProperty('legalBasis');
    }
    await expect(
      env.db.query(`INSERT INTO places (municipality_id, unit_id, name, legal_basis) VALUES ($1, $2, 'P', '§85')`, [env.w.municipalityId, env.w.units.unitA]),
    ).rejects.toMatchObject({ code: '23514' });
    // An existing place keeps its basis when it is otherwise edited (the trigger checks a changed basis only).
    await env.db.query(`UPDATE places SET name = name WHERE id = $1`, [env.w.places.placeA1]);
  });

  it('without a place: the delivering unit or team is required for kinds it delivers, and must be a unit; an open offer needs none', async () => {
    await refused({ kindCode: 'housing_support', startDate: '2025-01-01' }, 'unitId', /Vælg den afdeling eller det team/);
    await refused({ kindCode: 'housing_support', unitId: env.w.units.facility1, startDate: '2025-01-01' }, 'unitId', /Vælg en afdeling eller et team/);
    await refused({ kindCode: 'housing_support', unitId: '00000000-0000-4000-8000-000000000000', startDate: '2025-01-01' }, 'unitId', /Vælg en afdeling/);
    const leader = await login(env.app, env.w.users.facilityLeader.username);
    const open = await leader.post(url(env.w.citizens.onB), { kindCode: 'open_offer', startDate: '2025-01-01', endDate: '2025-02-01' });
    expect(open.statusCode).toBe(201);
    expect(open.json().data).toMatchObject({ delivery: 'other', unitId: null, legalBasis: '§104', step: 1 });
  });

  it('derives the ladder step from the granted hours for social home care (steps 2, 3, 5, 6), and the record’s ladder follows it', async () => {
    await refused({ kindCode: 'social_home_care', unitId: env.w.units.unitB, startDate: '2025-01-01' }, 'hoursPerWeek', /timer om ugen/);
    const leader = await login(env.app, env.w.users.facilityLeader.username);
    const steps: Array<[number, number]> = [[1.5, 2], [5, 3], [12, 5], [25, 6]];
    const made: string[] = [];
    for (const [hoursPerWeek, step] of steps) {
      const res = await leader.post(url(env.w.citizens.onB), {
        kindCode: 'social_home_care', unitId: env.w.units.unitB, hoursPerWeek, startDate: '2019-01-01', endDate: '2019-02-01',
      });
      expect(res.statusCode).toBe(201);
      expect(res.json().data, String(hoursPerWeek)).toMatchObject({ step, hoursPerWeek, legalBasis: '§83', delivery: 'home' });
      made.push(res.json().data.id);
    }
    // Bent's ladder before his stay: social home care of 12 hours a week is step 5.
    const before = await leader.post(url(env.w.citizens.onB), { kindCode: 'social_home_care', unitId: env.w.units.unitB, hoursPerWeek: 12, startDate: '2023-01-01', endDate: '2023-06-01' });
    expect(before.statusCode).toBe(201);
    const record = (await leader.get(`/api/citizens/${env.w.citizens.onB}`)).json().data;
    expect(record.ladder.path).toContainEqual(expect.objectContaining({ step: 5, from: '2023-01-01', to: '2023-06-01' }));
    // The database derives it for every writer: a changed extent moves the step.
    await env.db.query(`UPDATE interventions SET hours_per_week = 2 WHERE id = $1`, [made[3]]);
    expect((await env.db.query<{ s: number }>('SELECT ladder_step AS s FROM interventions WHERE id = $1', [made[3]]))[0].s).toBe(2);
  });

  it('records the grant: period, re-assessment, FFB support need, acting and paying municipality (the tenant’s own by default), rate', async () => {
    await refused({ kindCode: 'support_contact', unitId: env.w.units.unitB, startDate: '2025-01-01', supportNeedCode: 'Høj' }, 'supportNeedCode', /støttebehovsniveau/);
    await refused({ kindCode: 'support_contact', unitId: env.w.units.unitB, startDate: '2025-01-01', actingMunicipalityCode: '999' }, 'actingMunicipalityCode', /Ukendt kommunekode/);
    await refused({ kindCode: 'support_contact', unitId: env.w.units.unitB, startDate: '2025-01-01', payingMunicipalityCode: '12' }, 'payingMunicipalityCode', /kommune/);
    await refused({ kindCode: 'support_contact', unitId: env.w.units.unitB, startDate: '2025-01-01', reassessmentDate: '2024-12-01' }, 'reassessmentDate', /før startdatoen/);
    await refused({ kindCode: 'support_contact', unitId: env.w.units.unitB, startDate: '2025-01-01', rate: { amountDkk: 1200 } }, 'rate.unit', /døgn eller pr\. måned/);
    await refused({ kindCode: 'support_contact', unitId: env.w.units.unitB, startDate: '2025-01-01', hoursPerWeek: 0 }, 'hoursPerWeek', /mere end 0/);

    // The world's municipality is København here; Gentofte buys the service and Lyngby-Taarbæk pays.
    await env.db.query(`UPDATE municipalities SET code = '101' WHERE id = $1`, [env.w.municipalityId]);
    const [{ name: ownName }] = await env.db.query<{ name: string }>('SELECT name FROM municipalities WHERE id = $1', [env.w.municipalityId]);
    const leader = await login(env.app, env.w.users.facilityLeader.username);
    const res = await leader.post(url(env.w.citizens.onB), {
      kindCode: 'support_contact', unitId: env.w.units.unitB, startDate: '2025-03-01', endDate: '2026-03-01', reassessmentDate: '2025-09-01',
      hoursPerWeek: 4, supportNeedCode: HIGH_SUPPORT_NEED, actingMunicipalityCode: '157', payingMunicipalityCode: '173',
      rate: { amountDkk: 14500.5, unit: 'month' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().data).toMatchObject({
      endDate: '2026-03-01', reassessmentDate: '2025-09-01', hoursPerWeek: 4,
      supportNeed: { code: HIGH_SUPPORT_NEED, name: 'Højt støttebehov' },
      actingMunicipality: { code: '157', name: 'Gentofte Kommune' },
      payingMunicipality: { code: '173', name: 'Lyngby-Taarbæk Kommune' },
      rate: { amountDkk: 14500.5, unit: 'month' },
      unitId: env.w.units.unitB, endReason: null, destination: null,
    });
    const own = await leader.post(url(env.w.citizens.onB), { kindCode: 'support_contact', unitId: env.w.units.unitB, startDate: '2025-04-01' });
    expect(own.json().data).toMatchObject({
      actingMunicipality: { code: '101', name: ownName }, payingMunicipality: { code: '101', name: ownName }, rate: null, hoursPerWeek: null,
    });
    // The record shows the same.
    const record = (await leader.get(`/api/citizens/${env.w.citizens.onB}`)).json().data;
    expect(record.interventions.find((i: { id: string }) => i.id === res.json().data.id)).toMatchObject({ actingMunicipality: { code: '157' }, rate: { unit: 'month' } });
    expect((await leader.get('/api/catalogue')).json().ownMunicipalityCode).toBe('101');
  });

  it('ends home support with a reason and no destination; a stay needs both', async () => {
    const leader = await login(env.app, env.w.users.facilityLeader.username);
    const started = (await leader.post(url(env.w.citizens.onB), { kindCode: 'housing_support', unitId: env.w.units.unitB, startDate: '2025-05-01' })).json().data;
    const noReason = await leader.post(`/api/interventions/${started.id}/end`, { version: started.version, endDate: '2025-06-01' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields).toHaveProperty('endReasonCode');
    const ended = await leader.post(`/api/interventions/${started.id}/end`, { version: started.version, endDate: '2025-06-01', endReasonCode: 'goals_met' });
    expect(ended.statusCode).toBe(200);
    expect(ended.json().data).toMatchObject({ endReason: { code: 'goals_met', name: 'Målene er nået' }, destination: null });
  });
});
