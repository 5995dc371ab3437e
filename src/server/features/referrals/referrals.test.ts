import { beforeAll, describe, expect, it } from 'vitest';
import { login, useTestApp, type Client } from '../../../../test/http.js';
import { lastAudit } from '../../../../test/audit.js';
import { FFB_GROUPS, FUNCTIONAL_LEVEL_ORDER, NOT_ASSESSED_LEVEL } from '../../../domain/ffb.js';
import { validReferralBody } from './access-cases.js';

const env = useTestApp({ worlds: 2 });
let caseWorker: Client;
/** Two conditions of one area and one of another, and a support-need level. */
let codes: { areaA: string; condA1: string; condA2: string; areaB: string; condB: string; supportNeed: string };

const count = async (table: string) => (await env.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE municipality_id = $1`, [env.w.municipalityId]))[0].n;
const counts = async () => ({ referrals: await count('referrals'), groups: await count('referral_target_groups'), assessments: await count('referral_assessments'), transitions: await count('referral_transitions') });

beforeAll(async () => {
  caseWorker = await login(env.app, env.w.users.caseWorker.username);
  const areas = await env.db.query<{ code: string }>('SELECT code FROM ffb_concepts WHERE parent_code = $1 ORDER BY sort_order LIMIT 2', [FFB_GROUPS.activityAndParticipation]);
  const conds = async (area: string) => (await env.db.query<{ code: string }>('SELECT code FROM ffb_concepts WHERE parent_code = $1 ORDER BY sort_order LIMIT 2', [area])).map((r) => r.code);
  const [a1, a2] = await conds(areas[0].code);
  const [b1] = await conds(areas[1].code);
  const [sn] = await env.db.query<{ code: string }>('SELECT code FROM ffb_concepts WHERE parent_code = $1 ORDER BY sort_order DESC LIMIT 1', [FFB_GROUPS.supportNeedLevel]);
  codes = { areaA: areas[0].code, condA1: a1, condA2: a2, areaB: areas[1].code, condB: b1, supportNeed: sn.code };
});

const fullBody = () => ({
  ...validReferralBody(),
  targetGroups: ['social_psychiatry', 'substance_use'],
  flags: ['substanceUse', 'outwardReacting'],
  methodsWanted: ['recovery', 'low_arousal'],
  urgency: 'urgent',
  supportNeedCode: codes.supportNeed,
  assessment: [
    { conditionCode: codes.condA1, levelCode: FUNCTIONAL_LEVEL_ORDER[1] },
    { conditionCode: codes.condA2, levelCode: FUNCTIONAL_LEVEL_ORDER[3], note: 'Glemmer at spise' },
    { conditionCode: codes.condB, levelCode: FUNCTIONAL_LEVEL_ORDER[2] },
  ],
  wishes: { text: 'Vil gerne bo tæt på min søster.', municipalityCode: '101', district: 'Valby', familyMunicipalityCode: '101', familyDistrict: 'Vanløse', pets: true },
  needs: { ownBath: true, ownKitchen: false, minAreaM2: 25 },
});

describe('creating a referral', () => {
  it('writes the referral, its groups in order, the assessment rolled up to the areas, and the first transition, audited', async () => {
    const res = await caseWorker.post(`/api/citizens/${env.w.citizens.onA}/referrals`, fullBody());
    expect(res.statusCode, res.body).toBe(201);
    const r = res.json().data;
    expect(r).toMatchObject({
      state: 'submitted', stateLabel: 'Modtaget', urgency: 'urgent', legalBasis: '§107', type: { code: 'new' }, version: 1,
      primaryTargetGroup: { code: 'social_psychiatry' },
      flags: ['substanceUse', 'outwardReacting'],
      wishes: { text: 'Vil gerne bo tæt på min søster.', municipality: { code: '101', name: 'Københavns Kommune' }, district: 'Valby', pets: true },
      needs: { ownBath: true, ownKitchen: false, minAreaM2: 25 },
      abilities: { edit: true, upload: true },
    });
    expect(r.targetGroups.map((g: { code: string; position: number }) => [g.code, g.position])).toEqual([['social_psychiatry', 1], ['substance_use', 2]]);
    expect(r.methodsWanted.map((m: { name: string }) => m.name)).toEqual(['Recovery-orienteret praksis', 'Low arousal']);
    expect(r.assessment).toHaveLength(3);
    const areas = Object.fromEntries(r.areas.map((a: { area: { code: string }; level: number | null }) => [a.area.code, a.level]));
    expect(areas[codes.areaA]).toBe(3);
    expect(areas[codes.areaB]).toBe(2);
    expect(r.areas).toHaveLength(6);
    expect(r.transitions).toEqual([expect.objectContaining({ seq: 1, action: 'submit', fromState: null, toState: 'submitted', actor: { id: env.w.users.caseWorker.id, name: 'Test caseWorker' } })]);
    expect(await lastAudit(env.db, env.w.users.caseWorker.id)).toMatchObject({ action: 'create', entity: 'referral', entity_id: r.id, citizen_ids: [env.w.citizens.onA] });
  });

  const bad: Array<[string, (b: ReturnType<typeof fullBody>) => unknown, string[]]> = [
    ['no purpose', (b) => ({ ...b, actionPlan: { ...b.actionPlan, purpose: '  ' } }), ['actionPlan.purpose']],
    ['no other matters', (b) => ({ ...b, actionPlan: { ...b.actionPlan, otherMatters: {} } }), ['actionPlan.otherMatters']],
    ['a basis that is not a stay', (b) => ({ ...b, legalBasis: '§85' }), ['legalBasis']],
    ['an unknown target group', (b) => ({ ...b, targetGroups: ['nope'] }), ['targetGroups']],
    ['no target group', (b) => ({ ...b, targetGroups: [] }), ['targetGroups']],
    ['an unknown flag', (b) => ({ ...b, flags: ['sleepy'] }), ['flags.0']],
    ['an area assessed as a condition', (b) => ({ ...b, assessment: [{ conditionCode: codes.areaA, levelCode: FUNCTIONAL_LEVEL_ORDER[1] }] }), ['assessment.0.conditionCode']],
    ['a level off the FFB scale', (b) => ({ ...b, assessment: [{ conditionCode: codes.condA1, levelCode: NOT_ASSESSED_LEVEL }] }), ['assessment.0.levelCode']],
    ['an unknown method', (b) => ({ ...b, methodsWanted: ['magic'] }), ['methodsWanted']],
    ['a support need that is a functional level', (b) => ({ ...b, supportNeedCode: FUNCTIONAL_LEVEL_ORDER[1] }), ['supportNeedCode']],
    ['an unknown municipality', (b) => ({ ...b, wishes: { ...b.wishes, municipalityCode: '999' } }), ['wishes.municipalityCode']],
    ['a move-in in the past', (b) => ({ ...b, expectedMoveIn: '2020-01-01' }), ['expectedMoveIn']],
    ['an impossible date', (b) => ({ ...b, expectedMoveIn: '2027-02-30' }), ['expectedMoveIn']],
    ['a negative area', (b) => ({ ...b, needs: { ...b.needs, minAreaM2: -3 } }), ['needs.minAreaM2']],
  ];
  it.each(bad)('refuses %s with a Danish message on the field, writing nothing', async (_name, change, fields) => {
    const before = await counts();
    const res = await caseWorker.post(`/api/citizens/${env.w.citizens.onA}/referrals`, change(fullBody()));
    expect(res.statusCode, res.body).toBe(400);
    const got = res.json().error.fields as Record<string, string>;
    for (const f of fields) expect(got[f], JSON.stringify(got)).toMatch(/[a-zæøå]/);
    expect(await counts()).toEqual(before);
  });

  it('refuses a citizen not assigned to the case worker (404) and one in another municipality (404)', async () => {
    expect((await caseWorker.post(`/api/citizens/${env.w.citizens.onB}/referrals`, fullBody())).statusCode).toBe(404);
    expect((await caseWorker.post(`/api/citizens/${env.other.citizens.onA}/referrals`, fullBody())).statusCode).toBe(404);
  });
});

describe('editing a referral', () => {
  it('changes it with the version read, then answers 409 with the current one on the old version', async () => {
    const created = (await caseWorker.post(`/api/citizens/${env.w.citizens.onA}/referrals`, fullBody())).json().data;
    const edited = await caseWorker.patch(`/api/referrals/${created.id}`, { ...fullBody(), version: 1, targetGroups: ['substance_use'], assessment: [] });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().data).toMatchObject({ version: 2, primaryTargetGroup: { code: 'substance_use' }, assessment: [] });
    const stale = await caseWorker.patch(`/api/referrals/${created.id}`, { ...fullBody(), version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current?.version ?? stale.json().error.current?.data?.version).toBe(2);
    const bad = await caseWorker.patch(`/api/referrals/${created.id}`, { ...fullBody(), version: 2, legalBasis: '§85' });
    expect(bad.statusCode).toBe(400);
    expect((await caseWorker.get(`/api/referrals/${created.id}`)).json().data.legalBasis).toBe('§107');
  });

  it('refuses to change a decided referral (409)', async () => {
    const created = (await caseWorker.post(`/api/citizens/${env.w.citizens.onA}/referrals`, fullBody())).json().data;
    await env.db.query(`UPDATE referrals SET state = 'refused', decided_at = now() WHERE id = $1`, [created.id]);
    const res = await caseWorker.patch(`/api/referrals/${created.id}`, { ...fullBody(), version: 1 });
    expect(res.statusCode).toBe(409);
  });
});

describe('the case worker’s list and the application status', () => {
  it('lists the referrals of the citizens assigned to them, narrowed by state, and audits the citizens named', async () => {
    const all = (await caseWorker.get('/api/referrals')).json().data as Array<{ state: string; citizen: { id: string } }>;
    expect(all.length).toBeGreaterThanOrEqual(3);
    expect(new Set(all.map((r) => r.citizen.id))).toEqual(new Set([env.w.citizens.onA]));
    const refused = (await caseWorker.get('/api/referrals?state=refused')).json().data as Array<{ state: string }>;
    expect(refused.length).toBe(1);
    expect((await lastAudit(env.db, env.w.users.caseWorker.id))).toMatchObject({ entity: 'referral_list', citizen_ids: [env.w.citizens.onA] });
    expect((await caseWorker.get('/api/referrals?state=nope')).statusCode).toBe(400);
  });

  it('tells each application’s state in plain Danish, since when, and the next step', async () => {
    const res = await caseWorker.get(`/api/citizens/${env.w.citizens.onA}/application-status`);
    expect(res.statusCode).toBe(200);
    const apps = res.json().data.applications as Array<{ state: string; status: string; nextStep: string; since: string }>;
    expect(apps.find((a) => a.state === 'submitted')).toMatchObject({ status: 'Din ansøgning er modtaget', nextStep: expect.stringContaining('Visitationsudvalget') });
    expect(apps.find((a) => a.state === 'refused')).toMatchObject({ status: 'Du har fået afslag', nextStep: expect.stringContaining('klager') });
    for (const a of apps) expect(Date.parse(a.since)).not.toBeNaN();
    expect(await lastAudit(env.db, env.w.users.caseWorker.id)).toMatchObject({ action: 'read', entity: 'application_status', citizen_ids: [env.w.citizens.onA] });
  });
});

describe('a facility’s leaders', () => {
  it('read a referral offered to their facility, not the rest of the queue, and may not edit it', async () => {
    const leader = await login(env.app, env.w.users.facilityLeader.username);
    const offered = (await caseWorker.post(`/api/citizens/${env.w.citizens.onA}/referrals`, fullBody())).json().data;
    const notOffered = (await caseWorker.post(`/api/citizens/${env.w.citizens.onA}/referrals`, fullBody())).json().data;
    await env.db.query(`UPDATE referrals SET state = 'offered', offered_org_unit_id = $2 WHERE id = $1`, [offered.id, env.w.units.unitB]);
    expect((await leader.get(`/api/referrals/${offered.id}`)).statusCode).toBe(200);
    expect((await leader.get(`/api/referrals/${notOffered.id}`)).statusCode).toBe(404);
    expect((await leader.get('/api/referrals')).json().data.map((r: { id: string }) => r.id)).toEqual([offered.id]);
    expect((await leader.patch(`/api/referrals/${offered.id}`, { ...fullBody(), version: 1 })).statusCode).toBe(403);
    const other = await login(env.app, env.w.users.staffB.username);
    expect((await other.get(`/api/referrals/${offered.id}`)).statusCode).toBe(404);
  });
});

describe('re-visitation', () => {
  it('lets staff report changed needs, shows the case worker the open report, and links the new referral to the old', async () => {
    const old = (await caseWorker.post(`/api/citizens/${env.w.citizens.onA}/referrals`, fullBody())).json().data;
    await env.db.query(`UPDATE referrals SET state = 'placed', decided_at = now() + interval '1 minute' WHERE id = $1`, [old.id]);
    const staff = await login(env.app, env.w.users.staff.username);
    // The record tells who may report (the button on the citizen's page).
    expect((await staff.get(`/api/citizens/${env.w.citizens.onA}`)).json().data.abilities.reportRevisitation).toBe(true);
    expect((await caseWorker.get(`/api/citizens/${env.w.citizens.onA}`)).json().data.abilities.reportRevisitation).toBe(false);
    const reported = await staff.post(`/api/citizens/${env.w.citizens.onA}/revisitation-reports`, { whatChanged: 'Borgeren er begyndt at falde og har brug for mere pleje om natten.' });
    expect(reported.statusCode, reported.body).toBe(201);
    const report = reported.json().data;
    expect(report).toMatchObject({ unit: { id: env.w.units.unitA }, previousReferralId: old.id, answeredByReferralId: null, caseWorkers: [{ id: env.w.users.caseWorker.id }] });
    expect((await staff.post(`/api/citizens/${env.w.citizens.onA}/revisitation-reports`, { whatChanged: ' ' })).statusCode).toBe(400);
    expect((await caseWorker.post(`/api/citizens/${env.w.citizens.onA}/revisitation-reports`, { whatChanged: 'x' })).statusCode).toBe(403);
    const openOnRecord = async () => ((await staff.get(`/api/citizens/${env.w.citizens.onA}/revisitation-reports`)).json().data as Array<{ id: string }>).map((o) => o.id);
    expect(await openOnRecord()).toEqual([report.id]);

    const open = (await caseWorker.get('/api/revisitation-reports')).json().data as Array<{ id: string }>;
    expect(open.map((o) => o.id)).toContain(report.id);
    const answer = await caseWorker.post(`/api/citizens/${env.w.citizens.onA}/referrals`, { ...fullBody(), revisitationReportId: report.id });
    expect(answer.statusCode, answer.body).toBe(201);
    expect(answer.json().data).toMatchObject({ type: { code: 'revisitation' }, previousReferralId: old.id, revisitationReportId: report.id });
    expect(((await caseWorker.get('/api/revisitation-reports')).json().data as Array<{ id: string }>).map((o) => o.id)).not.toContain(report.id);
    expect(await openOnRecord()).toEqual([]);
    const again = await caseWorker.post(`/api/citizens/${env.w.citizens.onA}/referrals`, { ...fullBody(), revisitationReportId: report.id });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.fields.revisitationReportId).toMatch(/allerede/);
  });
});
