import type { Queryable } from '../../db/index.js';
import type { RequestCtx } from '../../context.js';
import { admitThrough, toCitizenFacts, type VisibleCitizen } from '../../access/gate.js';
import { notFound } from '../../errors.js';
import type { ReferralFacts } from './access.js';
import { getReferral, type ReferralRow } from './queries.js';

export const referralFacts = (r: ReferralRow): ReferralFacts => ({ municipalityId: r.municipality_id, caseWorkerId: r.case_worker_id, citizen: toCitizenFacts(r) });

/**
 * A referral whose matching the actor may run or read, through the citizen gate: 404 when the
 * referral is unknown or its citizen out of the actor's sight, 403 when they see the citizen (a
 * facility where the citizen lives) but not the ranking.
 */
export async function requireMatching(tx: Queryable, ctx: RequestCtx, referralId: string, action: 'rank' | 'read', today: string): Promise<{ referral: ReferralRow; citizen: VisibleCitizen; entityId: string }> {
  const referral = await getReferral(tx, ctx, referralId, today);
  if (!referral) throw notFound('Henvisningen');
  const citizen = admitThrough(ctx, action, 'referral_matching', referralFacts(referral), 'Henvisningen');
  return { referral, citizen, entityId: referral.referral_id };
}
