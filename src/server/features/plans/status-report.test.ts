import { describe, expect, it } from 'vitest';
import { login, useTestApp, type Client } from '../../../../test/http.js';
import { pdfText } from '../../../../test/pdf.js';
import { testActor } from '../../../../test/actor.js';
import type { VisibleCitizen } from '../../access/gate.js';
import type { Actor } from '../../access/roles.js';
import { runExportJob } from '../exports/job.js';
import { composeStatusReport, goalSummary } from './status-report.js';
import { renderStatusReportPdf } from './status-report-pdf.js';
import type { StatusReportGoalRow } from './status-report.queries.js';

const env = useTestApp({ worlds: 2 });
const silent = () => {};

const GOAL_TYPE = 'd41c8072-52f8-42b5-9375-ddbea454d27f';
const TARGET = '8328ce4a-6238-4f73-bf1a-74aadb68eff8';

/** The first FFB condition under the activity-and-participation area named `display`. */
async function conditionCode(display: string) {
  const [condition] = await env.db.query<{ code: string }>(
    `SELECT c.code FROM ffb_concepts c JOIN ffb_concepts area ON area.code = c.parent_code
      WHERE area.parent_code = '93433530-b85c-4d04-a4fb-5ae26cf16f1c' AND area.display = $1 ORDER BY c.sort_order LIMIT 1`, [display],
  );
  return condition.code;
}

/** A goal of onA's with sub-goals, set by staff; its id. */
async function addGoal(staff: Client, title: string, area: string) {
  const res = await staff.post(`/api/citizens/${env.w.citizens.onA}/goals`, {
    title, ffbConditionCode: await conditionCode(area), goalTypeCode: GOAL_TYPE, targetLevelCode: TARGET, startDate: '2025-06-02',
    subGoals: [{ text: `Delmål til ${title}`, dueDate: '2026-03-01', successCriterion: 'Klaret tre gange' }],
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().data?.id ?? res.json().id;
}

async function followUp(staff: Client, goalId: string, followUpDate: string, note: string, progress = 'improved', continues = true) {
  const res = await staff.post(`/api/goals/${goalId}/follow-ups`, { followUpDate, progress, note, continues });
  expect(res.statusCode, res.body).toBe(201);
}

/** Asks for a status report as `client` and runs its job as the queue would; the export's id. */
async function makeReport(client: Client, params: object): Promise<string> {
  const res = await client.post('/api/exports', { kind: 'status_report', params });
  expect(res.statusCode, res.body).toBe(202);
  await runExportJob(env.db, { municipalityId: env.w.municipalityId, exportId: res.json().id }, silent);
  return res.json().id;
}

const auditRows = (entity: string, userId: string) =>
  env.db.query<{ action: string; entity_id: string | null; citizen_ids: string[]; detail: Record<string, unknown> | null }>(
    'SELECT action, entity_id, citizen_ids::text[] AS citizen_ids, detail FROM audit_log WHERE entity = $1 AND user_id = $2 ORDER BY id',
    [entity, userId],
  );

describe('the status report to the case worker', () => {
  it('is made by staff from the follow-ups in the period, kept, listed for the case worker, and opened by them as a real PDF — each step audited', async () => {
    const staff = await login(env.app, env.w.users.staff.username);
    const cooking = await addGoal(staff, 'Jeg vil selv lave aftensmad', 'Praktiske opgaver');
    const football = await addGoal(staff, 'Jeg vil spille fodbold i klubben', 'Relationer');
    await followUp(staff, cooking, '2026-03-02', 'Laver pasta to gange om ugen med lidt støtte.');
    await followUp(staff, cooking, '2026-05-04', 'Handler selv ind efter liste.', 'unchanged');
    await followUp(staff, cooking, '2025-12-01', 'Uden for perioden: skal ikke med.');
    await followUp(staff, football, '2026-04-01', 'Har været til to træninger.', 'declined', false);

    const leader = await login(env.app, env.w.users.unitLeader.username);
    const id = await makeReport(leader, { citizenId: env.w.citizens.onA, from: '2026-01-01', to: '2026-06-30' });
    const [made] = await auditRows('status_report', env.w.users.unitLeader.id);
    expect(made).toMatchObject({ action: 'export', entity_id: env.w.citizens.onA, citizen_ids: [env.w.citizens.onA] });
    expect(made.detail).toMatchObject({ from: '2026-01-01', to: '2026-06-30', cprShown: true });
    const [{ keep }] = await env.db.query<{ keep: boolean }>(`SELECT expires_at > now() + interval '4 years' AS keep FROM export_jobs WHERE id = $1`, [id]);
    expect(keep).toBe(true);

    // The case worker assigned to Anna finds it on her record and opens it.
    const caseWorker = await login(env.app, env.w.users.caseWorker.username);
    const list = await caseWorker.get(`/api/citizens/${env.w.citizens.onA}/status-reports`);
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().mayCreate).toBe(false);
    const [item] = list.json().data;
    expect(item).toMatchObject({
      id, status: 'done', from: '2026-01-01', to: '2026-06-30', madeBy: 'Test unitLeader',
      fileName: 'statusrapport-2026-01-01-2026-06-30.pdf', downloadUrl: `/api/citizens/${env.w.citizens.onA}/status-reports/${id}/file`,
    });
    const [listed] = await auditRows('status_report_list', env.w.users.caseWorker.id);
    expect(listed).toMatchObject({ action: 'read', citizen_ids: [env.w.citizens.onA] });

    const file = await caseWorker.get(item.downloadUrl);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toBe(`attachment; filename="${item.fileName}"`);
    expect(file.headers['cache-control']).toBe('no-store');
    expect(file.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(file.rawPayload);
    for (const expected of [
      'Statusrapport', 'Anna Andersen', '010385-1230', '01-01-2026 til 30-06-2026', 'Bostedet Lærkehøj, Afdeling A', 'Test unitLeader, Afdelingsleder',
      'Jeg vil selv lave aftensmad', 'Praktiske opgaver', 'Laver pasta to gange om ugen med lidt støtte.', 'Handler selv ind efter liste.',
      'Delmål til Jeg vil selv lave aftensmad', '2 opfølgninger i perioden: 1 med fremgang, 1 uændret.',
      'Jeg vil spille fodbold i klubben', 'Relationer', 'Har været til to træninger.', 'Målet afsluttes.', 'Underskrevet af',
    ]) expect(text).toContain(expected);
    expect(text).not.toContain('Uden for perioden');
    const [opened] = await auditRows('status_report_file', env.w.users.caseWorker.id);
    expect(opened).toMatchObject({ action: 'read', entity_id: id, citizen_ids: [env.w.citizens.onA] });

    // Staff of the unit see it too and may make their own.
    const theirs = (await staff.get(`/api/citizens/${env.w.citizens.onA}/status-reports`)).json();
    expect(theirs.mayCreate).toBe(true);
    expect(theirs.data.map((r: { id: string }) => r.id)).toContain(id);
  });

  it('is not the case worker’s to make, nor anyone’s beyond the citizen’s readers; another municipality finds nothing', async () => {
    const staff = await login(env.app, env.w.users.staff.username);
    const id = await makeReport(staff, { citizenId: env.w.citizens.onA, from: '2026-01-01', to: '2026-02-01' });
    const url = `/api/citizens/${env.w.citizens.onA}/status-reports/${id}/file`;

    const caseWorker = await login(env.app, env.w.users.caseWorker.username);
    const refused = await makeReport(caseWorker, { citizenId: env.w.citizens.onA, from: '2026-01-01', to: '2026-02-01' });
    expect((await caseWorker.get(`/api/exports/${refused}`)).json()).toMatchObject({ status: 'failed', downloadUrl: null });
    expect(await auditRows('status_report', env.w.users.caseWorker.id)).toEqual([]);
    // A failed request is its maker's alone: the list of others does not show it.
    expect((await staff.get(`/api/citizens/${env.w.citizens.onA}/status-reports`)).json().data.map((r: { id: string }) => r.id)).not.toContain(refused);

    for (const who of ['staffB', 'centerManager', 'consultant', 'admin'] as const) {
      const other = await login(env.app, env.w.users[who].username);
      expect((await other.get(url)).statusCode, who).toBe(404);
      expect((await other.get(`/api/citizens/${env.w.citizens.onA}/status-reports`)).statusCode, who).toBe(404);
    }
    const neighbour = await login(env.app, env.other.users.staff.username);
    expect((await neighbour.get(url)).statusCode).toBe(404);
    // Another citizen's path does not reach the report either.
    const leader = await login(env.app, env.w.users.unitLeader.username);
    expect((await leader.get(`/api/citizens/${env.w.citizens.onB}/status-reports/${id}/file`)).statusCode).toBe(404);
  });

  it('refuses a bad period with 400 and Danish field messages, queueing nothing', async () => {
    const staff = await login(env.app, env.w.users.staff.username);
    const [{ n: before }] = await env.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM export_jobs WHERE kind = 'status_report'`);
    const onA = env.w.citizens.onA;
    const cases: Array<[object, string, string | RegExp]> = [
      [{ citizenId: onA, from: '2026-05-01', to: '2026-04-01' }, 'params.to', 'Perioden skal slutte efter den starter.'],
      [{ citizenId: onA, from: '2026-01-01', to: '2199-01-01' }, 'params.to', 'Perioden kan ikke slutte efter i dag.'],
      [{ citizenId: onA, from: '2026-02-30', to: '2026-03-01' }, 'params.from', /dato/],
      [{ citizenId: 'Anna', from: '2026-01-01', to: '2026-03-01' }, 'params.citizenId', 'Ukendt borger.'],
      [{ citizenId: onA, from: '2026-01-01', to: '2026-03-01', cpr: '0103851230' }, 'params.cpr', /.+/],
    ];
    for (const [params, field, message] of cases) {
      const res = await staff.post('/api/exports', { kind: 'status_report', params });
      expect(res.statusCode, JSON.stringify(params)).toBe(400);
      expect(res.json().error.fields[field], JSON.stringify(params)).toMatch(message);
    }
    const [{ n: after }] = await env.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM export_jobs WHERE kind = 'status_report'`);
    expect(after).toBe(before);
  });
});

describe('composing a status report', () => {
  const actor = (roles: Actor['roles'], careUnitIds: string[] = []): Actor =>
    testActor({ username: 'x', displayName: 'Chris Chef', roles, careUnitIds, ownCareUnitIds: careUnitIds, treatingUnitIds: careUnitIds });
  const citizen = { id: 'c', municipalityId: 'm', unitIds: ['unit'], assignedToActor: true } as unknown as VisibleCitizen;
  const row = { first_name: 'Anna', last_name: 'Andersen', cpr: '0103851230', birth_date: '1985-03-01', facility_name: 'Lærkehøj', unit_name: 'A' };
  const goal: StatusReportGoalRow = {
    id: 'g', title: 'Jeg vil betale mine regninger', what_matters: '', area: 'Samfundsliv', goal_type: 'Udvikle', target_level: 'Let nedsat',
    current_level: null, status: 'active', status_reason: null,
    sub_goals: [{ text: 'Åbne e-Boks hver mandag', done: false, due_date: '2026-05-01', success_criterion: 'Fire mandage i træk', evaluation: 'partly' }],
    follow_ups: [{ date: '2026-03-01', progress: 'improved', level: 'Moderat nedsat', note: 'Talte om brev til 010385-1230 fra banken.', continues: true, author: 'Kim' }],
    condition: 'Varetage økonomi',
    latest_assessment: { level: 'Moderat nedsat', date: '2026-03-01', note: 'Betaler selv husleje; 010385-1230 står på brevet.' },
    service_status: 'Fortsæt indsats',
  };
  const period = { from: '2026-01-01', to: '2026-06-30' };

  it('masks the CPR number, in the header and in the texts, for a maker without the CPR right', async () => {
    const centerManager = actor([{ role: 'center_manager', orgUnitId: 'x', orgUnitName: 'C', kind: 'center', path: '/x/' }]);
    const data = composeStatusReport(centerManager, citizen, row, [goal], period, '2026-07-01');
    expect(data).toMatchObject({ cpr: '010385-xxxx', cprShown: false });
    const text = pdfText(await renderStatusReportPdf(data));
    expect(text).toContain('010385-xxxx');
    expect(text).toContain('Talte om brev til 010385-xxxx fra banken.');
    expect(text).not.toContain('1230');
  });

  it('prints the FFB condition, the latest assessment, the status på indsats and each sub-goal with its date, criterion and evaluation', async () => {
    const staff = actor([{ role: 'staff', orgUnitId: 'unit', orgUnitName: 'A', kind: 'unit', path: '/unit/' }], ['unit']);
    const text = pdfText(await renderStatusReportPdf(composeStatusReport(staff, citizen, row, [goal], period, '2026-07-01')));
    for (const expected of [
      'Tilstand (FFB): Varetage økonomi', 'Seneste vurdering: Moderat nedsat (01-03-2026)', 'Status på indsats: Fortsæt indsats',
      'Åbne e-Boks hver mandag, senest 01-05-2026', 'delvist opnået', 'Succeskriterium: Fire mandage i træk',
    ]) expect(text).toContain(expected);
  });

  it('shows it whole to a maker who may reveal it', () => {
    const staff = actor([{ role: 'staff', orgUnitId: 'unit', orgUnitName: 'A', kind: 'unit', path: '/unit/' }], ['unit']);
    const data = composeStatusReport(staff, citizen, row, [goal], period, '2026-07-01');
    expect(data).toMatchObject({ cpr: '010385-1230', cprShown: true, authorRole: 'Medarbejder' });
    expect(data.goals[0].followUps[0].note).toContain('010385-1230');
  });

  it('sums a goal’s period up in one line', () => {
    expect(goalSummary({ ...goal, follow_ups: [] })).toBe('Ingen opfølgninger i perioden.');
    expect(goalSummary(goal)).toBe('1 opfølgning i perioden: 1 med fremgang. Seneste niveau: Moderat nedsat (målniveau: Let nedsat). Målet fortsætter.');
    expect(goalSummary({ ...goal, status: 'achieved' })).toMatch(/Målet er opnået\.$/);
  });
});
