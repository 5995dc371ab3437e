import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { login, useTestApp, type Client } from '../../../../test/http.js';
import { lastAudit } from '../../../../test/audit.js';
import { todayInCopenhagen } from '../../../domain/dates.js';
import { copenhagenInstant, daysBefore, nextDay } from '../../../domain/medication/clock.js';
import type { MedicineRound } from '../../../contracts/medicine-rounds.js';
import { insertLine, type LineSpec } from './fixtures.js';
import { markEffectsDue } from './job.js';

const env = useTestApp({ worlds: 2 });
let staff: Client;
let leader: Client;
let facilityLeader: Client;
let staffB: Client;
const yesterday = () => daysBefore(todayInCopenhagen(), 1);
const at = (date: string, time: string) => copenhagenInstant(date, time).toISOString();

const line = (over: Partial<LineSpec> = {}) =>
  insertLine(env.db, { municipalityId: env.w.municipalityId, citizenId: env.w.citizens.onA, createdBy: env.w.users.staff.id, ...over });
const register = (client: Client, lineId: string, scheduledFor: string, over: Record<string, unknown> = {}) =>
  client.post('/api/medicine-administrations', { clientId: randomUUID(), lineId, scheduledFor, outcome: 'given', ...over });
const givePn = (client: Client, lineId: string, over: Record<string, unknown> = {}) =>
  client.post('/api/medicine-administrations/pn', { clientId: randomUUID(), lineId, pnReason: 'Uro og hovedpine', ...over });
const count = async (lineId: string) =>
  (await env.db.query<{ n: number }>('SELECT count(*)::int AS n FROM medicine_administrations WHERE line_id = $1', [lineId]))[0].n;
const round = async (client: Client, unitId: string, date: string, slot: string) =>
  (await client.get(`/api/medicine-rounds/${unitId}?date=${date}&slot=${slot}`)).json().data as MedicineRound['data'];

beforeAll(async () => {
  [staff, leader, facilityLeader, staffB] = await Promise.all(
    (['staff', 'unitLeader', 'facilityLeader', 'staffB'] as const).map((u) => login(env.app, env.w.users[u].username)),
  );
});

describe('the medicine round', () => {
  it('lists the unit’s citizens with each dose due in the slot, tapering applied, and registers given or refused, showing who', async () => {
    const morning = await line({ genericName: 'Sertralin', schedule: [{ time: '07:30', dose: 1 }, { time: '20:00', dose: 1 }], doseDispensed: true });
    await env.db.query(`INSERT INTO medicine_tapering_steps (municipality_id, line_id, from_date, dose, created_by) VALUES ($1, $2, $3, 0.5, $4)`, [
      env.w.municipalityId, morning, daysBefore(yesterday(), 3), env.w.users.staff.id,
    ]);
    const before = await round(staff, env.w.units.unitA, yesterday(), 'morning');
    const dose = before.citizens.find((c) => c.citizen.id === env.w.citizens.onA)!.doses.find((d) => d.lineId === morning)!;
    expect(dose).toMatchObject({ genericName: 'Sertralin', time: '07:30', dose: 0.5, doseDispensed: true, state: 'missed', registration: null });
    expect((await lastAudit(env.db, env.w.users.staff.id)).entity).toBe('medicine_round');

    const given = await register(staff, morning, dose.scheduledFor);
    expect(given.statusCode).toBe(201);
    expect(given.json().data).toMatchObject({ outcome: 'given', dose: 0.5, registeredBy: 'Test staff' });
    expect(await lastAudit(env.db, env.w.users.staff.id)).toMatchObject({ action: 'create', entity: 'medicine_administration', citizen_ids: [env.w.citizens.onA] });
    const after = await round(leader, env.w.units.unitA, yesterday(), 'morning');
    expect(after.citizens[0].doses.find((d) => d.lineId === morning)).toMatchObject({ state: 'registered', registration: { registeredBy: 'Test staff' } });

    const evening = await register(leader, morning, at(yesterday(), '20:00'), { outcome: 'refused' });
    expect(evening.statusCode).toBe(400);
    expect(evening.json().error.fields.reason).toMatch(/årsagen/);
    const refused = await register(leader, morning, at(yesterday(), '20:00'), { outcome: 'refused', reason: 'Ville ikke tage den' });
    expect(refused.json().data).toMatchObject({ outcome: 'refused', reason: 'Ville ikke tage den', registeredBy: 'Test unitLeader' });
  });

  it('refuses a time not in the schedule, and a dose whose slot has not begun', async () => {
    const id = await line({ schedule: [{ time: '08:00', dose: 1 }] });
    expect((await register(staff, id, at(yesterday(), '09:00'))).json().error.fields.scheduledFor).toMatch(/ingen dosis/);
    const tomorrow = nextDay(todayInCopenhagen());
    expect((await register(staff, id, at(tomorrow, '08:00'))).json().error.fields.scheduledFor).toMatch(/tidsrum er begyndt/);
    expect(await count(id)).toBe(0);
  });

  it('registers a dose once: of two tablets at once exactly one wins, the other is told who registered it', async () => {
    const id = await line();
    const due = at(yesterday(), '08:00');
    const answers = await Promise.all([register(staff, id, due), register(leader, id, due, { outcome: 'not_given', reason: 'Sov' })]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    const winner = answers.find((a) => a.statusCode === 201)!.json().data;
    const loser = answers.find((a) => a.statusCode === 409)!.json().error;
    expect(loser.message).toContain(`registreret af ${winner.registeredBy}`);
    expect(loser.current.id).toBe(winner.id);
    expect(await count(id)).toBe(1);
  });

  it('answers a retry with the same client id with the first registration, also when both arrive at once', async () => {
    const id = await line();
    const body = { clientId: randomUUID(), lineId: id, scheduledFor: at(yesterday(), '08:00'), outcome: 'given' };
    const first = await staff.post('/api/medicine-administrations', body);
    const retry = await staff.post('/api/medicine-administrations', body);
    expect([first.statusCode, retry.statusCode]).toEqual([201, 200]);
    expect(retry.json()).toEqual(first.json());
    const other = await line();
    const twice = { ...body, clientId: randomUUID(), lineId: other };
    const both = await Promise.all([staff.post('/api/medicine-administrations', twice), staff.post('/api/medicine-administrations', twice)]);
    expect(both.map((a) => a.statusCode).sort()).toEqual([200, 201]);
    expect(both[0].json().data).toEqual(both[1].json().data);
    expect(await count(other)).toBe(1);
  });

  it('does not list paused medicine as due and refuses registering paused or stopped medicine in Danish, writing nothing', async () => {
    const paused = await line({ genericName: 'Quetiapin', status: 'paused' });
    const stopped = await line({ genericName: 'Lithium', status: 'stopped' });
    const r = await round(staff, env.w.units.unitA, yesterday(), 'morning');
    const onA = r.citizens.find((c) => c.citizen.id === env.w.citizens.onA)!;
    expect(onA.doses.map((d) => d.lineId)).not.toContain(paused);
    expect(onA.paused.map((p) => p.lineId)).toContain(paused);
    const a = await register(staff, paused, at(yesterday(), '08:00'));
    const b = await register(staff, stopped, at(yesterday(), '08:00'));
    expect([a.statusCode, b.statusCode]).toEqual([409, 409]);
    expect(a.json().error.message).toBe('Quetiapin er pauseret og må ikke gives nu.');
    expect(b.json().error.message).toBe('Lithium er seponeret og må ikke gives.');
    expect((await count(paused)) + (await count(stopped))).toBe(0);
  });

  it('is for those treating now: the leader above gets 403, another facility’s staff 404, another municipality 404; a night cover runs the covered unit', async () => {
    const id = await line();
    const due = at(yesterday(), '08:00');
    expect((await register(facilityLeader, id, due)).statusCode).toBe(403);
    expect((await register(staffB, id, due)).statusCode).toBe(404);
    expect((await facilityLeader.get(`/api/medicine-rounds/${env.w.units.unitA}`)).statusCode).toBe(403);
    expect((await staffB.get(`/api/medicine-rounds/${env.w.units.unitA}`)).statusCode).toBe(404);
    expect((await staff.get(`/api/medicine-rounds/${env.other.units.unitA}`)).statusCode).toBe(404);
    expect(await count(id)).toBe(0);
    // The unit leader of A covers unit B tonight: B's round, its citizen onB, is theirs (signed in again to carry the cover).
    await env.db.query(`INSERT INTO unit_covers (municipality_id, user_id, unit_id, reason, ends_at) VALUES ($1, $2, $3, 'Nattevagt', now() + interval '8 hours')`, [
      env.w.municipalityId, env.w.users.unitLeader.id, env.w.units.unitB,
    ]);
    const cover = await login(env.app, env.w.users.unitLeader.username);
    const covered = await round(cover, env.w.units.unitB, todayInCopenhagen(), 'morning');
    expect(covered.citizens.map((c) => c.citizen.id)).toEqual([env.w.citizens.onB]);
    expect((await staff.get('/api/medicine-rounds')).json().data.units.map((u: { id: string }) => u.id)).toEqual([env.w.units.unitA]);
  });
});

describe('PN', () => {
  it('asks for the reason, refuses a dose over the maximum with what was given, records one already given with a reason, flagged', async () => {
    const pn = await line({ kind: 'pn', genericName: 'Oxazepam', pnMax: 2 });
    expect((await givePn(staff, pn, { pnReason: '' })).json().error.fields.pnReason).toMatch(/hvorfor/);
    expect((await givePn(staff, pn)).statusCode).toBe(201);
    expect((await givePn(staff, pn)).statusCode).toBe(201);
    const over = await givePn(staff, pn);
    expect(over.statusCode).toBe(409);
    expect(over.json().error).toMatchObject({ code: 'pn_max_exceeded', pn: { max: 2, givenInWindow: 2, remaining: 0 } });
    expect(over.json().error.message).toContain('maksimum på 2 stk inden for 24 timer');
    expect(await count(pn)).toBe(2);

    const paper = await givePn(staff, pn, { givenAt: new Date(Date.now() - 30 * 60_000).toISOString(), overMaxReason: 'Givet på papir under nedbrud' });
    expect(paper.statusCode).toBe(201);
    expect(paper.json().data.overMaxReason).toBe('Givet på papir under nedbrud');
    const flags = (await leader.get('/api/medicine-round-flags')).json().data;
    expect(flags.overMax.map((a: { id: string }) => a.id)).toContain(paper.json().data.id);
    expect((await staff.get('/api/medicine-round-flags')).statusCode).toBe(403);

    const r = await round(staff, env.w.units.unitA, todayInCopenhagen(), 'morning');
    const line2 = r.citizens.find((c) => c.citizen.id === env.w.citizens.onA)!.pnLines.find((l) => l.lineId === pn)!;
    expect(line2).toMatchObject({ givenInWindow: 3, remaining: 0, maxPer24h: 2 });
    expect(line2.doses).toHaveLength(3);
  });

  it('counts the calendar day where the facility says so', async () => {
    await env.db.query(`INSERT INTO medication_settings (municipality_id, org_unit_id, pn_window, updated_by) VALUES ($1, $2, 'calendar_day', $3)`, [
      env.w.municipalityId, env.w.units.facility1, env.w.users.facilityLeader.id,
    ]);
    try {
      const pn = await line({ kind: 'pn', pnMax: 1 });
      expect((await givePn(staff, pn, { givenAt: at(yesterday(), '23:30') })).statusCode).toBe(201);
      // A dose given at 23:30 yesterday leaves today's calendar maximum untouched.
      expect((await givePn(staff, pn, { givenAt: copenhagenInstant(todayInCopenhagen(), '00:00').toISOString() })).statusCode).toBe(201);
      const over = await givePn(staff, pn);
      expect(over.json().error.message).toContain('1 stk i dag');
    } finally {
      await env.db.query('DELETE FROM medication_settings WHERE org_unit_id = $1', [env.w.units.facility1]);
    }
  });

  it('reminds of the effect by a job once it is due, shows "missing effect" until it is recorded, once', async () => {
    const pn = await line({ kind: 'pn', pnMax: 4 });
    const early = (await givePn(staff, pn, { givenAt: new Date(Date.now() - 2 * 3_600_000).toISOString() })).json().data;
    const fresh = (await givePn(staff, pn)).json().data;
    expect(early).toMatchObject({ missingEffect: true, effectReminded: false });
    expect(await markEffectsDue(env.db)).toBeGreaterThanOrEqual(1);
    const doses = async () =>
      (await round(staff, env.w.units.unitA, todayInCopenhagen(), 'morning')).citizens[0].pnLines.find((l) => l.lineId === pn)!.doses;
    expect((await doses()).map((d) => [d.id, d.effectReminded])).toEqual([[early.id, true], [fresh.id, false]]);

    const effect = await staff.post(`/api/medicine-administrations/${early.id}/effect`, { effect: 'Faldt til ro efter 20 minutter' });
    expect(effect.statusCode).toBe(200);
    expect(effect.json().data).toMatchObject({ missingEffect: false, effect: 'Faldt til ro efter 20 minutter', effectBy: 'Test staff' });
    const again = await leader.post(`/api/medicine-administrations/${early.id}/effect`, { effect: 'Noget andet' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain('Test staff');
  });

  it('counts PN use per week and flags frequent use for review with the doctor', async () => {
    const pn = await line({ kind: 'pn', pnMax: 100 });
    for (let i = 0; i < 10; i++) expect((await givePn(staff, pn, { givenAt: new Date(Date.now() - i * 3_600_000).toISOString() })).statusCode).toBe(201);
    const use = (await staff.get(`/api/medicine-rounds/${env.w.units.unitA}/pn-use?weeks=4`)).json().data;
    expect(use.weeks).toHaveLength(4);
    const row = use.rows.find((r: { citizen: { id: string } }) => r.citizen.id === env.w.citizens.onA);
    expect(row.reviewDue).toBe(true);
    expect(row.counts.reduce((s: number, n: number) => s + n, 0)).toBeGreaterThanOrEqual(10);
    const r = await round(staff, env.w.units.unitA, todayInCopenhagen(), 'morning');
    expect(r.citizens[0]).toMatchObject({ pnReviewDue: true });
  });
});
