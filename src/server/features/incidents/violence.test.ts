import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { login, useTestApp, type Client } from '../../../../test/http.js';
import { todayInCopenhagen } from '../../../domain/dates.js';
import { plusDays } from '../../db/demo/random.js';
import { markOverdueWorkAccidents } from './job.js';

const env = useTestApp({ worlds: 2 });
let staff: Client;
let leader: Client;

beforeAll(async () => {
  [staff, leader] = await Promise.all([login(env.app, env.w.users.staff.username), login(env.app, env.w.users.unitLeader.username)]);
});

const today = () => todayInCopenhagen();
const threat = (over: Record<string, unknown> = {}) => ({
  unitId: env.w.units.unitA, date: plusDays(today(), -2), kind: 'threat', exposedUserId: env.w.users.staff.id, actingCitizenId: env.w.citizens.onA,
  description: 'Beboeren truede med at slå under aftensmaden.', injury: '', absenceDays: 0, ...over,
});
const countRows = async () => (await env.db.query<{ n: number }>('SELECT count(*)::int AS n FROM violence_incidents'))[0].n;
const register = async (body: object) => {
  const res = await staff.post('/api/violence-incidents', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json().data;
};

describe('registering violence and threats', () => {
  it('registers a threat against a staff member with the work-accident report due 14 days after the day', async () => {
    const day = plusDays(today(), -2);
    const got = await register(threat({ date: day }));
    expect(got).toMatchObject({
      kind: 'threat', exposedStaff: { id: env.w.users.staff.id }, actingCitizen: { id: env.w.citizens.onA }, exposedCitizen: null,
      workAccident: { due: plusDays(day, 14), reportedOn: null, overdue: false }, reportedByMe: true, reportedBy: null,
    });
  });

  it('registers violence between residents without a work-accident report', async () => {
    const res = await leader.post('/api/violence-incidents', threat({ kind: 'physical', exposedUserId: undefined, exposedCitizenId: env.w.citizens.onA, actingCitizenId: undefined, injury: 'Skramme' }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().data).toMatchObject({ exposedCitizen: { id: env.w.citizens.onA }, workAccident: null, reportedBy: { id: env.w.users.unitLeader.id } });
  });

  it('refuses no exposed person, two, negative absence, a future day, an unknown kind and a colleague of another unit, writing nothing', async () => {
    const before = await countRows();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ exposedUserId: undefined }, 'exposedUserId'],
      [{ exposedCitizenId: env.w.citizens.onA, actingCitizenId: undefined }, 'exposedUserId'],
      [{ absenceDays: -1 }, 'absenceDays'],
      [{ date: plusDays(today(), 1) }, 'date'],
      [{ kind: 'bank robbery' }, 'kind'],
      [{ exposedUserId: env.w.users.staffB.id }, 'exposedUserId'],
      [{ description: '' }, 'description'],
    ];
    for (const [over, field] of cases) {
      const res = await staff.post('/api/violence-incidents', threat(over));
      expect(res.statusCode, `${field}: ${res.body}`).toBe(400);
      expect(res.json().error.fields[field]).toMatch(/[a-zæøå]/);
    }
    expect(await countRows()).toBe(before);
  });

  it('flags an open report past its due date as overdue; the job marks it once; the leader records it made (409 when stale)', async () => {
    const day = plusDays(today(), -20);
    const { id } = await register(threat({ date: day }));
    const listed = async (client: Client) => (await client.get('/api/violence-incidents')).json().data.find((v: { id: string }) => v.id === id);
    expect((await listed(leader)).workAccident).toMatchObject({ due: plusDays(day, 14), overdue: true, markedOverdueAt: null });
    expect(await markOverdueWorkAccidents(env.db)).toBeGreaterThanOrEqual(1);
    expect(await markOverdueWorkAccidents(env.db)).toBe(0);
    expect((await listed(leader)).workAccident.markedOverdueAt).not.toBeNull();

    const url = `/api/violence-incidents/${id}/work-accident`;
    expect((await staff.patch(url, { version: 1, reportedOn: today() })).statusCode).toBe(403);
    expect((await leader.patch(url, { version: 1, reportedOn: plusDays(day, -1) })).json().error.fields.reportedOn).toBeTruthy();
    expect((await leader.patch(url, { version: 1, reportedOn: plusDays(today(), 1) })).statusCode).toBe(400);
    const made = await leader.patch(url, { version: 1, reportedOn: today() });
    expect(made.statusCode, made.body).toBe(200);
    expect(made.json().data.workAccident).toMatchObject({ reportedOn: today(), overdue: false });
    expect((await leader.patch(url, { version: 1, reportedOn: today() })).statusCode).toBe(409);
  });

  test.prop([fc.integer({ min: 0, max: 400 }), fc.option(fc.integer({ min: 0, max: 30 }), { nil: null })], { numRuns: 25 })(
    'the deadline rule: due the day + 14; overdue exactly when today is past it and no report is made',
    async (back, reportedAfter) => {
      const day = plusDays(today(), -back);
      const reportedOn = reportedAfter === null || plusDays(day, reportedAfter) > today() ? null : plusDays(day, reportedAfter);
      const [row] = await env.db.query<{ due: string; overdue: boolean }>(
        `INSERT INTO violence_incidents (municipality_id, unit_id, occurred_on, kind, exposed_user_id, description, work_accident_reported_on, reported_by)
         VALUES ($1, $2, $3, 'threat', $4, 'Egenskabstest af fristen.', $5, $4)
         RETURNING to_char(work_accident_due, 'YYYY-MM-DD') AS due, (work_accident_reported_on IS NULL AND work_accident_due < $6::date) AS overdue`,
        [env.w.municipalityId, env.w.units.unitA, day, env.w.users.staff.id, reportedOn, today()],
      );
      expect(row.due).toBe(plusDays(day, 14));
      expect(row.overdue).toBe(reportedOn === null && back > 14);
      const res = await leader.get('/api/violence-incidents');
      const seen = res.json().data.filter((v: { date: string; workAccident: { overdue: boolean } | null }) => v.date === day && v.workAccident);
      expect(seen.some((v: { workAccident: { overdue: boolean } }) => v.workAccident.overdue === row.overdue)).toBe(true);
    },
  );
});

describe('the dashboard', () => {
  it('counts incidents by type per facility per month for leaders and the center, with open follow-ups and overdue reports, and no free text', async () => {
    await register(threat({ date: plusDays(today(), -30) }));
    await staff.post('/api/adverse-events', {
      citizenId: env.w.citizens.onA, unitId: env.w.units.unitA, date: plusDays(today(), -1), time: '10:00', eventType: 'fall', title: 'Fald i gangen',
      description: 'Borgeren snublede i gangen ved døren.', actualConsequence: 'Ingen/ukendt', possibleConsequence: 'Lettere',
    });
    const center = await login(env.app, env.w.users.centerManager.username);
    const res = await center.get('/api/incidents/dashboard');
    expect(res.statusCode, res.body).toBe(200);
    const { counts, open } = res.json().data;
    const month = plusDays(today(), -1).slice(0, 7);
    expect(counts).toContainEqual({ facility: { id: env.w.units.facility1, name: 'Bostedet Lærkehøj' }, month, source: 'adverse_event', type: 'fall', count: 1 });
    expect(counts.some((c: { source: string; type: string }) => c.source === 'violence' && c.type === 'threat')).toBe(true);
    const facility1 = open.find((o: { facility: { id: string } }) => o.facility.id === env.w.units.facility1);
    expect(facility1.openFollowUps).toBe(1);
    expect(facility1.overdueWorkAccidents).toBeGreaterThanOrEqual(1);
    expect(res.body).not.toContain('Fald i gangen');
    expect(res.body).not.toContain(env.w.citizens.onA);
    expect((await staff.get('/api/incidents/dashboard')).statusCode).toBe(403);

    const xlsx = await center.get('/api/incidents/dashboard.xlsx');
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ExcelJS.Buffer);
    const rows: unknown[][] = [];
    book.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]).toEqual(['Tilbud', 'Måned', 'Slags', 'Type', 'Antal']);
    expect(rows).toContainEqual(['Bostedet Lærkehøj', month, 'Utilsigtet hændelse', 'Fald', 1]);
  });
});
