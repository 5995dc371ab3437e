import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditedRoute, citizenRoute, gatedRoute } from '../../citizen-route.js';
import { forbidden } from '../../errors.js';
import { can } from '../../access/policy.js';
import type { RequestCtx } from '../../context.js';
import type { Queryable } from '../../db/index.js';
import { CitizenParams } from '../../../contracts/citizens.js';
import { CitizenActionPlans, CommitteeReferralResponse, FacilityInbox, ReferralParams, TransitionBody } from '../../../contracts/committee.js';
import { STATE_LABELS, STEPS } from '../../../domain/visitation/committee.js';
import { todayInCopenhagen } from '../../../domain/dates.js';
import { requireReferral } from './guard.js';
import { leaderPaths } from './access.js';
import { referralView, takeStep } from './commands.js';
import { listActionPlans, listInbox } from './queries.js';

const tags = ['committee'];
const gate = (referralId: string, action: string, lock = false) => (tx: Queryable, ctx: RequestCtx) => requireReferral(tx, ctx, referralId, action, lock);

/** The referral in the matching committee: its view, its steps, the facility's inbox, the action plan with the service. */
export const committeeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/referrals/:referralId/committee', {
    schema: {
      summary: 'A referral in the matching committee',
      description: 'State, history of steps (who, when, why), the § 141 action plan, the steps this user may take, and for the committee the facilities to offer to and the free places to place in. Read by the committee (case workers), the referral’s case worker and the leaders of the facility it is offered to; audited as a read of `referral_committee`.',
      params: ReferralParams, response: { 200: CommitteeReferralResponse }, tags,
    },
  }, (req) =>
    gatedRoute(req, gate(req.params.referralId, 'read'), { action: 'read', entity: 'referral_committee' }, async (tx, ctx, { facts }) => ({
      data: await referralView(tx, ctx, facts, req.params.referralId, todayInCopenhagen()),
    })),
  );

  app.post('/referrals/:referralId/transitions', {
    schema: {
      summary: 'Take one step through the committee',
      description: 'offer, place, wait, refuse by the committee; accept, accept_on_condition, decline by the leaders of the offered facility; withdraw by the referral’s case worker. An illegal step is 409 `illegal_step` with the Danish reason, a missing field 400, a stale version 409; nothing is written then. `place` creates the stay (the placements’ move-in) in the place: two decisions for the last free place get one 201 and one 409 `place_taken`.',
      params: ReferralParams, body: TransitionBody, response: { 201: CommitteeReferralResponse }, tags,
    },
  }, async (req, reply) => {
    const data = await gatedRoute(req, async (tx, ctx) => {
      const admitted = await requireReferral(tx, ctx, req.params.referralId, 'read', true);
      // The step's actor decides the rule: a leader of another facility never got this far (404).
      if (!can(ctx.actor, STEPS[req.body.action].actor, 'referral_committee', admitted.facts)) throw forbidden();
      return admitted;
    }, { action: 'create', entity: 'referral_transition' }, async (tx, ctx, admitted, note) => {
      const today = todayInCopenhagen();
      const step = await takeStep(tx, ctx, admitted, req.body, today);
      note.entityId = step.transitionId;
      note.detail = { referralId: admitted.referral.id, action: req.body.action, from: step.from, to: step.to, ...(step.interventionId ? { interventionId: step.interventionId } : {}) };
      return referralView(tx, ctx, admitted.facts, admitted.referral.id, today);
    });
    return reply.status(201).send({ data });
  });

  app.get('/facility-referrals', {
    schema: {
      summary: 'Referrals offered to the facilities this user leads',
      description: 'The facility’s inbox: offered (to answer), accepted, accepted on a condition or declined, for the units and facilities the user leads, and nothing of the rest of the queue. Audited as a read of `referral_inbox` naming the citizens listed.',
      response: { 200: FacilityInbox }, tags,
    },
  }, (req) =>
    auditedRoute(req, { action: 'read', entity: 'referral_inbox', onlyWhenNamed: true }, async (tx, ctx, note) => {
      if (!can(ctx.actor, 'view', 'facility_referrals', null)) throw forbidden();
      const rows = await listInbox(tx, leaderPaths(ctx.actor));
      note.citizenIds = rows.map((r) => r.citizen.id);
      return { data: rows.map((r) => ({ ...r, stateLabel: STATE_LABELS[r.state], offeredAt: r.offeredAt ? new Date(r.offeredAt).toISOString() : null })) };
    }),
  );

  app.get('/citizens/:citizenId/action-plans', {
    schema: {
      summary: 'The § 141 action plans that came with the citizen’s services',
      description: 'The action plan of each referral the committee placed, with the service it created: what the facility works from. Whoever reads the citizen’s plan (`readPlan`); audited as a read of `service_action_plan`.',
      params: CitizenParams, response: { 200: CitizenActionPlans }, tags,
    },
  }, (req) =>
    citizenRoute(req, { action: 'readPlan', audit: { action: 'read', entity: 'service_action_plan' } }, async (tx, _ctx, citizen) => ({
      data: await listActionPlans(tx, citizen),
    })),
  );
};
