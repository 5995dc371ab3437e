import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authorize } from '../../access/index.js';
import { auditedRoute, gatedRoute } from '../../citizen-route.js';
import { withTenant } from '../../context.js';
import { badRequest } from '../../errors.js';
import { NewWeightsBody, ReferralParams, RankingResponse, WeightsVersionList, WeightsVersionResponse, FACTOR_LABELS } from '../../../contracts/matching.js';
import { todayInCopenhagen } from '../../../domain/dates.js';
import { checkWeights, FACTORS } from '../../../domain/visitation/weights.js';
import { requireMatching } from './guard.js';
import { insertWeights, latestRanking, versionInUse, weightVersions } from './queries.js';
import { runRanking, type RankingResult } from './ranking.js';
import { presentRanking, presentView, presentWeights } from './presenter.js';

const tags = ['matching'];
const gate = (referralId: string, action: 'rank' | 'read') => (tx: Parameters<typeof requireMatching>[0], ctx: Parameters<typeof requireMatching>[1]) =>
  requireMatching(tx, ctx, referralId, action, todayInCopenhagen());

/**
 * Matching (issue 14, C3): rank a referral's candidate places with the weights in use and store the
 * ranking with its version; read the newest ranking; list and add weights versions (admin).
 */
export const matchingRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post('/referrals/:referralId/ranking', {
    schema: {
      summary: 'Rank the places for a referral',
      description:
        'Runs the matching engine on the tenant’s active places (places of a unit alike in basis, target groups and physical standard are one candidate) with the newest weights version (Mestring’s defaults are stored as the first on first use), stores the ranking with that version, and answers every ranked candidate with its score and each factor’s points and reason, and every excluded one with each reason. For the case worker assigned to the citizen, the referral’s case worker and the matching committee (case workers of the municipality); 403 for a facility that sees the citizen, 404 otherwise. Audited as a `create` of `referral_ranking`.',
      params: ReferralParams, response: { 201: RankingResponse }, tags,
    },
  }, (req, reply) => {
    reply.status(201);
    return gatedRoute(req, gate(req.params.referralId, 'rank'), { action: 'create', entity: 'referral_ranking' }, async (tx, ctx, { referral, citizen }, note) => {
      const today = todayInCopenhagen();
      const made = await runRanking(tx, ctx, citizen, referral, today);
      note.detail = { weightsVersion: made.version, ranked: made.result.ranked.length, excluded: made.result.excluded.length };
      const ranking = presentRanking(referral.referral_id, { ...made, rankedOn: today, rankedAt: made.at, rankedBy: ctx.actor.displayName });
      return { data: presentView(referral, ranking, made.version) };
    });
  });

  app.get('/referrals/:referralId/ranking', {
    schema: {
      summary: 'The newest ranking of a referral',
      description: 'The ranking as it was stored (with the weights version it used), or `ranking: null` before the first; and the version a new ranking would use. Same audience as ranking. Audited as a read of `referral_ranking`.',
      params: ReferralParams, response: { 200: RankingResponse }, tags,
    },
  }, (req) =>
    gatedRoute(req, gate(req.params.referralId, 'read'), { action: 'read', entity: 'referral_ranking' }, async (tx, _ctx, { referral, citizen }, note) => {
      const row = await latestRanking(tx, citizen, referral.referral_id);
      if (row) note.detail = { rankingId: row.id };
      const ranking = row
        ? presentRanking(referral.referral_id, {
            id: row.id, version: row.weights_version, rankedOn: row.ranked_on, rankedAt: row.ranked_at, rankedBy: row.ranked_by_name, result: row.result as RankingResult,
          })
        : null;
      return { data: presentView(referral, ranking, await versionInUse(tx, citizen.municipalityId)) };
    }),
  );

  app.get('/matching/weights', {
    schema: {
      summary: 'The matching weights versions',
      description: 'Every version, newest (in use) first, with the factors’ names. For case workers and the admin; configuration, not audited.',
      response: { 200: WeightsVersionList }, tags,
    },
  }, (req) =>
    withTenant(req, async (tx, ctx) => {
      authorize(ctx.actor, 'read', 'matching_weights', { municipalityId: ctx.actor.municipalityId });
      const versions = await weightVersions(tx, ctx.actor.municipalityId);
      return {
        data: {
          versions: versions.map((v, i) => presentWeights(v, i === 0)),
          factors: FACTORS.map((code) => ({ code, label: FACTOR_LABELS[code] })),
        },
      };
    }),
  );

  app.post('/matching/weights', {
    schema: {
      summary: 'Add a matching weights version',
      description: 'A new version becomes the one in use: later rankings use it, stored ones keep theirs. Every factor’s weight ≥ 0 and at least one above 0, the parameters in range (400 with field messages); a name already used is a 400 on `version`. Admin only; audited.',
      body: NewWeightsBody, response: { 201: WeightsVersionResponse }, tags,
    },
  }, (req, reply) => {
    reply.status(201);
    return auditedRoute(req, { action: 'create', entity: 'matching_weights' }, async (tx, ctx, note) => {
      authorize(ctx.actor, 'change', 'matching_weights', { municipalityId: ctx.actor.municipalityId });
      const body = req.body;
      const weights = { version: body.version, weights: body.weights, params: body.params };
      const errors = checkWeights(weights);
      if (Object.keys(errors).length) throw badRequest('Vægtene kan ikke bruges.', errors);
      if (!(await insertWeights(tx, ctx, weights, body.note))) throw badRequest('Navnet er brugt.', { version: 'Der findes allerede en version med det navn. Giv den nye version et andet navn.' });
      note.entityId = undefined;
      note.detail = { version: body.version };
      const [created] = (await weightVersions(tx, ctx.actor.municipalityId)).filter((v) => v.version === body.version);
      return { data: presentWeights(created, true) };
    });
  });
};
