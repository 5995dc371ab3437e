import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authorize } from '../../access/index.js';
import { auditedRoute, citizenRoute, gatedRoute } from '../../citizen-route.js';
import { withTenant } from '../../context.js';
import { AppError, badRequest, conflict } from '../../errors.js';
import { CitizenParams } from '../../../contracts/citizens.js';
import {
  ApplicationStatus, CreateReferralBody, ReferralCatalogue, ReferralList, ReferralListQuery, ReferralParams, ReferralResponse, UpdateReferralBody,
} from '../../../contracts/referrals.js';
import { todayInCopenhagen } from '../../../domain/dates.js';
import { FFB_GROUPS } from '../../../domain/ffb.js';
import { isFinal, type ReferralState } from '../../../domain/visitation/committee.js';
import { referralScope } from './access.js';
import { assertValidReferral } from './commands.js';
import { loadReferral, requireReferral } from './guard.js';
import { presentApplication, presentSummary } from './presenter.js';
import { citizenReferrals, formCatalogue, getReferralRow, getRevisitationReport, insertReferral, listReferrals, updateReferral } from './queries.js';

const tags = ['referrals'];
const gate = (referralId: string) => (tx: Parameters<typeof requireReferral>[0], ctx: Parameters<typeof requireReferral>[1]) => requireReferral(tx, ctx, referralId);

/**
 * Referrals (henvisninger): the form's catalogue, the case worker's list, creating one for a
 * citizen (with its first transition), reading and editing one, a citizen's referrals and their
 * application status in plain Danish.
 */
export const referralRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/referral-catalogue', {
    schema: { summary: 'What the referral form picks from', description: 'Methods and specialisations, referral types with the municipality’s deadline, and the FFB conditions under the six life areas. Reference data; not audited.', response: { 200: ReferralCatalogue }, tags },
  }, (req) => withTenant(req, async (tx, ctx) => ({ data: await formCatalogue(tx, ctx, FFB_GROUPS.activityAndParticipation) })));

  app.get('/referrals', {
    schema: { summary: 'Henvisninger: the referrals in the actor’s reach', description: 'The case worker’s (citizens assigned to them) and those offered to a facility the actor leads; `state` narrows. Most urgent and oldest first. Audited naming every citizen listed.', querystring: ReferralListQuery, response: { 200: ReferralList }, tags },
  }, (req) =>
    auditedRoute(req, { action: 'read', entity: 'referral_list', onlyWhenNamed: true }, async (tx, ctx, note) => {
      const rows = await listReferrals(tx, ctx, referralScope(ctx.actor, 3), req.query.state);
      note.citizenIds = rows.map((r) => r.citizen_id);
      return { data: rows.map(presentSummary) };
    }),
  );

  app.post('/citizens/:citizenId/referrals', {
    schema: { summary: 'Refer a citizen to a stay', description: 'By the assigned case worker (`createReferral`): the § 141 action plan, legal basis (a stay’s), target groups in order, flags, methods, urgency, support need, an FFB assessment on conditions, wishes and physical needs; 400 with every field’s message, nothing written. `revisitationReportId` opens a re-visitation linked to the old referral. Writes the first transition (submit → submitted).', params: CitizenParams, body: CreateReferralBody, response: { 201: ReferralResponse }, tags },
  }, (req, reply) => {
    reply.status(201);
    return citizenRoute(req, { action: 'createReferral', audit: { action: 'create', entity: 'referral' } }, async (tx, ctx, citizen, note) => {
      const today = todayInCopenhagen();
      await assertValidReferral(tx, citizen, req.body, today);
      let link = { typeCode: req.body.typeCode as string, previousReferralId: null as string | null, revisitationReportId: null as string | null };
      if (req.body.revisitationReportId) {
        const report = await getRevisitationReport(tx, citizen.municipalityId, req.body.revisitationReportId);
        if (!report || report.citizen_id !== citizen.id) throw badRequest('Henvisningen er ikke udfyldt korrekt.', { revisitationReportId: 'Ukendt revisitation for borgeren.' });
        if (report.answered_by) throw badRequest('Henvisningen er ikke udfyldt korrekt.', { revisitationReportId: 'Der er allerede oprettet en henvisning på denne revisitation.' });
        const [previous] = report.referral_id
          ? [{ id: report.referral_id }]
          : await tx.query<{ id: string }>('SELECT id FROM referrals WHERE municipality_id = $1 AND citizen_id = $2 ORDER BY received_on DESC, created_at DESC LIMIT 1', [citizen.municipalityId, citizen.id]);
        link = { typeCode: 'revisitation', previousReferralId: previous?.id ?? null, revisitationReportId: report.id };
      }
      const id = await insertReferral(tx, ctx, citizen, req.body, link, today);
      Object.assign(note, { entityId: id, detail: { type: link.typeCode } });
      return { data: await loadReferral(tx, ctx.actor, (await getReferralRow(tx, ctx, id, today))!, citizen) };
    });
  });

  app.get('/citizens/:citizenId/referrals', {
    schema: { summary: "The citizen's referrals", description: 'For the assigned case worker (`readReferrals`); audited as a read of `referral`.', params: CitizenParams, response: { 200: ReferralList }, tags },
  }, (req) =>
    citizenRoute(req, { action: 'readReferrals', audit: { action: 'read', entity: 'referral' } }, async (tx, _ctx, citizen) => ({
      data: (await citizenReferrals(tx, citizen)).map(presentSummary),
    })),
  );

  app.get('/referrals/:referralId', {
    schema: { summary: 'One referral with everything', description: 'The action plan, assessment (and its roll-up to the six life areas), wishes, transitions and documents. For the citizen’s case worker and the leaders of the facility it is offered to; 404 otherwise. Audited.', params: ReferralParams, response: { 200: ReferralResponse }, tags },
  }, (req) =>
    gatedRoute(req, gate(req.params.referralId), { action: 'read', entity: 'referral' }, async (tx, ctx, { referral, citizen }) => ({
      data: await loadReferral(tx, ctx.actor, referral, citizen),
    })),
  );

  app.patch('/referrals/:referralId', {
    schema: { summary: 'Change a referral not yet decided', description: 'The whole referral again with the `version` read (409 with the current one when stale, or when decided or withdrawn). By the citizen’s case worker (403 for a facility’s leader).', params: ReferralParams, body: UpdateReferralBody, response: { 200: ReferralResponse }, tags },
  }, (req) =>
    gatedRoute(req, gate(req.params.referralId), { action: 'update', entity: 'referral' }, async (tx, ctx, { referral, citizen }) => {
      authorize(ctx.actor, 'edit', 'referral', { municipalityId: referral.municipality_id, citizen, offeredUnitPath: referral.offered_path });
      const today = todayInCopenhagen();
      if (isFinal(referral.state as ReferralState)) throw conflict('Henvisningen er afgjort og kan ikke ændres.', await loadReferral(tx, ctx.actor, referral, citizen));
      if (referral.version !== req.body.version) throw conflict('Henvisningen er ændret af en anden. Se den nye og prøv igen.', await loadReferral(tx, ctx.actor, referral, citizen));
      const { version, ...body } = req.body;
      await assertValidReferral(tx, citizen, body, today);
      if ((await updateReferral(tx, citizen, referral.id, body, version)) === 'stale') {
        throw new AppError(409, 'conflict', 'Henvisningen er ændret af en anden. Prøv igen.');
      }
      return { data: await loadReferral(tx, ctx.actor, (await getReferralRow(tx, ctx, referral.id, today))!, citizen) };
    }),
  );

  app.get('/citizens/:citizenId/application-status', {
    schema: { summary: "The citizen's application status", description: 'Each referral’s state in plain Danish, since when, and the next step — for the citizens’ portal to come (today the assigned case worker, `readApplicationStatus`). Audited.', params: CitizenParams, response: { 200: ApplicationStatus }, tags },
  }, (req) =>
    citizenRoute(req, { action: 'readApplicationStatus', audit: { action: 'read', entity: 'application_status' } }, async (tx, _ctx, citizen) => {
      const [c] = await tx.query<{ name: string }>("SELECT first_name || ' ' || last_name AS name FROM citizens WHERE municipality_id = $1 AND id = $2", [citizen.municipalityId, citizen.id]);
      return { data: { citizen: { id: citizen.id, name: c.name }, applications: (await citizenReferrals(tx, citizen)).map(presentApplication) } };
    }),
  );
};
