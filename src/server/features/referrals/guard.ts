import type { Queryable } from '../../db/index.js';
import type { RequestCtx } from '../../context.js';
import { admitThrough, type VisibleCitizen } from '../../access/gate.js';
import { can, type Actor } from '../../access/index.js';
import { notFound } from '../../errors.js';
import { FFB_GROUPS } from '../../../domain/ffb.js';
import { rollUpSupportNeed } from '../../../domain/visitation/support-need.js';
import { todayInCopenhagen } from '../../../domain/dates.js';
import { loadConcepts } from '../plans/queries.js';
import { presentReferral } from './presenter.js';
import {
  ffbAreas, getReferralDetail, getReferralRow, referralAssessment, referralDocuments, referralFacts, referralTargetGroups, referralTransitions, type ReferralRow,
} from './queries.js';

/**
 * The referral gate: the referral and its citizen, admitted when the actor may read the referral
 * (its citizen's case worker, or a leader of the facility it is offered to); 404 otherwise, so ids
 * cannot be probed.
 */
export async function requireReferral(tx: Queryable, ctx: RequestCtx, referralId: string): Promise<{ referral: ReferralRow; citizen: VisibleCitizen; entityId: string }> {
  const referral = await getReferralRow(tx, ctx, referralId, todayInCopenhagen());
  if (!referral || !can(ctx.actor, 'read', 'referral', referralFacts(referral))) throw notFound('Henvisningen');
  const citizen = admitThrough(ctx, 'read', 'referral', referralFacts(referral), 'Henvisningen');
  return { referral, citizen, entityId: referral.id };
}

/** The whole referral as the API sends it, with its transitions, documents and the actor's abilities. */
export async function loadReferral(tx: Queryable, actor: Actor, referral: ReferralRow, citizen: VisibleCitizen) {
  const detail = (await getReferralDetail(tx, citizen, referral.id))!;
  const assessment = await referralAssessment(tx, citizen, referral.id);
  const concepts = await loadConcepts(tx, assessment.flatMap((a) => [a.condition_code, a.level_code]));
  const methods = new Map((await tx.query<{ code: string; name: string }>('SELECT code, name FROM visitation_methods')).map((m) => [m.code, m.name]));
  return presentReferral(detail, {
    targetGroups: await referralTargetGroups(tx, citizen, referral.id),
    assessment,
    areas: await ffbAreas(tx, FFB_GROUPS.activityAndParticipation),
    rollUp: rollUpSupportNeed(assessment.map((a) => ({ conditionCode: a.condition_code, levelCode: a.level_code })), concepts),
    methods,
    transitions: await referralTransitions(tx, citizen, referral.id),
    documents: await referralDocuments(tx, citizen, referral.id),
    abilities: { edit: can(actor, 'edit', 'referral', referralFacts(referral)), upload: can(actor, 'upload', 'referral', referralFacts(referral)) },
  });
}
