import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { can } from '../../access/index.js';
import { citizenRoute } from '../../citizen-route.js';
import { conflict, notFound } from '../../errors.js';
import { CitizenParams } from '../../../contracts/citizens.js';
import { dataOf, NoContent } from '../../../contracts/common.js';
import {
  Aid, AidBody, Allergy, AllergyBody, CrisisPlan, CrisisPlanBody, KeyInfoItemParams, KeyInfoResponse, Professional, ProfessionalBody,
  RiskAssessment, RiskAssessmentBody, UnderConsentQuery,
} from '../../../contracts/key-info.js';
import type { AuditEntity } from '../../audit/index.js';
import { deleteItem, getCrisisPlan, insertItem, insertRiskAssessment, itemLists, listItems, listRiskAssessments, saveCrisisPlan, type ItemList, type ItemRow } from './queries.js';
import { presentAid, presentAllergy, presentCrisisPlan, presentProfessional, presentRisk } from './presenter.js';
import { underConsent } from './consent-use.js';

const READERS = 'Ability `readKeyInfo`: staff and leaders where the citizen lives, and whoever covers that unit now. Outside scope 404, visible but not allowed 403.';
const EDITORS = 'Ability `editKeyInfo`: staff and leaders where the citizen lives through their own roles (a cover reads only). Outside scope 404, visible but not allowed 403.';
const STALE = 'Kriseplanen er ændret af en anden, siden du åbnede den. Se ændringerne og prøv igen.';

/** The three plain lists: their path, body, answer, audit entity and Danish name. */
const lists = {
  professionals: { body: ProfessionalBody, answer: Professional, present: presentProfessional, entity: 'professional', what: 'Fagpersonen', doc: 'an outside professional (GP, psychiatry, substance treatment, probation, dentist, other)' },
  allergies: { body: AllergyBody, answer: Allergy, present: presentAllergy, entity: 'allergy', what: 'Allergien', doc: 'an allergy (substance, reaction, severity)' },
  aids: { body: AidBody, answer: Aid, present: presentAid, entity: 'aid', what: 'Hjælpemidlet', doc: 'an aid (hjælpemiddel)' },
} satisfies Record<ItemList, { body: z.ZodType; answer: z.ZodType; present: (r: ItemRow) => unknown; entity: AuditEntity; what: string; doc: string }>;

/** Key information on the citizen record (nøgleoplysninger). */
export const keyInfoRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/citizens/:citizenId/key-info',
    {
      schema: {
        summary: "The citizen's key information",
        description:
          'Outside professionals (the GP first), allergies (severe first), aids, the latest 20 risk assessments (BVC, newest first, with total and level: 0 low, 1–2 moderate, ≥ 3 high) and the crisis plan. ' +
          '`consentId`: read to be shared under that consent (it must stand today and cover `key_information`); the audit row names it. ' +
          `${READERS} Audited as a \`read\` of \`key_info\`.`,
        params: CitizenParams,
        querystring: UnderConsentQuery,
        response: { 200: KeyInfoResponse },
        tags: ['key-info'],
      },
    },
    (req) =>
      citizenRoute(req, { action: 'readKeyInfo', audit: { action: 'read', entity: 'key_info' } }, async (tx, ctx, citizen, note) => {
        const consent = await underConsent(tx, citizen, req.query.consentId, 'key_information');
        if (consent) note.detail = { ...consent };
        const [professionals, allergies, aids, risks, plan] = [
          await listItems(tx, citizen, 'professionals'),
          await listItems(tx, citizen, 'allergies'),
          await listItems(tx, citizen, 'aids'),
          await listRiskAssessments(tx, citizen),
          await getCrisisPlan(tx, citizen),
        ];
        return {
          data: {
            professionals: professionals.map(presentProfessional),
            allergies: allergies.map(presentAllergy),
            aids: aids.map(presentAid),
            riskAssessments: risks.map(presentRisk),
            crisisPlan: plan ? presentCrisisPlan(plan) : null,
            abilities: { edit: can(ctx.actor, 'editKeyInfo', 'citizen', citizen) },
          },
        };
      }),
  );

  for (const [list, l] of Object.entries(lists) as Array<[ItemList, (typeof lists)[ItemList]]>) {
    app.post(
      `/citizens/:citizenId/${list}`,
      { schema: { summary: `Add ${l.doc}`, description: `${EDITORS} Audited as a \`create\` of \`${l.entity}\`.`, params: CitizenParams, body: l.body, response: { 201: dataOf(l.answer) }, tags: ['key-info'] } },
      (req, reply) => {
        reply.status(201);
        return citizenRoute(req, { action: 'editKeyInfo', audit: { action: 'create', entity: l.entity } }, async (tx, ctx, citizen, note) => {
          const row = await insertItem(tx, ctx, citizen, list, req.body as Record<string, unknown>);
          note.entityId = row.id;
          return { data: l.present(row) };
        });
      },
    );
    app.delete(
      `/citizens/:citizenId/${list}/:itemId`,
      { schema: { summary: `Remove ${l.doc}`, description: `${EDITORS} Unknown or another citizen's: 404. Audited as a \`delete\` of \`${l.entity}\`.`, params: KeyInfoItemParams, response: { 204: NoContent }, tags: ['key-info'] } },
      async (req, reply) => {
        await citizenRoute(req, { action: 'editKeyInfo', audit: { action: 'delete', entity: l.entity } }, async (tx, _ctx, citizen, note) => {
          if (!(await deleteItem(tx, citizen, itemLists[list].table, req.params.itemId))) throw notFound(l.what);
          note.entityId = req.params.itemId;
        });
        return reply.status(204).send(null);
      },
    );
  }

  app.post(
    '/citizens/:citizenId/risk-assessments',
    {
      schema: {
        summary: "Score Brøset's violence checklist (BVC)",
        description:
          'Six behaviours seen in the last 24 hours, each 0 or 1: `confused`, `irritable`, `boisterous`, `verbalThreats`, `physicalThreats`, `attackingObjects`; the answer carries the total 0–6 and its level (0 low, 1–2 moderate, ≥ 3 high). ' +
          `Kept as scored, by whom and on \`assessedOn\`. ${EDITORS} Audited as a \`create\` of \`risk_assessment\`.`,
        params: CitizenParams,
        body: RiskAssessmentBody,
        response: { 201: dataOf(RiskAssessment) },
        tags: ['key-info'],
      },
    },
    (req, reply) => {
      reply.status(201);
      return citizenRoute(req, { action: 'editKeyInfo', audit: { action: 'create', entity: 'risk_assessment' } }, async (tx, ctx, citizen, note) => {
        const row = await insertRiskAssessment(tx, ctx, citizen, req.body);
        note.entityId = row.id;
        return { data: presentRisk(row) };
      });
    },
  );

  app.post(
    '/citizens/:citizenId/crisis-plan',
    {
      schema: {
        summary: 'Write the crisis plan',
        description:
          'Signs that a crisis is coming, what helps, who to call. Without `version` it writes the first plan; with one, the plan of that version. ' +
          'A stale `version` (or none when a plan exists) answers 409 with `error.current`, writing nothing. ' +
          `${EDITORS} Audited as an \`update\` of \`crisis_plan\`.`,
        params: CitizenParams,
        body: CrisisPlanBody,
        response: { 200: dataOf(CrisisPlan) },
        tags: ['key-info'],
      },
    },
    (req) =>
      citizenRoute(req, { action: 'editKeyInfo', audit: { action: 'update', entity: 'crisis_plan' } }, async (tx, ctx, citizen, note) => {
        if (!(await saveCrisisPlan(tx, ctx, citizen, req.body))) {
          const now = await getCrisisPlan(tx, citizen);
          throw conflict(STALE, now ? presentCrisisPlan(now) : undefined);
        }
        note.detail = { version: req.body.version ?? null };
        return { data: presentCrisisPlan((await getCrisisPlan(tx, citizen))!) };
      }),
  );
};
