import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { login, useTestApp, type Client } from '../../../../test/http.js';
import { lastAudit } from '../../../../test/audit.js';
import { addMonthsIso, todayInCopenhagen } from '../../../domain/dates.js';
import { plusDays } from '../../db/demo/random.js';
import type { WaitingList } from '../../../contracts/committee.js';
import { insertReferral, type ReferralSpec } from './fixtures.js';
import { extraCost, queueOrder } from './waiting.js';

const env = useTestApp({ worlds: 1 });
let caseWorker: Client;
let admin: Client;
const today = todayInCopenhagen();

const citizen = async (first: string) => {
  const id = randomUUID();
  await env.db.query(`INSERT INTO citizens (id, municipality_id, cpr, first_name, last_name, birth_date) VALUES ($1, $2, $3, $4, 'Lund', '1980-02-02')`, [
    id, env.w.municipalityId, `020280${String(Math.floor(Math.random() * 9000) + 1000)}`, first,
  ]);
  return id;
};
const referral = async (first: string, over: Partial<ReferralSpec>) =>
  insertReferral(env.db, { municipalityId: env.w.municipalityId, citizenId: await citizen(first), caseWorkerId: env.w.users.caseWorker.id, ...over });
const list = async () => (await caseWorker.get('/api/waiting-list')).json().data as WaitingList['data'];

beforeAll(async () => {
  [caseWorker, admin] = await Promise.all((['caseWorker', 'admin'] as const).map((u) => login(env.app, env.w.users[u].username)));
});

describe('the waiting list', () => {
  it('orders the queue by urgency, then since; keeps received and declined referrals apart; sums the purchased places’ extra cost', async () => {
    const anna = await referral('Anna', { state: 'waiting', urgency: 'normal', receivedOn: plusDays(today, -60) });
    const bo = await referral('Bo', { state: 'waiting', urgency: 'acute', receivedOn: plusDays(today, -5) });
    const carl = await referral('Carl', { state: 'waiting', urgency: 'urgent', receivedOn: plusDays(today, -30) });
    const dorte = await referral('Dorte', { state: 'waiting', urgency: 'normal', receivedOn: plusDays(today, -90), legalBasis: '§107' });
    const eva = await referral('Eva', { state: 'submitted', urgency: 'acute', receivedOn: plusDays(today, -2) });
    await referral('Finn', { state: 'offered', offeredOrgUnitId: env.w.units.facility1 });

    // Dorte: bought for 10 days at 5,000 against 2,250 a day; Anna: 3 days at 4,321.55 against 2,000.10.
    const buy = (id: string, body: Record<string, unknown>) => caseWorker.post(`/api/referrals/${id}/purchased-places`, body);
    const d = await buy(dorte, { providerName: 'Botilbuddet Skovbrynet (Gentofte Kommune)', providerMunicipalityCode: '157', dailyRateDkk: 5000, ownDailyRateDkk: 2250, startDate: plusDays(today, -10) });
    expect(d.statusCode).toBe(201);
    expect(d.json().data).toMatchObject({ days: 10, extraCostDkk: 27500, providerMunicipality: { id: '157', name: 'Gentofte Kommune' }, legalBasis: '§107' });
    expect(await lastAudit(env.db, env.w.users.caseWorker.id)).toMatchObject({ action: 'create', entity: 'purchased_place' });
    expect((await buy(anna, { providerName: 'Opholdsstedet Kildevang ApS', dailyRateDkk: 4321.55, ownDailyRateDkk: 2000.1, startDate: plusDays(today, -3) })).statusCode).toBe(201);

    const data = await list();
    expect(data.waiting.map((r) => [r.position, r.citizen.name])).toEqual([[1, 'Bo Lund'], [2, 'Carl Lund'], [3, 'Dorte Lund'], [4, 'Anna Lund']]);
    expect(data.waiting.map((r) => r.referralId)).toEqual([bo, carl, dorte, anna]);
    expect(data.pending.map((r) => [r.position, r.referralId, r.state])).toEqual([[null, eva, 'submitted']]);
    expect(data.waiting[2]).toMatchObject({ since: plusDays(today, -90), waitingDays: 90, legalBasis: '§107', targetGroups: ['Socialpsykiatri'], purchased: { extraCostDkk: 27500 } });
    expect(data.waiting[3].purchased).toMatchObject({ days: 3, extraCostDkk: 6964.35 });
    expect(data.totals).toEqual({ waiting: 4, pending: 1, purchased: 2, dailyExtraDkk: 5071.45, extraCostDkk: 34464.35 });
    const audit = await lastAudit(env.db, env.w.users.caseWorker.id);
    expect(audit).toMatchObject({ action: 'read', entity: 'waiting_list' });
    expect(audit.citizen_ids).toHaveLength(5);

    const sheet = await caseWorker.get('/api/waiting-list/export.xlsx');
    expect([sheet.statusCode, sheet.headers['content-type']]).toEqual([200, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']);
    expect(sheet.headers['content-disposition']).toContain(`venteliste-${today}.xlsx`);
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(sheet.rawPayload as unknown as ArrayBuffer);
    const rows = book.getWorksheet('Venteliste')!.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows.slice(1).map((r) => [r[1] ?? null, r[2]])).toEqual([[1, 'Bo Lund'], [2, 'Carl Lund'], [3, 'Dorte Lund'], [4, 'Anna Lund'], [null, 'Eva Lund']]);
    expect(rows[3][13]).toBe(27500);
    expect(await lastAudit(env.db, env.w.users.caseWorker.id)).toMatchObject({ action: 'export', entity: 'waiting_list_xlsx' });
  });

  it('refuses a second running purchased place, unknown codes and a decided referral; ends a place once, on its version', async () => {
    const id = await referral('Gitte', { state: 'waiting', receivedOn: plusDays(today, -40) });
    const body = { providerName: 'Fonden Vejlegården', dailyRateDkk: 4800, ownDailyRateDkk: 2300, startDate: plusDays(today, -20) };
    const bad = await caseWorker.post(`/api/referrals/${id}/purchased-places`, { ...body, providerMunicipalityCode: '999', startDate: plusDays(today, -50), dailyRateDkk: 0 });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(['dailyRateDkk']);
    const fields = await caseWorker.post(`/api/referrals/${id}/purchased-places`, { ...body, providerMunicipalityCode: '999', startDate: plusDays(today, -50) });
    expect(fields.json().error.fields).toEqual({ providerMunicipalityCode: 'Ukendt kommunekode.', startDate: 'Tidligst den dag henvisningen blev modtaget.' });
    // No own rate given and no facility of §108 has one: the own rate is asked for.
    const noOwn = await caseWorker.post(`/api/referrals/${id}/purchased-places`, { ...body, ownDailyRateDkk: undefined });
    expect(noOwn.json().error.fields.ownDailyRateDkk).toMatch(/egen døgntakst/);
    const made = await caseWorker.post(`/api/referrals/${id}/purchased-places`, body);
    expect(made.statusCode).toBe(201);
    const twice = await caseWorker.post(`/api/referrals/${id}/purchased-places`, body);
    expect([twice.statusCode, twice.json().error.code]).toEqual([409, 'already_purchased']);
    const pid = made.json().data.id;
    expect((await caseWorker.post(`/api/purchased-places/${pid}/end`, { version: 1, endDate: plusDays(today, -30) })).json().error.fields).toEqual({ endDate: `Tidligst ${plusDays(today, -20)}.` });
    expect((await caseWorker.post(`/api/purchased-places/${pid}/end`, { version: 2, endDate: today })).statusCode).toBe(409);
    const ended = await caseWorker.post(`/api/purchased-places/${pid}/end`, { version: 1, endDate: plusDays(today, -5) });
    expect(ended.json().data).toMatchObject({ endDate: plusDays(today, -5), days: 15, extraCostDkk: 15 * 2500, version: 2 });
    expect((await caseWorker.post(`/api/purchased-places/${pid}/end`, { version: 2, endDate: today })).json().error.code).toBe('ended');
    const refused = await referral('Hans', { state: 'refused' });
    expect((await caseWorker.post(`/api/referrals/${refused}/purchased-places`, body)).statusCode).toBe(409);
    expect((await admin.get('/api/waiting-list')).statusCode).toBe(403);
  });

  it('counts extra cost in øre and orders ties by id', () => {
    expect(extraCost({ dailyRateDkk: 0.3, ownDailyRateDkk: 0.1, startDate: '2026-01-01', endDate: null }, '2026-01-04')).toEqual({ days: 3, dailyExtraOre: 20, extraCostOre: 60 });
    expect(extraCost({ dailyRateDkk: 5000, ownDailyRateDkk: 2000, startDate: '2026-02-01', endDate: null }, '2026-01-04').days).toBe(0);
    const rows = [{ urgency: 'normal', since: '2026-01-01', referralId: 'b' }, { urgency: 'normal', since: '2026-01-01', referralId: 'a' }, { urgency: 'urgent', since: '2026-05-01', referralId: 'c' }] as const;
    expect(queueOrder([...rows]).map((r) => r.referralId)).toEqual(['c', 'a', 'b']);
  });
});

describe('case-processing deadlines', () => {
  it('shows per month the share decided within the deadline in force, the municipality’s own when set by the admin', async () => {
    const month = addMonthsIso(today, -1).slice(0, 7);
    const at = (day: string) => `${month}-${day}T11:00:00Z`;
    const on = (day: string, back: number) => plusDays(`${month}-${day}`, -back);
    // Decided 20, 35 and 50 days after being received (new: default 56 days), and an acute one after 4 days (7).
    await referral('Ida', { state: 'placed', receivedOn: on('20', 20), decidedAt: at('20') });
    await referral('Jens', { state: 'refused', receivedOn: on('21', 35), decidedAt: at('21') });
    await referral('Kim', { state: 'placed', receivedOn: on('22', 50), decidedAt: at('22') });
    await referral('Lis', { state: 'refused', typeCode: 'acute', receivedOn: on('23', 4), decidedAt: at('23') });
    await referral('Mads', { state: 'waiting', receivedOn: on('23', 90) });
    const share = async (client: Client) => ((await client.get('/api/referral-deadlines')).json().data as { months: Array<{ month: string }> }).months.find((m) => m.month === month);
    expect(await share(caseWorker)).toEqual({ month, decided: 4, withinDeadline: 4, share: 1 });

    const set = await admin.patch('/api/referral-deadlines/new', { days: 30, source: 'Kvalitetsstandard for botilbud 2026, afsnit 4.2' });
    expect(set.statusCode).toBe(200);
    expect(set.json().data.types.find((t: { code: string }) => t.code === 'new')).toEqual({ code: 'new', name: 'Ny henvisning', defaultDays: 56, days: 30, source: 'Kvalitetsstandard for botilbud 2026, afsnit 4.2' });
    expect(await lastAudit(env.db, env.w.users.admin.id)).toMatchObject({ action: 'update', entity: 'referral_deadline', detail: { typeCode: 'new', days: 30 } });
    expect(await share(admin)).toEqual({ month, decided: 4, withinDeadline: 2, share: 0.5 });
    expect((await caseWorker.patch('/api/referral-deadlines/new', { days: 10, source: 'Egen' })).statusCode).toBe(403);
    expect((await admin.patch('/api/referral-deadlines/nope', { days: 10, source: 'Egen' })).statusCode).toBe(404);
    expect((await admin.patch('/api/referral-deadlines/new', { days: 0, source: 'x' })).json().error.fields).toMatchObject({ days: 'Mindst 1 dag.', source: expect.stringMatching(/mindst 3 tegn/) });
  });
});
