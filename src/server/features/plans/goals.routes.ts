import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { abilities, can, journalFields } from '../../access/index.js';
import type { RequestCtx } from '../../context.js';
import type { Queryable } from '../../db/index.js';
import { conflict } from '../../errors.js';
import { citizenRoute } from '../../citizen-route.js';
import { CitizenParams } from '../../../contracts/citizens.js';
import { dataOf } from '../../../contracts/common.js';
import { Goal, GoalCreateBody, GoalDetail, GoalListQuery, GoalParams, GoalPatchBody, GoalStatusBody } from '../../../contracts/plans.js';
import { goalRoute, type AdmittedGoal } from './guard.js';
import type { AuditNote } from '../../citizen-route.js';
import { getGoal, listFollowUps, listGoalNotes, listGoals, type GoalRow } from './queries.js';
import { changeGoalStatus, createGoal, editGoal } from './commands.js';
import { presentAssessment, presentFollowUp, presentGoal, presentGoalNote } from './presenter.js';
import { listAssessments } from './assessments.queries.js';

const STALE = 'Målet er ændret af en anden, siden du åbnede det. Se ændringerne og prøv igen.';

/**
 * A versioned change of a goal by someone who may edit the plan: `change` returns the goal as it
 * is after the change, or 'stale' when someone else changed it first (nothing written). Then the
 * goal as it is now goes back with the 409 (the kernel audits that read). Otherwise the update is
 * audited with `detail`.
 */
async function changeGoal(
  tx: Queryable,
  ctx: RequestCtx,
  { goal, citizen }: AdmittedGoal,
  note: AuditNote,
  change: (goal: GoalRow) => Promise<GoalRow | 'stale'>,
  detail: (goal: GoalRow) => Record<string, unknown>,
) {
  const may = abilities(ctx.actor, 'citizen', citizen);
  const updated = await change(goal);
  if (updated === 'stale') throw conflict(STALE, presentGoal((await getGoal(tx, goal.id))!, may));
  note.detail = detail(goal);
  return { data: presentGoal(updated, may) };
}

const PLAN_READERS = 'Ability `readPlan` on the citizen: staff and leaders where the citizen lives, the assigned case worker, assigned management. Outside scope 404.';
const PLAN_EDITORS = 'Ability `editPlan` on the citizen: staff and leaders where the citizen lives; visible but not allowed 403, outside scope 404.';

/** What each route does, who may call it and what it audits: its OpenAPI summary and description (docs/API.md). */
const docs = {
  list: {
    summary: "The citizen's goals",
    description: `Active first, then paused, achieved, dropped; within a status by next follow-up. ${PLAN_READERS} Audited as one \`read\` of \`goal_list\`.`,
  },
  create: {
    summary: 'Create a goal',
    description:
      '`ffbConditionCode` is an FFB condition (*tilstand*, e.g. *Lave mad*) under one of the six *Aktivitet og deltagelse* areas (an area alone answers 400); the goal\'s `ffbArea` follows from it. `goalTypeCode` a *Måltype*, `targetLevelCode` an assessed functional level. ' +
      '`interventionId`: the citizen\'s service the goal belongs to (not ended before `startDate`); default their current service on the caller\'s unit, else their current one. `subGoals` each with `dueDate` and `successCriterion`. ' +
      '`responsibleUserId` (an active user of the municipality) or `responsibleExternal` (an outside actor), not both. ' +
      "`nextFollowUpDate` (≥ startDate) defaults to startDate + the follow-up interval of the facility the citizen lives on (3 months without one). " +
      PLAN_EDITORS,
  },
  read: {
    summary: 'A goal with its follow-ups and linked notes',
    description:
      '`followUps` newest first; `latestAssessment` the newest FFB assessment of its condition. `notes`: the journal notes linked to the goal (newest 50, not those marked as error), present only for those who read the journal (`readJournal`): a case worker gets no `notes`. ' +
      PLAN_READERS,
  },
  edit: {
    summary: 'Edit a goal',
    description:
      'A goal without a condition (from before conditions) is edited only with `ffbConditionCode`. Setting one of `responsibleUserId`/`responsibleExternal` clears the other; `null` clears that one. `subGoals` and `actions` replace the lists: an item with the `id` of one of the goal\'s steps changes it, one without adds a step, steps left out are removed. ' +
      'A stale `version` answers 409 with `error.current`. ' +
      PLAN_EDITORS,
  },
  status: {
    summary: "Change a goal's status",
    description:
      '`reason` is required for every status but `active`. Only active goals are on the due list; a goal taken up again without a next date gets today + the facility\'s interval. A stale `version` answers 409. ' +
      PLAN_EDITORS,
  },
};

/** The citizen's plan: goals with sub-goals and actions (C4). */
export const goalRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/citizens/:citizenId/goals', { schema: { ...docs.list, params: CitizenParams, querystring: GoalListQuery, response: { 200: dataOf(z.array(Goal)) }, tags: ['plans'] } }, (req) =>
    citizenRoute(req, { action: 'readPlan', audit: { action: 'read', entity: 'goal_list' } }, async (tx, ctx, citizen, note) => {
      const rows = await listGoals(tx, ctx, citizen, req.query.status);
      if (req.query.status) note.detail = { status: req.query.status };
      const may = abilities(ctx.actor, 'citizen', citizen);
      return { data: rows.map((r) => presentGoal(r, may)) };
    }),
  );

  app.post('/citizens/:citizenId/goals', { schema: { ...docs.create, params: CitizenParams, body: GoalCreateBody, response: { 201: dataOf(Goal) }, tags: ['plans'] } }, (req, reply) => {
    // 201 is set up front and the body returned: a reply sent inside the transaction would reach
    // the client before COMMIT, and its next request could miss the new row.
    reply.status(201);
    return citizenRoute(req, { action: 'editPlan', audit: { action: 'create', entity: 'goal' } }, async (tx, ctx, citizen, note) => {
      const goal = await createGoal(tx, ctx, citizen, req.body);
      note.entityId = goal.id;
      return { data: presentGoal(goal, abilities(ctx.actor, 'citizen', citizen)) };
    });
  });

  app.get('/goals/:goalId', { schema: { ...docs.read, params: GoalParams, response: { 200: dataOf(GoalDetail) }, tags: ['plans'] } }, (req) =>
    goalRoute(req, 'readPlan', { action: 'read', entity: 'goal' }, async (tx, ctx, { goal, citizen: facts }) => {
      const followUps = await listFollowUps(tx, ctx, facts, goal.id);
      // Linked journal notes are read, and sent, only for those who read the journal (not a case worker).
      const notes = can(ctx.actor, 'readJournal', 'citizen', facts) ? await listGoalNotes(tx, ctx, facts, goal.id) : [];
      const [latest] = goal.ffb_condition ? await listAssessments(tx, ctx, facts, { conditionCode: goal.ffb_condition.code, latest: true }) : [];
      return {
        data: {
          ...presentGoal(goal, abilities(ctx.actor, 'citizen', facts)),
          followUps: followUps.map(presentFollowUp),
          latestAssessment: latest ? presentAssessment(latest) : null,
          ...journalFields(ctx.actor, facts, { notes: notes.map(presentGoalNote) }),
        },
      };
    }),
  );

  app.patch('/goals/:goalId', { schema: { ...docs.edit, params: GoalParams, body: GoalPatchBody, response: { 200: dataOf(Goal) }, tags: ['plans'] } }, (req) =>
    goalRoute(req, 'editPlan', { action: 'update', entity: 'goal' }, (tx, ctx, admitted, note) =>
      changeGoal(
        tx,
        ctx,
        admitted,
        note,
        (goal) => editGoal(tx, ctx, goal, req.body),
        () => ({ fields: Object.keys(req.body).filter((k) => k !== 'version') }),
      ),
    ),
  );

  app.post('/goals/:goalId/status', { schema: { ...docs.status, params: GoalParams, body: GoalStatusBody, response: { 200: dataOf(Goal) }, tags: ['plans'] } }, (req) =>
    goalRoute(req, 'editPlan', { action: 'update', entity: 'goal' }, (tx, ctx, admitted, note) =>
      changeGoal(
        tx,
        ctx,
        admitted,
        note,
        (goal) => changeGoalStatus(tx, ctx, goal, req.body),
        (goal) => ({ status: req.body.status, from: goal.status }),
      ),
    ),
  );
};
