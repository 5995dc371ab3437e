import { beforeAll, describe, expect, it } from 'vitest';
import { login, useTestApp, type Client } from '../../../../test/http.js';
import { lastAudit } from '../../../../test/audit.js';
import { todayInCopenhagen } from '../../../domain/dates.js';
import { addDaysIso } from '../../../domain/plans.js';
import { AUTHORITY_STATUS } from '../../../domain/ffb.js';
import { countRows, FFB, insertGoalRow } from './plans.fixtures.js';

const env = useTestApp({ worlds: 2 });
let staff: Client;
const today = todayInCopenhagen();
const LEVEL_MESSAGE = "Vælg et funktionsevneniveau på FFB's skala: fra ingen til fuldstændig nedsat funktionsevne.";

beforeAll(async () => {
  staff = await login(env.app, env.w.users.staff.username);
});

const assessment = (overrides: Record<string, unknown> = {}) => ({
  conditionCode: FFB.laveMad,
  assessedOn: addDaysIso(today, -3),
  levelCode: FFB.moderat,
  note: 'Kan følge en opskrift med støtte; glemmer komfuret.',
  citizenView: 'Jeg kan godt selv, hvis nogen minder mig om det.',
  ...overrides,
});

describe('FFB assessments per condition', () => {
  it('records a dated level on FFB’s scale with the professional note and the citizen’s view, by whom; lists newest first; audits', async () => {
    const url = `/api/citizens/${env.w.citizens.onA}/assessments`;
    const first = await staff.post(url, assessment({ assessedOn: addDaysIso(today, -30), levelCode: FFB.moderat }));
    expect(first.statusCode).toBe(201);
    expect(first.json().data).toMatchObject({
      condition: { code: FFB.laveMad, display: 'Lave mad' },
      area: { code: FFB.praktiskeOpgaver, display: 'Praktiske opgaver' },
      level: { code: FFB.moderat, display: 'Moderat nedsat funktionsevne' },
      citizenView: 'Jeg kan godt selv, hvis nogen minder mig om det.',
      assessedBy: { id: env.w.users.staff.id, name: 'Test staff' },
      followUpId: null,
    });
    expect(await lastAudit(env.db, env.w.users.staff.id)).toMatchObject({ action: 'create', entity: 'ffb_assessment', entity_id: first.json().data.id, citizen_ids: [env.w.citizens.onA] });
    await staff.post(url, assessment({ levelCode: FFB.let }));
    const list = await staff.get(url);
    expect(list.json().data.map((a: { level: { code: string } }) => a.level.code)).toEqual([FFB.let, FFB.moderat]);
    expect(await lastAudit(env.db, env.w.users.staff.id)).toMatchObject({ action: 'read', entity: 'ffb_assessment', citizen_ids: [env.w.citizens.onA] });
  });

  it('refuses a level outside FFB’s scale, an area or unknown code as condition, a future date: Danish field messages, nothing written', async () => {
    const url = `/api/citizens/${env.w.citizens.onA}/assessments`;
    const before = await countRows(env.db, 'ffb_assessments');
    const outside = await staff.post(url, assessment({ levelCode: FFB.udvikle }));
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.fields).toEqual({ levelCode: LEVEL_MESSAGE });
    expect((await staff.post(url, assessment({ levelCode: FFB.ikkeVurderet }))).json().error.fields).toEqual({ levelCode: LEVEL_MESSAGE });
    expect((await staff.post(url, assessment({ levelCode: 'no-such-level' }))).json().error.fields).toEqual({ levelCode: LEVEL_MESSAGE });
    expect(Object.keys((await staff.post(url, assessment({ conditionCode: FFB.praktiskeOpgaver }))).json().error.fields)).toEqual(['conditionCode']);
    expect(Object.keys((await staff.post(url, assessment({ assessedOn: addDaysIso(today, 1) }))).json().error.fields)).toEqual(['assessedOn']);
    expect(Object.keys((await staff.post(url, assessment({ assessedOn: '2026-02-30' }))).json().error.fields)).toEqual(['assessedOn']);
    expect(await countRows(env.db, 'ffb_assessments')).toBe(before);
  });

  it('is read by the plan’s readers, recorded only by its editors, hidden outside scope', async () => {
    const url = `/api/citizens/${env.w.citizens.onA}/assessments`;
    const caseWorker = await login(env.app, env.w.users.caseWorker.username);
    expect((await caseWorker.get(url)).statusCode).toBe(200);
    expect((await caseWorker.post(url, assessment())).statusCode).toBe(403);
    const staffB = await login(env.app, env.w.users.staffB.username);
    expect((await staffB.get(url)).statusCode).toBe(404);
    expect((await staff.get(`/api/citizens/${env.other.citizens.onA}/assessments`)).statusCode).toBe(404);
  });
});

describe('a follow-up reads the latest assessment, may record a new one, and gives the authority its status på indsats', () => {
  it('records the status and an assessment of the goal’s condition dated the follow-up; the goal shows it as latest', async () => {
    const goalId = await insertGoalRow(env.db, env.w, env.w.citizens.onC, { nextFollowUpDate: today, conditionCode: FFB.spise });
    const staffB = await login(env.app, env.w.users.staffB.username);
    await staffB.post(`/api/citizens/${env.w.citizens.onC}/assessments`, assessment({ conditionCode: FFB.spise, levelCode: FFB.moderat, assessedOn: addDaysIso(today, -60) }));
    expect((await staffB.get(`/api/goals/${goalId}`)).json().data.latestAssessment).toMatchObject({ level: { code: FFB.moderat }, condition: { display: 'Spise' } });
    const res = await staffB.post(`/api/goals/${goalId}/follow-ups`, {
      followUpDate: today, progress: 'improved', note: 'Spiser med de andre nu.', continues: true,
      authorityStatusCode: AUTHORITY_STATUS.continue,
      assessment: { levelCode: FFB.let, note: 'Spiser selv ved fællesspisning.', citizenView: 'Det er hyggeligt.' },
    });
    expect(res.statusCode).toBe(201);
    const { followUp, goal } = res.json().data;
    expect(followUp.authorityStatus).toEqual({ code: AUTHORITY_STATUS.continue, display: 'Træf afgørelse om fortsættelse af indsats' });
    expect(goal.currentLevel.code).toBe(FFB.let);
    const detail = (await staffB.get(`/api/goals/${goalId}`)).json().data;
    expect(detail.latestAssessment).toMatchObject({ assessedOn: today, level: { code: FFB.let }, citizenView: 'Det er hyggeligt.', followUpId: followUp.id });
    expect(detail.followUps[0].authorityStatus.code).toBe(AUTHORITY_STATUS.continue);
  });

  it('refuses a status that is not FFB’s and an assessment level outside the scale, writing nothing', async () => {
    const goalId = await insertGoalRow(env.db, env.w, env.w.citizens.onA, { nextFollowUpDate: today });
    const before = [await countRows(env.db, 'follow_ups'), await countRows(env.db, 'ffb_assessments')];
    const body = { followUpDate: today, progress: 'unchanged', note: 'Som før.', continues: true };
    const status = await staff.post(`/api/goals/${goalId}/follow-ups`, { ...body, authorityStatusCode: FFB.let });
    expect(status.json().error.fields).toEqual({ authorityStatusCode: 'Vælg status på indsatsen: fortsæt, afslut eller afslut og visitér til ny.' });
    const level = await staff.post(`/api/goals/${goalId}/follow-ups`, { ...body, assessment: { levelCode: FFB.ikkeVurderet } });
    expect(level.json().error.fields).toEqual({ 'assessment.levelCode': LEVEL_MESSAGE });
    const old = await insertGoalRow(env.db, env.w, env.w.citizens.onA, { nextFollowUpDate: today, conditionCode: null });
    const noCondition = await staff.post(`/api/goals/${old}/follow-ups`, { ...body, assessment: { levelCode: FFB.let } });
    expect(Object.keys(noCondition.json().error.fields)).toEqual(['assessment.levelCode']);
    expect([await countRows(env.db, 'follow_ups'), await countRows(env.db, 'ffb_assessments')]).toEqual(before);
  });
});

describe('the citizen’s own wishes', () => {
  it('are added in their words with a date, listed oldest first, edited with a version (409 when stale), all audited', async () => {
    const url = `/api/citizens/${env.w.citizens.onA}/wishes`;
    const created = await staff.post(url, { text: 'Jeg vil bo for mig selv', wishDate: '2026-01-10' });
    expect(created.statusCode).toBe(201);
    const wish = created.json().data;
    expect(wish).toMatchObject({ citizenId: env.w.citizens.onA, text: 'Jeg vil bo for mig selv', wishDate: '2026-01-10', version: 1, updatedBy: { name: 'Test staff' } });
    expect(await lastAudit(env.db, env.w.users.staff.id)).toMatchObject({ action: 'create', entity: 'citizen_wish', entity_id: wish.id });
    await staff.post(url, { text: 'At se min søster', wishDate: '2025-12-01' });
    expect((await staff.get(url)).json().data.map((w: { text: string }) => w.text)).toEqual(['At se min søster', 'Jeg vil bo for mig selv']);

    const edited = await staff.patch(`/api/wishes/${wish.id}`, { version: 1, text: 'Jeg vil bo i egen lejlighed' });
    expect(edited.json().data).toMatchObject({ text: 'Jeg vil bo i egen lejlighed', wishDate: '2026-01-10', version: 2 });
    const stale = await staff.patch(`/api/wishes/${wish.id}`, { version: 1, text: 'For sent' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current).toMatchObject({ text: 'Jeg vil bo i egen lejlighed', version: 2 });
  });

  it('refuses an empty wish or a bad date, and keeps them from other units, municipalities and case workers’ edits', async () => {
    const url = `/api/citizens/${env.w.citizens.onA}/wishes`;
    const before = await countRows(env.db, 'citizen_wishes');
    expect((await staff.post(url, { text: '  ', wishDate: '2026-01-10' })).json().error.fields).toEqual({ text: 'Skriv borgerens ønske med egne ord.' });
    expect(Object.keys((await staff.post(url, { text: 'x', wishDate: '2026-13-01' })).json().error.fields)).toEqual(['wishDate']);
    const caseWorker = await login(env.app, env.w.users.caseWorker.username);
    expect((await caseWorker.post(url, { text: 'x', wishDate: '2026-01-10' })).statusCode).toBe(403);
    const staffB = await login(env.app, env.w.users.staffB.username);
    expect((await staffB.get(url)).statusCode).toBe(404);
    expect(await countRows(env.db, 'citizen_wishes')).toBe(before);
  });
});

describe('GET /api/ffb-codes', () => {
  it('gives the 31 conditions with their areas and the three statuses on a service, in order', async () => {
    const { conditions, authorityStatuses } = (await staff.get('/api/ffb-codes')).json().data;
    expect(conditions).toHaveLength(31);
    expect(conditions.find((c: { code: string }) => c.code === FFB.laveMad).area).toEqual({ code: FFB.praktiskeOpgaver, display: 'Praktiske opgaver' });
    expect(authorityStatuses.map((s: { code: string }) => s.code)).toEqual([AUTHORITY_STATUS.continue, AUTHORITY_STATUS.end, AUTHORITY_STATUS.endAndReferOn]);
  });
});
