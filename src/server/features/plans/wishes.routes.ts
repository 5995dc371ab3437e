import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { citizenRoute, gatedRoute } from '../../citizen-route.js';
import { withTenant } from '../../context.js';
import { AUTHORITY_STATUS, FFB_GROUPS } from '../../../domain/ffb.js';
import { requireCitizen } from '../../access/gate.js';
import { conflict, notFound } from '../../errors.js';
import { CitizenParams } from '../../../contracts/citizens.js';
import { dataOf } from '../../../contracts/common.js';
import { Assessment, AssessmentBody, FfbCodes, Wish, WishBody, WishParams, WishPatchBody } from '../../../contracts/plans.js';
import { getWish, insertWish, listWishes, updateWish } from './wishes.queries.js';
import { listAssessments, listConditions, listGroup } from './assessments.queries.js';
import { recordAssessment } from './commands.js';
import { presentAssessment, presentWish } from './presenter.js';

const PLAN_READERS = 'Ability `readPlan` on the citizen. Outside scope 404.';
const PLAN_EDITORS = 'Ability `editPlan` on the citizen: staff and leaders where the citizen lives; visible but not allowed 403, outside scope 404.';

const docs = {
  codes: {
    summary: 'FFB conditions and statuses on a service',
    description: "The 31 conditions (tilstande) under the six Aktivitet og deltagelse areas, by area then name, that goals and assessments sit on; FFB's Status på indsats (continue, end, end and refer on). Any signed-in user; reference data, not audited.",
  },
  wishes: {
    summary: "The citizen's own wishes",
    description: `What matters to the citizen ("det er vigtigt for mig"), in their words, oldest first: the top of the plan. ${PLAN_READERS} Audited as one \`read\` of \`wish_list\`.`,
  },
  addWish: { summary: 'Add a wish of the citizen’s', description: `The citizen's words and the date they said it. ${PLAN_EDITORS}` },
  editWish: { summary: 'Edit a wish', description: `A stale \`version\` answers 409 with \`error.current\`. ${PLAN_EDITORS}` },
  assessments: {
    summary: "The citizen's FFB assessments",
    description: `Every assessment of a condition, newest first (the first per condition is the current one). ${PLAN_READERS} Audited as one \`read\` of \`ffb_assessment\`.`,
  },
  assess: {
    summary: 'Record an FFB assessment',
    description:
      "`conditionCode` an FFB condition under Aktivitet og deltagelse, `levelCode` a functional level on FFB's scale (not 'Ikke vurderet'), `assessedOn` not in the future; " +
      `a professional \`note\` and the citizen's own view. ${PLAN_EDITORS}`,
  },
};

const STATUS_ORDER: string[] = [AUTHORITY_STATUS.continue, AUTHORITY_STATUS.end, AUTHORITY_STATUS.endAndReferOn];

const STALE = 'Ønsket er ændret af en anden, siden du åbnede det. Se ændringerne og prøv igen.';

/** The top and the ground of the plan: the citizen's wishes and the FFB assessments of their conditions. */
export const wishAndAssessmentRoutes: FastifyPluginAsyncZod = async (app) => {
  // Reference data, no citizen in it: any signed-in user, not audited.
  app.get('/ffb-codes', { schema: { ...docs.codes, response: { 200: dataOf(FfbCodes) }, tags: ['plans'] } }, (req) =>
    withTenant(req, async (tx) => {
      const statuses = await listGroup(tx, FFB_GROUPS.statusOnService);
      return {
        data: {
          conditions: await listConditions(tx, FFB_GROUPS.activityAndParticipation),
          authorityStatuses: statuses.sort((a, b) => STATUS_ORDER.indexOf(a.code) - STATUS_ORDER.indexOf(b.code)),
        },
      };
    }),
  );

  app.get('/citizens/:citizenId/wishes', { schema: { ...docs.wishes, params: CitizenParams, response: { 200: dataOf(z.array(Wish)) }, tags: ['plans'] } }, (req) =>
    citizenRoute(req, { action: 'readPlan', audit: { action: 'read', entity: 'wish_list' } }, async (tx, ctx, citizen) => ({
      data: (await listWishes(tx, ctx, citizen)).map(presentWish),
    })),
  );

  app.post('/citizens/:citizenId/wishes', { schema: { ...docs.addWish, params: CitizenParams, body: WishBody, response: { 201: dataOf(Wish) }, tags: ['plans'] } }, (req, reply) => {
    reply.status(201);
    return citizenRoute(req, { action: 'editPlan', audit: { action: 'create', entity: 'citizen_wish' } }, async (tx, ctx, citizen, note) => {
      const id = await insertWish(tx, ctx, citizen, req.body);
      note.entityId = id;
      return { data: presentWish((await getWish(tx, id))!) };
    });
  });

  app.patch('/wishes/:wishId', { schema: { ...docs.editWish, params: WishParams, body: WishPatchBody, response: { 200: dataOf(Wish) }, tags: ['plans'] } }, (req) =>
    gatedRoute(
      req,
      async (tx, ctx) => {
        const wish = await getWish(tx, req.params.wishId);
        if (!wish) throw notFound('Ønsket');
        return { wish, citizen: await requireCitizen(tx, ctx, wish.citizen_id, 'editPlan', 'Ønsket'), entityId: wish.id };
      },
      { action: 'update', entity: 'citizen_wish' },
      async (tx, ctx, { wish }, note) => {
        const { version, ...changes } = req.body;
        if (!(await updateWish(tx, ctx, wish.id, version, changes))) throw conflict(STALE, presentWish((await getWish(tx, wish.id))!));
        note.detail = { fields: Object.keys(changes) };
        return { data: presentWish((await getWish(tx, wish.id))!) };
      },
    ),
  );

  app.get('/citizens/:citizenId/assessments', { schema: { ...docs.assessments, params: CitizenParams, response: { 200: dataOf(z.array(Assessment)) }, tags: ['plans'] } }, (req) =>
    citizenRoute(req, { action: 'readPlan', audit: { action: 'read', entity: 'ffb_assessment' } }, async (tx, ctx, citizen) => ({
      data: (await listAssessments(tx, ctx, citizen)).map(presentAssessment),
    })),
  );

  app.post('/citizens/:citizenId/assessments', { schema: { ...docs.assess, params: CitizenParams, body: AssessmentBody, response: { 201: dataOf(Assessment) }, tags: ['plans'] } }, (req, reply) => {
    reply.status(201);
    return citizenRoute(req, { action: 'editPlan', audit: { action: 'create', entity: 'ffb_assessment' } }, async (tx, ctx, citizen, note) => {
      const id = await recordAssessment(tx, ctx, citizen, req.body);
      note.entityId = id;
      const [row] = await listAssessments(tx, ctx, citizen, { onlyId: id });
      return { data: presentAssessment(row) };
    });
  });
};
