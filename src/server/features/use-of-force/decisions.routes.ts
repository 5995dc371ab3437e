import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authorize, can } from '../../access/index.js';
import { requireCitizen } from '../../access/gate.js';
import { auditedRoute, citizenRoute, gatedRoute } from '../../citizen-route.js';
import { withTenant } from '../../context.js';
import { badRequest, notFound } from '../../errors.js';
import { CitizenParams } from '../../../contracts/citizens.js';
import {
  ChangeDeadlineBody, DeadlineList, DeadlineParams, DeadlineResponse, DecisionParams, DecisionResponse, RecordDecisionBody, RegisterUseBody,
} from '../../../contracts/use-of-force.js';
import { todayInCopenhagen } from '../../../domain/dates.js';
import { checkAnswers } from './commands.js';
import { currentForms, deadlineRules, getDecision, insertDecision, insertUse, listMeasures, measureMap, nowLocal, saveDeadlineRule } from './queries.js';
import { presentDeadline, presentDecision } from './presenter.js';

const tags = ['use-of-force'];

/**
 * Pre-approved decisions (forhåndsgodkendte indgreb, granted on the tilbud's Skema 3 request) and
 * their uses, and the deadline rules a municipality works by (an admin changes them, with source).
 */
export const decisionRoutes: FastifyPluginAsyncZod = async (app) => {
  const answer = async (tx: Parameters<typeof deadlineRules>[0], municipalityId: string, decisionId: string, ctx: Parameters<typeof getDecision>[1]) => {
    const rules = await deadlineRules(tx, municipalityId);
    return { data: presentDecision((await getDecision(tx, ctx, decisionId))!, await measureMap(tx), rules.find((r) => r.rule === 'combined_report')!, todayInCopenhagen()) };
  };

  app.post('/citizens/:citizenId/use-of-force/decisions', {
    schema: { summary: 'Record a pre-approved decision', description: 'The municipality’s decision on the tilbud’s Skema 3 request: one pre-approved measure, its period, and the request’s answers (the current Skema 3 version’s required fields). For the citizen’s leaders (`manageForceDecisions`).', params: CitizenParams, body: RecordDecisionBody, response: { 201: DecisionResponse }, tags },
  }, (req, reply) => {
    reply.status(201);
    return citizenRoute(req, { action: 'manageForceDecisions', audit: { action: 'create', entity: 'use_of_force_decision' } }, async (tx, ctx, citizen, note) => {
      const today = todayInCopenhagen();
      const request = (await currentForms(tx, today)).find((f) => f.form_code === 'skema3')!;
      const errors: Record<string, string> = {};
      const measure = (await listMeasures(tx)).find((m) => m.code === req.body.measureCode && m.report_form === 'skema2');
      if (!measure) errors.measureCode = 'Vælg et indgreb, der kræver forhåndsgodkendelse.';
      if (req.body.decidedOn > today) errors.decidedOn = 'Datoen kan ikke ligge i fremtiden.';
      const { errors: fieldErrors, clean } = checkAnswers(request, req.body.answers);
      Object.assign(errors, fieldErrors);
      if (Object.keys(errors).length) throw badRequest('Afgørelsen mangler oplysninger.', errors);
      const id = await insertDecision(tx, ctx, citizen, { ...req.body, answers: clean }, request.version);
      Object.assign(note, { entityId: id, detail: { measure: req.body.measureCode } });
      return answer(tx, citizen.municipalityId, id, ctx);
    });
  });

  app.post('/use-of-force/decisions/:decisionId/uses', {
    schema: { summary: 'Register a use of a pre-approved measure', description: 'Counted against its decision, within its period and not in the future. For those with the citizen in care (`registerForceUse`).', params: DecisionParams, body: RegisterUseBody, response: { 201: DecisionResponse }, tags },
  }, (req, reply) => {
    reply.status(201);
    return gatedRoute(
      req,
      async (tx, ctx) => {
        const decision = await getDecision(tx, ctx, req.params.decisionId);
        if (!decision) throw notFound('Afgørelsen');
        return { decision, citizen: await requireCitizen(tx, ctx, decision.citizen_id, 'registerForceUse', 'Afgørelsen'), entityId: decision.id };
      },
      { action: 'create', entity: 'use_of_force_use' },
      async (tx, ctx, { decision, citizen }) => {
        const day = req.body.usedAt.slice(0, 10);
        if (req.body.usedAt > nowLocal()) throw badRequest('Ugyldige oplysninger.', { usedAt: 'Tidspunktet kan ikke ligge i fremtiden.' });
        if (day < decision.valid_from || day > decision.valid_to) throw badRequest('Ugyldige oplysninger.', { usedAt: 'Tidspunktet ligger uden for afgørelsens periode.' });
        await insertUse(tx, ctx, decision.id, req.body);
        return answer(tx, citizen.municipalityId, decision.id, ctx);
      },
    );
  });

  app.get('/use-of-force/deadlines', {
    schema: { summary: 'The use-of-force deadline rules', description: 'The municipality’s rules (its own, or the shipped pre-2020 defaults marked to be checked), each with its legal source. Any employee; `mayChange`: an admin. Not audited (no citizen data).', response: { 200: DeadlineList }, tags },
  }, (req) =>
    withTenant(req, async (tx, ctx) => ({
      data: {
        rules: (await deadlineRules(tx, ctx.actor.municipalityId)).map(presentDeadline),
        mayChange: can(ctx.actor, 'change', 'use_of_force_deadlines', { municipalityId: ctx.actor.municipalityId }),
      },
    })),
  );

  app.patch('/use-of-force/deadlines/:rule', {
    schema: { summary: 'Change a use-of-force deadline rule', description: 'Days (calendar days or weekdays) and the source text; applies to reports registered from now on. Admin only; audited.', params: DeadlineParams, body: ChangeDeadlineBody, response: { 200: DeadlineResponse }, tags },
  }, (req) =>
    auditedRoute(req, { action: 'update', entity: 'use_of_force_deadline' }, async (tx, ctx, note) => {
      authorize(ctx.actor, 'change', 'use_of_force_deadlines', { municipalityId: ctx.actor.municipalityId });
      await saveDeadlineRule(tx, ctx, req.params.rule, req.body);
      note.detail = { rule: req.params.rule, days: req.body.days, dayKind: req.body.dayKind };
      return { data: presentDeadline((await deadlineRules(tx, ctx.actor.municipalityId)).find((r) => r.rule === req.params.rule)!) };
    }),
  );
};
