import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { login, useTestApp, type Client } from '../../../../test/http.js';
import { lastAudit } from '../../../../test/audit.js';
import { allowedActions, REFERRAL_STATES, STEPS, type ReferralAction, type ReferralState } from '../../../domain/visitation/committee.js';
import { todayInCopenhagen } from '../../../domain/dates.js';
import { insertReferral, type ReferralSpec } from './fixtures.js';

const env = useTestApp({ worlds: 2 });
let caseWorker: Client;
let facilityLeader: Client;
let unitLeader: Client;
let staff: Client;
let admin: Client;

const referral = (over: Partial<ReferralSpec> = {}) =>
  insertReferral(env.db, { municipalityId: env.w.municipalityId, citizenId: env.w.citizens.unplaced, caseWorkerId: env.w.users.caseWorker.id, ...over });
const step = (client: Client, id: string, body: Record<string, unknown>) => client.post(`/api/referrals/${id}/transitions`, body);
const stored = async (id: string) =>
  (await env.db.query<{ state: string; version: number; steps: number; decided: boolean; intervention_id: string | null; offered: string | null }>(
    `SELECT state, version, decided_at IS NOT NULL AS decided, intervention_id, offered_org_unit_id AS offered,
            (SELECT count(*)::int FROM referral_transitions t WHERE t.referral_id = r.id) AS steps
       FROM referrals r WHERE id = $1`, [id]))[0];
/** A citizen of the world, not placed anywhere. */
const newCitizen = async (first: string) => {
  const id = randomUUID();
  await env.db.query(`INSERT INTO citizens (id, municipality_id, cpr, first_name, last_name, birth_date) VALUES ($1, $2, $3, $4, 'Holm', '1990-05-05')`, [
    id, env.w.municipalityId, `05059${String(Math.floor(Math.random() * 90000) + 10000)}`.slice(0, 10), first,
  ]);
  return id;
};
const facilityFigures = async () =>
  ((await admin.get('/api/facilities')).json().data as Array<{ id: string; places: number; occupied: number; vacant: number }>).find((f) => f.id === env.w.units.facility1)!;

beforeAll(async () => {
  [caseWorker, facilityLeader, unitLeader, staff, admin] = await Promise.all(
    (['caseWorker', 'facilityLeader', 'unitLeader', 'staff', 'admin'] as const).map((u) => login(env.app, env.w.users[u].username)),
  );
  await env.db.query(`UPDATE municipalities SET code = '183' WHERE id = $1`, [env.w.municipalityId]);
  await env.db.query(`INSERT INTO org_unit_profiles (municipality_id, org_unit_id, daily_rate_dkk, updated_by) VALUES ($1, $2, 2450, $3)`, [
    env.w.municipalityId, env.w.units.facility1, env.w.users.admin.id,
  ]);
});

describe('the committee’s steps', () => {
  it('offers, accepts and places: the decision creates the stay in the place, which then counts as occupied, and the plan travels with it', async () => {
    const id = await referral({ receivedOn: '2026-10-01' });
    const view = await caseWorker.get(`/api/referrals/${id}/committee`);
    expect(view.statusCode).toBe(200);
    expect(view.json().data).toMatchObject({ state: 'submitted', version: 1, steps: expect.arrayContaining([{ action: 'offer', label: 'Tilbyd et tilbud' }]) });
    expect(view.json().data.facilities.find((f: { id: string }) => f.id === env.w.units.facility1)).toMatchObject({ freePlaces: 1 });
    expect(await lastAudit(env.db, env.w.users.caseWorker.id)).toMatchObject({ action: 'read', entity: 'referral_committee', citizen_ids: [env.w.citizens.unplaced] });

    const offered = await step(caseWorker, id, { action: 'offer', version: 1, facilityId: env.w.units.facility1 });
    expect(offered.statusCode).toBe(201);
    expect(offered.json().data).toMatchObject({ state: 'offered', stateLabel: 'Tilbudt et tilbud', offeredFacility: { id: env.w.units.facility1 }, version: 2 });
    expect(await lastAudit(env.db, env.w.users.caseWorker.id)).toMatchObject({
      action: 'create', entity: 'referral_transition', citizen_ids: [env.w.citizens.unplaced], detail: { action: 'offer', from: 'submitted', to: 'offered' },
    });
    // The facility's leader sees it in the inbox, with the answers they may give; the case worker answers nothing for the facility.
    const inbox = (await facilityLeader.get('/api/facility-referrals')).json().data as Array<{ referralId: string; state: string }>;
    expect(inbox.find((r) => r.referralId === id)).toMatchObject({ state: 'offered', offeredAt: expect.stringMatching(/^20\d\d-/) });
    expect((await facilityLeader.get(`/api/referrals/${id}/committee`)).json().data.steps.map((s: { action: string }) => s.action)).toEqual(['accept', 'accept_on_condition', 'decline']);
    expect((await step(caseWorker, id, { action: 'accept', version: 2 })).statusCode).toBe(403);
    expect((await step(unitLeader, id, { action: 'accept', version: 2 })).statusCode).toBe(404);

    const accepted = await step(facilityLeader, id, { action: 'accept_on_condition', version: 2, condition: 'Personalet får kursus i low arousal.' });
    expect(accepted.statusCode).toBe(201);
    expect(accepted.json().data.transitions.at(-1)).toMatchObject({ action: 'accept_on_condition', condition: 'Personalet får kursus i low arousal.', actorName: 'Test facilityLeader' });
    // The facility cannot decide; the committee is offered the facility's free places of the legal basis.
    expect((await step(facilityLeader, id, { action: 'place', version: 3, placeId: env.w.places.placeA2 })).statusCode).toBe(403);
    const forCommittee = (await caseWorker.get(`/api/referrals/${id}/committee`)).json().data;
    expect(forCommittee.freePlaces).toEqual([{ id: env.w.places.placeA2, name: 'Lejlighed A2', unitName: 'Afdeling A' }]);

    const before = await facilityFigures();
    const placed = await step(caseWorker, id, { action: 'place', version: 3, placeId: env.w.places.placeA2 });
    expect(placed.statusCode).toBe(201);
    const data = placed.json().data;
    expect(data).toMatchObject({ state: 'placed', stateLabel: 'Anvist plads', version: 4, steps: [] });
    expect(data.transitions.map((t: { action: string; seq: number }) => [t.seq, t.action])).toEqual([[1, 'submit'], [2, 'offer'], [3, 'accept_on_condition'], [4, 'place']]);
    const row = await stored(id);
    expect(row).toMatchObject({ state: 'placed', decided: true, steps: 4 });
    const [service] = await env.db.query<Record<string, unknown>>(
      `SELECT kind_code, legal_basis, place_id, unit_id, start_date::text AS start, end_date, acting_municipality_code AS acting,
              paying_municipality_code AS paying, rate_dkk::float AS rate, rate_unit, ladder_step
         FROM interventions WHERE id = $1`, [row.intervention_id]);
    expect(service).toEqual({
      kind_code: 'long_term_residence', legal_basis: '§108', place_id: env.w.places.placeA2, unit_id: env.w.units.unitA, start: todayInCopenhagen(),
      end_date: null, acting: '183', paying: '183', rate: 2450, rate_unit: 'day', ladder_step: 7,
    });
    // The place counts as occupied on the organisation's occupancy figures.
    const after = await facilityFigures();
    expect([after.occupied, after.vacant]).toEqual([before.occupied + 1, before.vacant - 1]);
    // Staff where the citizen now lives read the action plan with the service, audited.
    const plans = await staff.get(`/api/citizens/${env.w.citizens.unplaced}/action-plans`);
    expect(plans.statusCode).toBe(200);
    expect(plans.json().data).toEqual([expect.objectContaining({ referralId: id, interventionId: row.intervention_id, plan: expect.objectContaining({ expectedDuration: '2-3 år' }) })]);
    expect(await lastAudit(env.db, env.w.users.staff.id)).toMatchObject({ action: 'read', entity: 'service_action_plan', citizen_ids: [env.w.citizens.unplaced] });
  });

  it('refuses every illegal step from every state with the Danish reason, writing nothing', async () => {
    const byActor = { committee: caseWorker, facility: facilityLeader, case_worker: caseWorker };
    const full = { facilityId: env.w.units.facility1, placeId: env.w.places.placeB1, reason: 'Fordi.', condition: 'Kursus.' };
    const refused: string[] = [];
    for (const state of REFERRAL_STATES) {
      const illegal = (Object.keys(STEPS) as ReferralAction[]).filter((a) => !allowedActions(state as ReferralState).includes(a));
      const citizenId = await newCitizen('Ib');
      const id = await referral({ citizenId, state, offeredOrgUnitId: env.w.units.facility1 });
      for (const action of illegal) {
        const res = await step(byActor[STEPS[action].actor], id, { action, version: 1, ...full });
        expect([state, action, res.statusCode]).toEqual([state, action, 409]);
        expect(res.json().error.message).toMatch(/kan ikke få skridtet/);
        refused.push(`${state}:${action}`);
      }
      expect(await stored(id)).toMatchObject({ state, version: 1, steps: 1 });
    }
    // Placed, refused and withdrawn are final: every step is refused there.
    expect(refused.filter((r) => r.startsWith('withdrawn:'))).toHaveLength(8);
    expect(refused.length).toBeGreaterThan(40);
  });

  it('asks for what a step needs, refuses a stale version, and lets only the referral’s case worker withdraw', async () => {
    const id = await referral();
    const missing = await step(caseWorker, id, { action: 'refuse', version: 1 });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields).toEqual({ reason: 'Skriv en begrundelse.' });
    const stale = await step(caseWorker, id, { action: 'wait', version: 7 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.message).toMatch(/ændret af en anden/);
    expect(await stored(id)).toMatchObject({ state: 'submitted', version: 1, steps: 1 });
    const wrong = await step(caseWorker, id, { action: 'offer', version: 1, facilityId: env.w.units.unitA.replace(/.$/, '0') });
    expect([wrong.statusCode, Object.keys(wrong.json().error.fields)]).toEqual([400, ['facilityId']]);
    expect((await step(staff, id, { action: 'withdraw', version: 1, reason: 'x' })).statusCode).toBe(404);
    const waiting = await step(caseWorker, id, { action: 'wait', version: 1 });
    expect(waiting.json().data).toMatchObject({ state: 'waiting', offeredFacility: null });
    const withdrawn = await step(caseWorker, id, { action: 'withdraw', version: 2, reason: 'Borgeren er flyttet til en anden kommune.' });
    expect(withdrawn.json().data).toMatchObject({ state: 'withdrawn', steps: [] });
    expect(await stored(id)).toMatchObject({ state: 'withdrawn', decided: false, steps: 3 });
  });

  it('hides a referral offered to another facility from this facility’s leader, and the rest of the queue from the inbox', async () => {
    const id = await referral({ state: 'offered', offeredOrgUnitId: env.w.units.facility2 });
    expect((await facilityLeader.get(`/api/referrals/${id}/committee`)).statusCode).toBe(404);
    expect((await step(facilityLeader, id, { action: 'accept', version: 1 })).statusCode).toBe(404);
    const inbox = (await facilityLeader.get('/api/facility-referrals')).json().data as Array<{ referralId: string }>;
    expect(inbox.map((r) => r.referralId)).not.toContain(id);
    const otherMunicipality = await insertReferral(env.db, {
      municipalityId: env.other.municipalityId, citizenId: env.other.citizens.unplaced, caseWorkerId: env.other.users.caseWorker.id,
    });
    expect((await caseWorker.get(`/api/referrals/${otherMunicipality}/committee`)).statusCode).toBe(404);
  });
});

describe('two decisions for the last free place', () => {
  it('places one citizen; the other is told the place is taken, and nothing of that step is written', async () => {
    const placeId = randomUUID();
    await env.db.query(`INSERT INTO places (id, municipality_id, unit_id, name, legal_basis, active_from) VALUES ($1, $2, $3, 'Lejlighed R', '§107', '2020-01-01')`, [
      placeId, env.w.municipalityId, env.w.units.unitB,
    ]);
    const ids = await Promise.all(['Rikke', 'Rasmus'].map(async (name) =>
      referral({ citizenId: await newCitizen(name), legalBasis: '§107', state: 'accepted', offeredOrgUnitId: env.w.units.facility1 })));
    const secondCommittee = await login(env.app, env.w.users.caseWorker.username);
    const answers = await Promise.all([
      step(caseWorker, ids[0], { action: 'place', version: 1, placeId }),
      step(secondCommittee, ids[1], { action: 'place', version: 1, placeId }),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    const loser = answers.findIndex((a) => a.statusCode === 409);
    expect(answers[loser].json().error).toMatchObject({ code: 'place_taken', message: expect.stringMatching(/^Pladsen er taget/) });
    expect(await stored(ids[loser])).toMatchObject({ state: 'accepted', version: 1, steps: 1, intervention_id: null });
    expect(await stored(ids[1 - loser])).toMatchObject({ state: 'placed', version: 2, steps: 2 });
    const [{ n }] = await env.db.query<{ n: number }>('SELECT count(*)::int AS n FROM interventions WHERE place_id = $1', [placeId]);
    expect(n).toBe(1);
    // The loser can still go on the waiting list.
    expect((await step(caseWorker, ids[loser], { action: 'wait', version: 1 })).statusCode).toBe(201);
  });

  it('refuses a place outside the facility that accepted, or of another legal basis, as field errors', async () => {
    const id = await referral({ citizenId: await newCitizen('Sofie'), state: 'accepted', offeredOrgUnitId: env.w.units.facility1 });
    const elsewhere = await step(caseWorker, id, { action: 'place', version: 1, placeId: env.w.places.placeC1 });
    expect([elsewhere.statusCode, elsewhere.json().error.fields]).toEqual([400, { placeId: 'Vælg en plads i det tilbud, der har accepteret.' }]);
    const placeId = randomUUID();
    await env.db.query(`INSERT INTO places (id, municipality_id, unit_id, name, legal_basis, active_from) VALUES ($1, $2, $3, 'Værelse 7', '§107', '2020-01-01')`, [
      placeId, env.w.municipalityId, env.w.units.unitB,
    ]);
    const basis = await step(caseWorker, id, { action: 'place', version: 1, placeId });
    expect(basis.statusCode).toBe(400);
    expect(basis.json().error.fields.legalBasis).toMatch(/§107-plads/);
    expect(await stored(id)).toMatchObject({ state: 'accepted', version: 1, steps: 1 });
  });
});
