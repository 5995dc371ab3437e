import { beforeAll, describe, expect, it } from 'vitest';
import { login, useTestApp } from '../../../../test/http.js';
import { lastAudit } from '../../../../test/audit.js';
import { countRows, FFB, goalBody, insertGoalRow } from './plans.fixtures.js';

const env = useTestApp({ worlds: 2 });

beforeAll(async () => {
  // Facility 1 (units A and B) follows up every 6 months; facility 2 keeps the default 3.
  await env.db.query('UPDATE org_units SET follow_up_interval_months = 6 WHERE id = $1', [env.w.units.facility1]);
});

const goalsOf = (citizenId: string) => countRows(env.db, 'goals', 'citizen_id = $1', [citizenId]);

describe('POST /api/citizens/:id/goals', () => {
  it('creates a goal in the citizen’s words with steps, the facility’s interval as first follow-up, and audits it', async () => {
    const staff = await login(env.app, env.w.users.staff.username);
    const res = await staff.post(`/api/citizens/${env.w.citizens.onA}/goals`, goalBody({ responsibleUserId: env.w.users.unitLeader.id }));
    expect(res.statusCode).toBe(201);
    const g = res.json().data;
    expect(g).toMatchObject({
      citizenId: env.w.citizens.onA,
      title: 'Jeg vil selv kunne handle ind i Netto',
      ffbArea: { code: FFB.praktiskeOpgaver, display: 'Praktiske opgaver' },
      ffbCondition: { code: FFB.koebeInd, display: 'Købe ind' },
      goalType: { code: FFB.udvikle, display: 'Udvikle funktionsevne' },
      targetLevel: { code: FFB.let, display: 'Let nedsat funktionsevne' },
      currentLevel: null,
      responsible: { userId: env.w.users.unitLeader.id, name: 'Test unitLeader', external: null },
      startDate: '2026-01-15',
      nextFollowUpDate: '2026-07-15',
      status: 'active',
      statusReason: null,
      version: 1,
    });
    expect(g.subGoals).toEqual([
      {
        id: expect.any(String), text: 'Lave en indkøbsseddel', dueDate: '2026-02-15', successCriterion: 'Sedlen er skrevet tre tirsdage i træk',
        evaluation: null, done: false, needsCompletion: false,
      },
      {
        id: expect.any(String), text: 'Gå turen til Netto med en medarbejder', dueDate: '2026-03-15', successCriterion: 'Turen er gået to gange',
        evaluation: null, done: false, needsCompletion: false,
      },
    ]);
    expect(g.actions.map((a: { text: string; responsible: string | null }) => [a.text, a.responsible])).toEqual([
      ['Træne indkøb hver tirsdag', 'Kontaktperson'],
      ['Budget med økonomirådgiver', null],
    ]);
    expect(g.abilities).toMatchObject({ readPlan: true, editPlan: true, update: false });
    expect(await lastAudit(env.db, env.w.users.staff.id)).toMatchObject({
      action: 'create',
      entity: 'goal',
      entity_id: g.id,
      citizen_ids: [env.w.citizens.onA],
    });
  });

  it('uses facility 2’s default of three months, an explicit date, or an external responsible', async () => {
    const staffB = await login(env.app, env.w.users.staffB.username);
    const onC = (await staffB.post(`/api/citizens/${env.w.citizens.onC}/goals`, goalBody({ startDate: '2026-01-31' }))).json().data;
    expect(onC.nextFollowUpDate).toBe('2026-04-30');
    const explicit = await staffB.post(
      `/api/citizens/${env.w.citizens.onC}/goals`,
      goalBody({ nextFollowUpDate: '2026-02-20', responsibleExternal: 'Jobcentret, Lise' }),
    );
    expect(explicit.json().data).toMatchObject({ nextFollowUpDate: '2026-02-20', responsible: { userId: null, name: null, external: 'Jobcentret, Lise' } });
  });

  it('tells the new-goal form the interval the server will default to: the facility’s, or three months unplaced', async () => {
    const leader = await login(env.app, env.w.users.facilityLeader.username);
    expect((await leader.get(`/api/citizens/${env.w.citizens.onA}`)).json().data.followUpIntervalMonths).toBe(6);
    const staffB = await login(env.app, env.w.users.staffB.username);
    expect((await staffB.get(`/api/citizens/${env.w.citizens.onC}`)).json().data.followUpIntervalMonths).toBe(3);
    await env.db.query(
      `INSERT INTO case_assignments (municipality_id, user_id, citizen_id) VALUES ($1, $2, $3)`,
      [env.w.municipalityId, env.w.users.caseWorker.id, env.w.citizens.unplaced],
    );
    const caseWorker = await login(env.app, env.w.users.caseWorker.username);
    expect((await caseWorker.get(`/api/citizens/${env.w.citizens.unplaced}`)).json().data.followUpIntervalMonths).toBe(3);
  });

  it('rejects a code outside Aktivitet og deltagelse, a wrong goal type and an unassessed target, with field errors', async () => {
    const staff = await login(env.app, env.w.users.staff.username);
    const before = await goalsOf(env.w.citizens.onA);
    const res = await staff.post(
      `/api/citizens/${env.w.citizens.onA}/goals`,
      goalBody({ ffbConditionCode: FFB.mentaleFunktioner, goalTypeCode: FFB.egenomsorg, targetLevelCode: FFB.ikkeVurderet }),
    );
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields).sort()).toEqual(['ffbConditionCode', 'goalTypeCode', 'targetLevelCode']);
    expect(res.json().error.fields.ffbConditionCode).toMatch(/tilstand under et af de seks livsområder/);
    const unknown = await staff.post(`/api/citizens/${env.w.citizens.onA}/goals`, goalBody({ ffbConditionCode: 'no-such-code' }));
    expect(unknown.json().error.fields).toHaveProperty('ffbConditionCode');
    // The old shape (an area, no condition) is refused by name.
    const old = await staff.post(`/api/citizens/${env.w.citizens.onA}/goals`, { ...goalBody({ ffbAreaCode: FFB.praktiskeOpgaver }), ffbConditionCode: undefined });
    expect(old.statusCode).toBe(400);
    expect(old.json().error.fields).toHaveProperty('ffbConditionCode');
    expect(await goalsOf(env.w.citizens.onA)).toBe(before);
  });

  it('codes a goal on a condition, never on an area alone: an area is refused with a Danish field message', async () => {
    const staff = await login(env.app, env.w.users.staff.username);
    const before = await goalsOf(env.w.citizens.onA);
    const res = await staff.post(`/api/citizens/${env.w.citizens.onA}/goals`, goalBody({ ffbConditionCode: FFB.praktiskeOpgaver }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({
      ffbConditionCode: 'Et mål sættes på en tilstand under livsområdet, fx "Lave mad" under Praktiske opgaver, ikke på hele livsområdet.',
    });
    expect(await goalsOf(env.w.citizens.onA)).toBe(before);
    const cooking = await staff.post(`/api/citizens/${env.w.citizens.onA}/goals`, goalBody({ ffbConditionCode: FFB.laveMad }));
    expect(cooking.json().data).toMatchObject({
      ffbArea: { display: 'Praktiske opgaver' },
      ffbCondition: { code: FFB.laveMad, display: 'Lave mad' },
    });
    const money = await staff.post(`/api/citizens/${env.w.citizens.onA}/goals`, goalBody({ ffbConditionCode: FFB.varetageOekonomi }));
    expect(money.json().data.ffbArea).toEqual({ code: FFB.samfundsliv, display: 'Samfundsliv' });
  });

  it('refuses a sub-goal without a success criterion or date, with Danish field messages, and writes nothing', async () => {
    const staff = await login(env.app, env.w.users.staff.username);
    const before = [await goalsOf(env.w.citizens.onA), await countRows(env.db, 'goal_steps')];
    const url = `/api/citizens/${env.w.citizens.onA}/goals`;
    const noCriterion = await staff.post(url, goalBody({ subGoals: [{ text: 'Lave en indkøbsseddel', dueDate: '2026-02-15' }] }));
    expect(noCriterion.statusCode).toBe(400);
    expect(noCriterion.json().error.fields).toEqual({ 'subGoals.0.successCriterion': 'Skriv et succeskriterium: hvordan kan I se, at delmålet er nået?' });
    const blank = await staff.post(url, goalBody({ subGoals: [{ text: 'Lave en indkøbsseddel', dueDate: '2026-02-15', successCriterion: '  ' }] }));
    expect(blank.json().error.fields).toHaveProperty(['subGoals.0.successCriterion']);
    const noDate = await staff.post(url, goalBody({ subGoals: [{ text: 'Lave en indkøbsseddel', successCriterion: 'Skrevet' }] }));
    expect(noDate.json().error.fields).toEqual({ 'subGoals.0.dueDate': 'Vælg en dato for delmålet.' });
    expect([await goalsOf(env.w.citizens.onA), await countRows(env.db, 'goal_steps')]).toEqual(before);
  });

  it('wants the responsible user to be a colleague, and not both a user and an outsider', async () => {
    const staff = await login(env.app, env.w.users.staff.username);
    const before = await goalsOf(env.w.citizens.onA);
    const foreign = await staff.post(`/api/citizens/${env.w.citizens.onA}/goals`, goalBody({ responsibleUserId: env.other.users.staff.id }));
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.fields).toHaveProperty('responsibleUserId');
    const both = await staff.post(
      `/api/citizens/${env.w.citizens.onA}/goals`,
      goalBody({ responsibleUserId: env.w.users.staff.id, responsibleExternal: 'Psykiatrien' }),
    );
    expect(both.statusCode).toBe(400);
    expect(both.json().error.fields).toHaveProperty('responsibleExternal');
    expect(await goalsOf(env.w.citizens.onA)).toBe(before);
  });

  it('rejects bad input and writes nothing', async () => {
    const staff = await login(env.app, env.w.users.staff.username);
    const url = `/api/citizens/${env.w.citizens.onA}/goals`;
    const before = [await goalsOf(env.w.citizens.onA), await countRows(env.db, 'goal_steps'), await countRows(env.db, 'audit_log', "action = 'create'")];
    const cases: Array<[unknown, string]> = [
      [goalBody({ startDate: '2026-02-30' }), 'startDate'],
      [goalBody({ nextFollowUpDate: '2025-12-31' }), 'nextFollowUpDate'],
      [goalBody({ title: '   ' }), 'title'],
      [goalBody({ title: 'x'.repeat(301) }), 'title'],
      [goalBody({ subGoals: 'ikke en liste' }), 'subGoals'],
      [goalBody({ subGoals: ['en streng som før'] }), 'subGoals.0'],
      [goalBody({ actions: [{ text: '' }] }), 'actions.0.text'],
      [goalBody({ responsibleUserId: 'nope' }), 'responsibleUserId'],
      [goalBody({ owner: 'x' }), 'owner'],
      [goalBody({ startDate: 20260115 }), 'startDate'],
    ];
    for (const [body, field] of cases) {
      const res = await staff.post(url, body);
      expect(res.statusCode, field).toBe(400);
      expect(res.json().error.fields, field).toHaveProperty([field]);
    }
    expect((await staff.raw('POST', url, '{"title": "halv')).statusCode).toBe(400);
    expect((await staff.raw('POST', url, JSON.stringify(goalBody({ whatMatters: 'x'.repeat(1_100_000) })))).statusCode).toBe(413);
    expect([await goalsOf(env.w.citizens.onA), await countRows(env.db, 'goal_steps'), await countRows(env.db, 'audit_log', "action = 'create'")]).toEqual(before);
  });

  it('answers 401 without a session, 403 to a case worker who may only read the plan, 404 outside scope', async () => {
    expect((await env.app.inject({ method: 'POST', url: `/api/citizens/${env.w.citizens.onA}/goals`, payload: goalBody() })).statusCode).toBe(401);
    const before = await countRows(env.db, 'goals');
    const caseWorker = await login(env.app, env.w.users.caseWorker.username);
    expect((await caseWorker.post(`/api/citizens/${env.w.citizens.onA}/goals`, goalBody())).statusCode).toBe(403);
    expect((await caseWorker.get(`/api/citizens/${env.w.citizens.onA}/goals`)).statusCode).toBe(200);
    const staffB = await login(env.app, env.w.users.staffB.username);
    expect((await staffB.post(`/api/citizens/${env.w.citizens.onA}/goals`, goalBody())).statusCode).toBe(404);
    const staff = await login(env.app, env.w.users.staff.username);
    expect((await staff.post(`/api/citizens/${env.other.citizens.onA}/goals`, goalBody())).statusCode).toBe(404);
    expect((await staff.post(`/api/citizens/00000000-0000-4000-8000-000000000000/goals`, goalBody())).statusCode).toBe(404);
    expect(await countRows(env.db, 'goals')).toBe(before);
  });
});

describe('PATCH /api/goals/:id', () => {
  const create = async () => {
    const staff = await login(env.app, env.w.users.staff.username);
    return { staff, goal: (await staff.post(`/api/citizens/${env.w.citizens.onA}/goals`, goalBody())).json().data };
  };

  it('edits fields and steps, keeping the ids and ticks of steps it names, and audits the change', async () => {
    const { staff, goal } = await create();
    const [first, second] = goal.subGoals;
    const res = await staff.patch(`/api/goals/${goal.id}`, {
      version: 1,
      title: 'Jeg vil handle ind alene',
      ffbConditionCode: FFB.laveMad,
      targetLevelCode: FFB.ingen,
      responsibleExternal: 'Bostøtten',
      nextFollowUpDate: '2026-03-01',
      subGoals: [
        {
          id: second.id, text: 'Gå turen alene', dueDate: '2026-03-15', successCriterion: 'Turen er gået to gange',
          evaluation: { result: 'achieved', date: '2026-02-20', note: 'Gik den alene i dag' },
        },
        { text: 'Betale med MobilePay', dueDate: '2026-04-01', successCriterion: 'Har betalt selv i Netto' },
      ],
      actions: [],
    });
    expect(res.statusCode).toBe(200);
    const g = res.json().data;
    expect(g).toMatchObject({
      title: 'Jeg vil handle ind alene',
      ffbArea: { code: FFB.praktiskeOpgaver, display: 'Praktiske opgaver' },
      ffbCondition: { code: FFB.laveMad, display: 'Lave mad' },
      targetLevel: { display: 'Ingen nedsat funktionsevne' },
      responsible: { userId: null, external: 'Bostøtten' },
      nextFollowUpDate: '2026-03-01',
      version: 2,
    });
    expect(g.subGoals).toEqual([
      {
        id: second.id, text: 'Gå turen alene', dueDate: '2026-03-15', successCriterion: 'Turen er gået to gange',
        evaluation: { result: 'achieved', date: '2026-02-20', note: 'Gik den alene i dag' }, done: true, needsCompletion: false,
      },
      {
        id: expect.any(String), text: 'Betale med MobilePay', dueDate: '2026-04-01', successCriterion: 'Har betalt selv i Netto',
        evaluation: null, done: false, needsCompletion: false,
      },
    ]);
    expect(g.subGoals.map((s: { id: string }) => s.id)).not.toContain(first.id);
    expect(g.actions).toEqual([]);
    expect(await countRows(env.db, 'goal_steps', 'goal_id = $1', [goal.id])).toBe(2);
    expect(await lastAudit(env.db, env.w.users.staff.id)).toMatchObject({ action: 'update', entity: 'goal', entity_id: goal.id, citizen_ids: [env.w.citizens.onA] });
  });

  it('answers 409 with the goal as it is now when the version is stale, and writes nothing', async () => {
    const { staff, goal } = await create();
    expect((await staff.patch(`/api/goals/${goal.id}`, { version: 1, title: 'Første ændring' })).statusCode).toBe(200);
    const res = await staff.patch(`/api/goals/${goal.id}`, { version: 1, title: 'Anden ændring', subGoals: [] });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'conflict', current: { id: goal.id, title: 'Første ændring', version: 2 } });
    expect(res.json().error.current.subGoals).toHaveLength(2);
    // Sending the current goal back is a read of the citizen's data: audited, and committed despite the 409.
    expect(await lastAudit(env.db, env.w.users.staff.id)).toMatchObject({
      action: 'read',
      entity: 'goal',
      entity_id: goal.id,
      citizen_ids: [env.w.citizens.onA],
      detail: { conflict: true },
    });
    const [row] = await env.db.query<{ title: string; version: number }>('SELECT title, version FROM goals WHERE id = $1', [goal.id]);
    expect(row).toEqual({ title: 'Første ændring', version: 2 });
    expect(await countRows(env.db, 'goal_steps', 'goal_id = $1', [goal.id])).toBe(4);
  });

  it('rejects bad edits with field errors and writes nothing', async () => {
    const { staff, goal } = await create();
    const otherGoal = await insertGoalRow(env.db, env.w, env.w.citizens.onA);
    const [otherStep] = await env.db.query<{ id: string }>(
      `INSERT INTO goal_steps (municipality_id, goal_id, kind, text) VALUES ($1, $2, 'sub_goal', 'fremmed') RETURNING id`,
      [env.w.municipalityId, otherGoal],
    );
    const url = `/api/goals/${goal.id}`;
    const cases: Array<[unknown, string]> = [
      [{ version: 1, ffbConditionCode: FFB.mentaleFunktioner }, 'ffbConditionCode'],
      [{ version: 1, ffbConditionCode: FFB.egenomsorg }, 'ffbConditionCode'],
      [{ version: 1, ffbAreaCode: FFB.egenomsorg }, 'ffbAreaCode'],
      [{ version: 1, subGoals: [{ text: 'uden kriterium', dueDate: '2026-05-01' }] }, 'subGoals.0.successCriterion'],
      [{ version: 1, subGoals: [{ text: 'x', dueDate: '2026-05-01', successCriterion: 'y', evaluation: { result: 'great', date: '2026-05-01' } }] }, 'subGoals.0.evaluation.result'],
      [{ version: 1, nextFollowUpDate: '2025-01-01' }, 'nextFollowUpDate'],
      [{ version: 1, nextFollowUpDate: '2026-02-30' }, 'nextFollowUpDate'],
      [{ version: 1, subGoals: [{ id: otherStep.id, text: 'stjålet', dueDate: '2026-05-01', successCriterion: 'y' }] }, 'subGoals.0.id'],
      [{ version: 1, responsibleUserId: env.other.users.staff.id }, 'responsibleUserId'],
      [{ version: 1 }, 'version'],
      [{ version: '1', title: 'x' }, 'version'],
      [{ title: 'uden version' }, 'version'],
      [{ version: 1, status: 'achieved' }, 'status'],
    ];
    for (const [body, field] of cases) {
      const res = await staff.patch(url, body);
      expect(res.statusCode, field).toBe(400);
      expect(res.json().error.fields, field).toHaveProperty([field]);
    }
    expect((await staff.raw('PATCH', url, '{version: 1}')).statusCode).toBe(400);
    const [row] = await env.db.query<{ version: number; ffb_area_code: string }>('SELECT version, ffb_area_code FROM goals WHERE id = $1', [goal.id]);
    expect(row).toEqual({ version: 1, ffb_area_code: FFB.praktiskeOpgaver });
    expect(await env.db.query('SELECT text FROM goal_steps WHERE id = $1', [otherStep.id])).toEqual([{ text: 'fremmed' }]);
    expect(await countRows(env.db, 'goal_steps', 'goal_id = $1', [goal.id])).toBe(4);
  });

  it('lets a case worker read but not edit (403), and hides the goal from other units and municipalities (404)', async () => {
    const { goal } = await create();
    expect((await env.app.inject({ method: 'PATCH', url: `/api/goals/${goal.id}`, payload: { version: 1, title: 'x' } })).statusCode).toBe(401);
    const caseWorker = await login(env.app, env.w.users.caseWorker.username);
    expect((await caseWorker.patch(`/api/goals/${goal.id}`, { version: 1, title: 'x' })).statusCode).toBe(403);
    const staffB = await login(env.app, env.w.users.staffB.username);
    expect((await staffB.patch(`/api/goals/${goal.id}`, { version: 1, title: 'x' })).statusCode).toBe(404);
    const foreign = await login(env.app, env.other.users.facilityLeader.username);
    expect((await foreign.patch(`/api/goals/${goal.id}`, { version: 1, title: 'x' })).statusCode).toBe(404);
    const [row] = await env.db.query<{ version: number }>('SELECT version FROM goals WHERE id = $1', [goal.id]);
    expect(row.version).toBe(1);
  });
});

describe('goals from before conditions (area only, sub-goals without date or criterion)', () => {
  it('stay valid: read, followed up and paused; an edit asks for a condition, and sub-goals are marked as needing completion', async () => {
    const staff = await login(env.app, env.w.users.staff.username);
    const id = await insertGoalRow(env.db, env.w, env.w.citizens.onA, { conditionCode: null, startDate: '2026-01-01' });
    await env.db.query(`INSERT INTO goal_steps (municipality_id, goal_id, kind, text) VALUES ($1, $2, 'sub_goal', 'Smøre madpakke')`, [env.w.municipalityId, id]);
    const read = (await staff.get(`/api/goals/${id}`)).json().data;
    expect(read).toMatchObject({ ffbArea: { code: FFB.egenomsorg }, ffbCondition: null, latestAssessment: null });
    expect(read.subGoals).toEqual([
      { id: expect.any(String), text: 'Smøre madpakke', dueDate: null, successCriterion: null, evaluation: null, done: false, needsCompletion: true },
    ]);
    const followUp = await staff.post(`/api/goals/${id}/follow-ups`, { followUpDate: '2026-02-01', progress: 'unchanged', note: 'Som før', continues: true });
    expect(followUp.statusCode).toBe(201);
    const edit = await staff.patch(`/api/goals/${id}`, { version: 2, title: 'Ny titel' });
    expect(edit.statusCode).toBe(400);
    expect(edit.json().error.fields.ffbConditionCode).toMatch(/^Målet er fra før tilstande\. Vælg en tilstand/);
    const chosen = await staff.patch(`/api/goals/${id}`, { version: 2, title: 'Ny titel', ffbConditionCode: FFB.spise });
    expect(chosen.statusCode).toBe(200);
    expect(chosen.json().data).toMatchObject({ ffbCondition: { display: 'Spise' }, ffbArea: { code: FFB.egenomsorg }, version: 3 });
    expect(chosen.json().data.subGoals[0].needsCompletion).toBe(true);
  });
});

describe('goals per service (indsats)', () => {
  const services = async (citizenId: string) =>
    env.db.query<{ id: string; start_date: string; end_date: string | null }>(
      'SELECT id, start_date, end_date FROM interventions WHERE citizen_id = $1 ORDER BY start_date',
      [citizenId],
    );

  it('files a new goal under the citizen’s current service on the actor’s unit, or the one named; refuses another citizen’s', async () => {
    const staff = await login(env.app, env.w.users.staff.username);
    const [stay] = await services(env.w.citizens.onA);
    const res = await staff.post(`/api/citizens/${env.w.citizens.onA}/goals`, goalBody());
    expect(res.json().data.service).toMatchObject({ id: stay.id, kindName: expect.any(String), unitName: 'Afdeling A', startDate: '2024-01-01', endDate: null, current: true });
    const [earlier] = await env.db.query<{ id: string }>(
      `INSERT INTO interventions (municipality_id, citizen_id, kind_code, legal_basis, start_date, end_date)
       VALUES ($1, $2, 'long_term_residence', '§108', '2020-01-01', '2023-12-31') RETURNING id`,
      [env.w.municipalityId, env.w.citizens.onA],
    );
    const named = await staff.post(`/api/citizens/${env.w.citizens.onA}/goals`, goalBody({ interventionId: earlier.id, startDate: '2022-06-01' }));
    expect(named.json().data.service).toMatchObject({ id: earlier.id, endDate: '2023-12-31', current: false });
    const after = await staff.post(`/api/citizens/${env.w.citizens.onA}/goals`, goalBody({ interventionId: earlier.id }));
    expect(after.json().error.fields).toEqual({ interventionId: 'Indsatsen er afsluttet før målets startdato.' });
    const [foreign] = await services(env.w.citizens.onB);
    const other = await staff.post(`/api/citizens/${env.w.citizens.onA}/goals`, goalBody({ interventionId: foreign.id }));
    expect(other.json().error.fields).toEqual({ interventionId: 'Vælg en af borgerens indsatser.' });
    const list = (await staff.get(`/api/citizens/${env.w.citizens.onA}/goals`)).json().data as Array<{ id: string; service: { id: string } | null }>;
    expect(list.find((g) => g.id === named.json().data.id)!.service!.id).toBe(earlier.id);
  });
});
