import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { abilities, authorize } from '../../access/index.js';
import { auditedRoute } from '../../citizen-route.js';
import { notFound } from '../../errors.js';
import { todayInCopenhagen } from '../../../domain/dates.js';
import { addDaysIso, dueClass } from '../../../domain/plans.js';
import { dataOf } from '../../../contracts/common.js';
import { DueList, DueListQuery, FollowUpBody, FollowUpRecorded, GoalParams } from '../../../contracts/plans.js';
import { goalRoute } from './guard.js';
import { listFollowUps } from './queries.js';
import { recordFollowUp } from './commands.js';
import { getOrgUnitFacts, listDueGoals } from './due-list.queries.js';
import { presentDueItem, presentFollowUp, presentGoal } from './presenter.js';

/** What each route does, who may call it and what it audits: its OpenAPI summary and description (docs/API.md). */
const docs = {
  followUp: {
    summary: 'Record a follow-up on a goal',
    description:
      'Only active goals; `followUpDate` not in the future nor before the goal\'s start; `levelCode` a functional level (sets the goal\'s `currentLevel`). ' +
      'The goal\'s next follow-up becomes `nextFollowUpDate` (after `followUpDate`, only when `continues`), else followUpDate + the facility\'s interval, or none when `continues` is false (the goal stays active but leaves the due list). ' +
      'Bumps the goal\'s version. Ability `editPlan` on the citizen.',
  },
  due: {
    summary: 'The due list: follow-ups overdue and coming up',
    description:
      'Active goals of the citizens the caller may list; overdue = next follow-up before today (Copenhagen), upcoming = today up to today + `days`; both oldest first. ' +
      '`orgUnitId` narrows to citizens placed under that unit (unknown or another municipality\'s 404; without `readDueList` there 403). ' +
      '`daysOverdue` is today − date: positive when overdue, negative ahead. Audited as one `read` of `due_list` naming every citizen.',
  },
};

/** Follow-ups on goals and the due list (opfølgninger). */
export const followUpRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post('/goals/:goalId/follow-ups', { schema: { ...docs.followUp, params: GoalParams, body: FollowUpBody, response: { 201: dataOf(FollowUpRecorded) }, tags: ['plans'] } }, (req, reply) => {
    // 201 is set up front and the body returned: a reply sent inside the transaction would reach
    // the client before COMMIT, and its next request could miss the new row.
    reply.status(201);
    return goalRoute(req, 'editPlan', { action: 'create', entity: 'follow_up' }, async (tx, ctx, { goal, citizen: facts }, note) => {
      const result = await recordFollowUp(tx, ctx, goal, req.body);
      Object.assign(note, { entityId: result.followUpId, detail: { goalId: goal.id } });
      const [followUp] = await listFollowUps(tx, ctx, facts, goal.id, result.followUpId);
      return { data: { followUp: presentFollowUp(followUp), goal: presentGoal(result.goal, abilities(ctx.actor, 'citizen', facts)) } };
    });
  });

  app.get('/follow-ups/due', { schema: { ...docs.due, querystring: DueListQuery, response: { 200: dataOf(DueList) }, tags: ['plans'] } }, (req) =>
    auditedRoute(req, { action: 'read', entity: 'due_list' }, async (tx, ctx, note) => {
      const today = todayInCopenhagen();
      let underPath: string | undefined;
      if (req.query.orgUnitId) {
        const org = await getOrgUnitFacts(tx, req.query.orgUnitId);
        if (!org) throw notFound('Enheden');
        authorize(ctx.actor, 'readDueList', 'org', org);
        underPath = org.path;
      }
      const rows = await listDueGoals(tx, ctx, { today, until: addDaysIso(today, req.query.days), underPath });
      Object.assign(note, {
        entityId: req.query.orgUnitId,
        citizenIds: rows.map((r) => r.citizen_id),
        detail: { days: req.query.days, ...(req.query.orgUnitId ? { orgUnitId: req.query.orgUnitId } : {}) },
      });
      // The query returns only goals due by `until`: each is overdue or upcoming, decided once.
      const data: DueList = { overdue: [], upcoming: [] };
      for (const row of rows) {
        const item = presentDueItem(row, today);
        (dueClass(item.date, today, req.query.days) === 'overdue' ? data.overdue : data.upcoming).push(item);
      }
      return { data };
    }),
  );
};
