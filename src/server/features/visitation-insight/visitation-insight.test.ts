import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { login, useTestApp, type Client } from '../../../../test/http.js';
import { addMonthsIso, todayInCopenhagen } from '../../../domain/dates.js';
import { addDaysIso } from '../../../domain/plans.js';
import { forecast, type ForecastModel } from '../../../domain/visitation/forecast.js';
import { runExportJob } from '../exports/job.js';
import { runForecastJob } from './job.js';

const env = useTestApp({ worlds: 2 });
let centerManager: Client;
let facilityLeader: Client;
let staff: Client;
let caseWorker: Client;
let admin: Client;
/** Facility 3 under the center, with unit D: the hand-made history lives there. */
let facility3: string;
let unitD: string;
let flowCitizens: string[];
const today = todayInCopenhagen();

const auditCount = async () => (await env.db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log'))[0].n;

beforeAll(async () => {
  const { app, w, db } = env;
  [centerManager, facilityLeader, staff, caseWorker, admin] = await Promise.all(
    [w.users.centerManager, w.users.facilityLeader, w.users.staff, w.users.caseWorker, w.users.admin].map((u) => login(app, u.username)),
  );
  facility3 = randomUUID();
  unitD = randomUUID();
  const [center] = await db.query<{ path: string }>('SELECT path FROM org_units WHERE id = $1', [w.units.center]);
  await db.query(`INSERT INTO org_units (id, municipality_id, parent_id, kind, name, path) VALUES ($1, $2, $3, 'facility', 'Bostedet Egely', $4)`, [
    facility3, w.municipalityId, w.units.center, `${center.path}${facility3}/`,
  ]);
  await db.query(`INSERT INTO org_units (id, municipality_id, parent_id, kind, name, path) VALUES ($1, $2, $3, 'unit', 'Afdeling D', $4)`, [
    unitD, w.municipalityId, facility3, `${center.path}${facility3}/${unitD}/`,
  ]);
  const citizen = async (n: number) => {
    const id = randomUUID();
    await db.query(`INSERT INTO citizens (id, municipality_id, cpr, first_name, last_name, birth_date) VALUES ($1, $2, $3, 'Flow', $4, '1980-01-01')`, [
      id, w.municipalityId, `11018099${String(n).padStart(2, '0')}`, `Nr ${n}`,
    ]);
    return id;
  };
  const [c1, c2, c3, c4, c5] = (flowCitizens = [await citizen(1), await citizen(2), await citizen(3), await citizen(4), await citizen(5)]);
  const add = (c: string, kind: string, basis: string, unit: string | null, start: string, end: string | null, destination: string | null = null) =>
    db.query(
      `INSERT INTO interventions (municipality_id, citizen_id, kind_code, legal_basis, unit_id, start_date, end_date, end_destination_code) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [w.municipalityId, c, kind, basis, unit, start, end, destination],
    );
  // c1: § 108 for three years, then home support outside the organisation (7 → 3 on 1 June 2025), moved to own home.
  await add(c1, 'long_term_residence', '§108', unitD, '2022-03-01', '2025-06-01', 'own_home');
  await add(c1, 'housing_support', '§85', null, '2025-06-01', null);
  // c2: shelter, 14 days' gap, § 107 (5 → 6), then CTI from unit D (6 → 4).
  await add(c2, 'shelter', '§110', unitD, '2024-10-01', '2025-02-15');
  await add(c2, 'temporary_residence', '§107', unitD, '2025-03-01', '2025-11-01', 'own_home');
  await add(c2, 'cti', '§85a', unitD, '2025-11-01', '2026-08-01');
  // c3: new on § 107 in 2025. c4: a § 107 stay in 2024 only, to relatives. c5: § 108 since 2023.
  await add(c3, 'temporary_residence', '§107', unitD, '2025-04-01', null);
  await add(c4, 'temporary_residence', '§107', unitD, '2024-02-01', '2024-12-01', 'relatives');
  await add(c5, 'long_term_residence', '§108', unitD, '2023-01-01', null);

  // Referrals: 48 under § 107 and 24 under § 108 in the last 24 months; 6 of them wait now.
  const referrals = async (basis: string, count: number, waiting: number) =>
    db.query(
      `INSERT INTO referrals (municipality_id, citizen_id, type_code, case_worker_id, received_on, legal_basis, plan_purpose, plan_interventions,
                              plan_expected_duration, plan_housing, created_by, state)
       SELECT $1, $2, 'new', $3, $4::date - (k * 15), $5, 'Formål', 'Botilbud', 'Et år', 'Bolig', $3, CASE WHEN k < $7 THEN 'waiting' ELSE 'submitted' END
         FROM generate_series(0, $6 - 1) AS k`,
      [w.municipalityId, w.citizens.unplaced, w.users.caseWorker.id, today, basis, count, waiting],
    );
  await referrals('§107', 48, 4);
  await referrals('§108', 24, 2);
});

const flowUrl = (q: Record<string, string | number>) => `/api/visitation-insight/ladder-flow?${new URLSearchParams(Object.entries(q).map(([k, v]) => [k, String(v)]))}`;

describe("the ladder's flow", () => {
  it('counts the moves, steps, lengths and annex A indicators of a hand-made history, and audits nothing', async () => {
    const before = await auditCount();
    const res = await centerManager.get(flowUrl({ from: '2025-01-01', to: '2025-12-31', unitId: facility3, baseYear: 2024 }));
    expect(res.statusCode).toBe(200);
    const { data } = res.json();
    expect(data.unit).toEqual({ id: facility3, name: 'Bostedet Egely' });
    const p = data.period;
    expect(p.from).toBe('2025-01-01');
    expect(p.to).toBe('2026-01-01');
    expect(p.citizens).toBe(4); // c1, c2, c3, c5
    expect(p.transitions).toEqual(
      expect.arrayContaining([
        { from: 7, to: 3, count: 1 },
        { from: 5, to: 6, count: 1 },
        { from: 6, to: 4, count: 1 },
        { from: 'start', to: 6, count: 1 },
      ]),
    );
    expect(p.transitions).toHaveLength(4);
    expect([p.down, p.up]).toEqual([2, 1]);
    expect(p.byStep).toEqual([0, 0, 0, 0, 1, 1, 2, 2]);
    expect([p.low, p.high]).toEqual([1, 5]);
    expect(p.lowShare).toBeCloseTo(1 / 6, 10);
    expect(p.lengthByStep).toEqual([
      { step: 5, ended: 1, meanDays: 137 },
      { step: 6, ended: 1, meanDays: 245 },
      { step: 7, ended: 1, meanDays: 1188 },
    ]);
    expect(p.stays.ended).toBe(3);
    expect(p.stays.meanDays).toBeCloseTo(1570 / 3, 10);
    expect([p.stays.movesToOwnHome, p.stays.withoutDestination]).toEqual([2, 1]);
    expect([p.started107, p.started108, p.temporaryShare]).toEqual([2, 0, 1]);

    const b = data.base;
    expect([b.from, b.to, b.citizens]).toEqual(['2024-01-01', '2025-01-01', 4]); // c1, c2, c4, c5
    expect(b.transitions).toEqual(expect.arrayContaining([{ from: 'start', to: 5, count: 1 }, { from: 'start', to: 6, count: 1 }, { from: 6, to: 'end', count: 1 }]));
    expect(b.transitions).toHaveLength(3);
    expect(b.stays).toEqual({ ended: 1, meanDays: 304, movesToOwnHome: 0, withoutDestination: 0 });

    const byCode = Object.fromEntries(data.indicators.map((i: { code: string }) => [i.code, i]));
    expect(byCode.meanStayDays).toMatchObject({ base: 304, index: 172.1, better: 'lower' });
    expect(byCode.temporaryShare).toMatchObject({ value: 1, base: 1, index: 100 });
    expect(byCode.movesToOwnHomePerYear).toMatchObject({ value: 2, base: 0, index: null });
    expect(byCode.lowShare).toMatchObject({ base: 0, index: null });
    // Counts only: no citizen id anywhere in the answer, and no audit row.
    for (const id of flowCitizens) expect(res.body).not.toContain(id);
    expect(await auditCount()).toBe(before);
  });

  it('takes the year before the period as the base year by default, and a unit narrows the part', async () => {
    const res = await centerManager.get(flowUrl({ from: '2025-01-01', to: '2025-12-31', unitId: unitD }));
    expect(res.statusCode).toBe(200);
    expect(res.json().data.baseYear).toBe(2024);
    expect(res.json().data.period.citizens).toBe(4);
    // Facility 1's own citizens (placed 2024 on, still there) are not facility 3's.
    const f1 = (await facilityLeader.get(flowUrl({ from: '2025-01-01', to: '2025-12-31', unitId: env.w.units.facility1 }))).json().data.period;
    expect([f1.citizens, f1.byStep[7], f1.transitions]).toEqual([2, 2, []]);
  });

  it('refuses a part the caller may not read figures for (403), an unknown or foreign unit (404) and bad periods (400)', async () => {
    const q = { from: '2025-01-01', to: '2025-12-31' };
    expect((await facilityLeader.get(flowUrl({ ...q, unitId: facility3 }))).statusCode).toBe(403);
    expect((await staff.get(flowUrl({ ...q, unitId: env.w.units.facility1 }))).statusCode).toBe(403);
    expect((await caseWorker.get(flowUrl({ ...q, unitId: env.w.units.facility1 }))).statusCode).toBe(403);
    expect((await centerManager.get(flowUrl({ ...q, unitId: randomUUID() }))).statusCode).toBe(404);
    expect((await centerManager.get(flowUrl({ ...q, unitId: env.other.units.center }))).statusCode).toBe(404);
    const backwards = await centerManager.get(flowUrl({ from: '2025-12-31', to: '2025-01-01', unitId: facility3 }));
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.fields.to).toBe('Perioden skal slutte efter den starter.');
    const bad = await centerManager.get(flowUrl({ from: '2025-02-30', to: '2025-12-31', unitId: 'x', baseYear: 1900 }));
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['baseYear', 'from', 'unitId']);
  });

  it('lists the parts the caller reads figures for: the center manager the center and its facilities, staff none', async () => {
    const units = (await centerManager.get('/api/visitation-insight/units')).json().data as Array<{ id: string; kind: string }>;
    expect(units.map((u) => u.id)).toEqual(expect.arrayContaining([env.w.units.center, env.w.units.facility1, env.w.units.facility2, facility3]));
    expect(units.some((u) => u.kind === 'unit')).toBe(false);
    expect((await facilityLeader.get('/api/visitation-insight/units')).json().data.map((u: { id: string }) => u.id)).toEqual([env.w.units.facility1]);
    expect((await staff.get('/api/visitation-insight/units')).json().data).toEqual([]);
  });
});

/** The model the hand-made data gives: counted here from the fixtures, not read from the server. */
const expectedModel = (months: number, newPlaces: ForecastModel['newPlaces'] = []): ForecastModel => ({
  months,
  streams: [
    // § 107: 48 referrals in 24 months; ended § 107 stays 245 and 304 days (fewer than 20: exponential of their mean).
    { key: '§107:-', legalBasis: '§107', targetGroup: null, perMonth: 2, stay: { kind: 'exponential', meanDays: 274.5 } },
    // § 108: 24 referrals; one ended § 108 stay of 1,188 days.
    { key: '§108:-', legalBasis: '§108', targetGroup: null, perMonth: 1, stay: { kind: 'exponential', meanDays: 1188 } },
  ],
  places: 4, // the world's A1, A2, B1, C1
  newPlaces,
  occupied: 3, // onA, onB, onC
  queue: 6,
  ownRatePerDay: 2000, // no profile or rate recorded: the default
  externalRatePerDay: 4440, // 122 % above
});

describe('the capacity forecast', () => {
  it('builds its model from the data: referral streams, lengths of stay, places, occupied, waiting and rates', async () => {
    const res = await caseWorker.get('/api/visitation-insight/forecast/model');
    expect(res.statusCode).toBe(200);
    const m = res.json().data;
    const want = expectedModel(12);
    expect(m.streams.map((s: { key: string; perMonth: number; stayKind: string; received: number; endedStays: number; meanStayDays: number }) => [s.key, s.perMonth, s.stayKind, s.received, s.endedStays, s.meanStayDays])).toEqual([
      ['§107:-', 2, 'exponential', 48, 2, 274.5],
      ['§108:-', 1, 'exponential', 24, 1, 1188],
    ]);
    expect([m.referralSource, m.places, m.occupied, m.queue]).toEqual(['referrals', want.places, want.occupied, want.queue]);
    expect([m.ownRatePerDay, m.ownRateSource, m.externalRatePerDay, m.externalRateSource]).toEqual([2000, 'default', 4440, 'uplift']);
  });

  it('answers a short run with exactly the domain forecast of that model, seeded', async () => {
    const res = await caseWorker.post('/api/visitation-insight/forecast', { years: 1, runs: 100, seed: 9 });
    expect(res.statusCode).toBe(200);
    const got = res.json().data;
    const want = forecast(expectedModel(12), { runs: 100, seed: 9 });
    expect(got.series).toHaveLength(1);
    expect(got.series[0].name).toBe('Som nu');
    expect(got.series[0].months.map((m: { waiting: unknown }) => m.waiting)).toEqual(want.months.map((m) => m.waiting));
    expect(got.series[0].totalPurchaseCost).toEqual(want.totalPurchaseCost);
    expect(got.series[0].months[0].starts).toBe(today);
    expect(got.series[0].months[11].starts).toBe(addMonthsIso(today, 11));
    // 4 places against ~3 referrals a month staying months to years: the queue grows.
    expect(got.series[0].months[11].waiting.mean).toBeGreaterThan(got.series[0].months[0].waiting.mean + 10);
  });

  it('compares scenarios: shifting § 108 to § 107, shorter stays and extra places each lower the waiting list', async () => {
    const res = await centerManager.post('/api/visitation-insight/forecast', {
      years: 2, runs: 100, seed: 4,
      scenarios: [{ name: 'Flere § 107', shift108To107: 0.5 }, { name: 'Kortere ophold', shorterStays: 0.3 }, { name: '17 nye pladser', extraPlaces: [{ month: 0, count: 17 }] }],
    });
    expect(res.statusCode).toBe(200);
    const [now, ...scenarios] = res.json().data.series as Array<{ name: string; months: Array<{ waiting: { mean: number }; places: number }> }>;
    expect(scenarios.map((s) => s.name)).toEqual(['Flere § 107', 'Kortere ophold', '17 nye pladser']);
    for (const s of scenarios) expect(s.months[23].waiting.mean).toBeLessThan(now.months[23].waiting.mean);
    expect(scenarios[2].months[0].places).toBe(21);
  });

  it('refuses runs over the cap, too many years, a bad scenario, and staff', async () => {
    const over = await caseWorker.post('/api/visitation-insight/forecast', { runs: 201 });
    expect(over.statusCode).toBe(400);
    expect(over.json().error.fields.runs).toBe('Over 200 kørsler kører som baggrundsjob.');
    const bad = await caseWorker.post('/api/visitation-insight/forecast', { years: 6, runs: 6000, scenarios: [{ name: '', shorterStays: 2 }] });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['runs', 'scenarios.0.name', 'scenarios.0.shorterStays', 'years']);
    expect((await staff.post('/api/visitation-insight/forecast', { runs: 20 })).statusCode).toBe(403);
    expect((await staff.get('/api/visitation-insight/forecast/model')).statusCode).toBe(403);
  });

  it('runs a long forecast as a job with progress, for its requester alone', async () => {
    const start = await caseWorker.post('/api/visitation-insight/forecast/jobs', { years: 1, runs: 450, seed: 2 });
    expect(start.statusCode).toBe(202);
    const { id } = start.json();
    const queued = (await caseWorker.get(`/api/visitation-insight/forecast/jobs/${id}`)).json();
    expect(queued).toMatchObject({ status: 'queued', progress: 0, result: null });

    const progress: number[] = [];
    const spy = vi.spyOn(env.db, 'query');
    await runForecastJob(env.db, { municipalityId: env.w.municipalityId, jobId: id }, () => {});
    for (const [sql, params] of spy.mock.calls) if (String(sql).includes('SET progress = $3')) progress.push((params as number[])[2]);
    spy.mockRestore();
    expect(progress[0]).toBe(15);
    expect(progress.length).toBeGreaterThanOrEqual(3);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
    expect(progress.at(-1)).toBeLessThanOrEqual(95);

    const done = (await caseWorker.get(`/api/visitation-insight/forecast/jobs/${id}`)).json();
    expect(done).toMatchObject({ status: 'done', progress: 100, error: null });
    expect(done.result.runs).toBe(450);
    expect(done.result.series[0].totalPurchaseCost).toEqual(forecast(expectedModel(12), { runs: 450, seed: 2 }).totalPurchaseCost);
    expect((await centerManager.get(`/api/visitation-insight/forecast/jobs/${id}`)).statusCode).toBe(404);
    expect((await caseWorker.get(`/api/visitation-insight/forecast/jobs/${randomUUID()}`)).statusCode).toBe(404);
  });

  it('exports the forecast to Excel through the export service, audited as an export naming no one', async () => {
    const start = await centerManager.post('/api/exports', { kind: 'capacity_forecast_xlsx', params: { years: 1, runs: 50 } });
    expect(start.statusCode).toBe(202);
    await runExportJob(env.db, { municipalityId: env.w.municipalityId, exportId: start.json().id }, () => {});
    const job = (await centerManager.get(`/api/exports/${start.json().id}`)).json();
    expect(job).toMatchObject({ status: 'done', progress: 100 });
    const file = await centerManager.get(job.downloadUrl.replace(/^\/api/, '/api'));
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toMatch(/kapacitetsprognose-\d{4}-\d{2}-\d{2}\.xlsx/);
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Kapacitetsprognose')!;
    expect(sheet.rowCount).toBe(13);
    expect(sheet.getRow(1).getCell(5).value).toBe('Venteliste (middel)');
    const [row] = await env.db.query<{ citizen_ids: string[] }>(
      `SELECT citizen_ids FROM audit_log WHERE user_id = $1 AND action = 'export' AND entity = 'capacity_forecast_xlsx'`,
      [env.w.users.centerManager.id],
    );
    expect(row.citizen_ids).toEqual([]);
    expect((await staff.post('/api/exports', { kind: 'capacity_forecast_xlsx', params: { years: 1 } })).statusCode).toBe(403);
  });
});

describe('planned places', () => {
  const opensOn = addDaysIso(addMonthsIso(today, 9), 0);

  it('are added by the leadership and opened by the forecast in their month; others are refused', async () => {
    const body = { unitId: env.w.units.facility1, legalBasis: '§108', places: 17, opensOn, note: 'Ny fløj' };
    const created = await facilityLeader.post('/api/visitation-insight/planned-places', body);
    expect(created.statusCode).toBe(201);
    expect(created.json().data).toMatchObject({ unit: { id: env.w.units.facility1 }, places: 17, opensOn, mayRemove: true });
    const model = (await caseWorker.get('/api/visitation-insight/forecast/model')).json().data;
    expect(model.newPlaces).toEqual([{ month: 9, count: 17, opensOn }]);
    const list = (await caseWorker.get('/api/visitation-insight/planned-places')).json();
    expect(list.mayAdd).toBe(false);
    expect(list.data[0].mayRemove).toBe(false);

    expect((await staff.post('/api/visitation-insight/planned-places', body)).statusCode).toBe(403);
    expect((await facilityLeader.post('/api/visitation-insight/planned-places', { ...body, unitId: facility3 })).statusCode).toBe(403);
    expect((await admin.post('/api/visitation-insight/planned-places', { ...body, unitId: env.other.units.facility1 })).statusCode).toBe(404);
    const bad = await admin.post('/api/visitation-insight/planned-places', { ...body, legalBasis: '§999', opensOn: today, places: 0 });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(['places']);
    const late = await admin.post('/api/visitation-insight/planned-places', { ...body, legalBasis: '§999', opensOn: today });
    expect(late.json().error.fields).toEqual({ opensOn: 'Pladserne skal åbne efter i dag.', legalBasis: 'Ukendt lovhjemmel.' });

    expect((await caseWorker.delete(`/api/visitation-insight/planned-places/${created.json().data.id}`)).statusCode).toBe(403);
    expect((await admin.delete(`/api/visitation-insight/planned-places/${created.json().data.id}`)).statusCode).toBe(204);
    expect((await caseWorker.get('/api/visitation-insight/forecast/model')).json().data.newPlaces).toEqual([]);
    const [audit] = await env.db.query<{ action: string }>(`SELECT action FROM audit_log WHERE entity = 'planned_place' AND user_id = $1`, [env.w.users.admin.id]);
    expect(audit.action).toBe('delete');
  });
});
