import type { Queryable } from '../../db/index.js';
import type { RequestCtx } from '../../context.js';
import { forbidden, notFound } from '../../errors.js';
import { can } from '../../access/policy.js';
import { admitThrough, loadCitizenFacts } from '../../access/gate.js';
import type { Admitted } from '../../citizen-route.js';
import type { ReferralState } from '../../../domain/visitation/committee.js';
import type { ReferralFacts } from './access.js';

export interface ReferralRow {
  id: string;
  citizenId: string;
  caseWorkerId: string;
  offeredOrgUnitId: string | null;
  offeredPath: string | null;
  state: ReferralState;
  version: number;
  legalBasis: string;
  receivedOn: string;
  supportNeedCode: string | null;
}

/** The referral, locked for the transaction when `lock` (a step or a purchase changes it). */
export async function loadReferral(tx: Queryable, referralId: string, lock = false): Promise<ReferralRow | undefined> {
  const [row] = await tx.query<ReferralRow>(
    `SELECT r.id, r.citizen_id AS "citizenId", r.case_worker_id AS "caseWorkerId", r.offered_org_unit_id AS "offeredOrgUnitId",
            (SELECT o.path FROM org_units o WHERE o.id = r.offered_org_unit_id) AS "offeredPath", r.state, r.version,
            r.legal_basis AS "legalBasis", r.received_on::text AS "receivedOn", r.support_need_code AS "supportNeedCode"
       FROM referrals r WHERE r.id = $1 ${lock ? 'FOR UPDATE OF r' : ''}`,
    [referralId],
  );
  return row;
}

/** A referral admitted for `action` on it ('read', 'committee', 'facility', 'case_worker', 'purchase'). */
export interface AdmittedReferral extends Admitted {
  referral: ReferralRow;
  facts: ReferralFacts;
}

/**
 * The referral gate: 404 when the referral is unknown or the actor may not read it (the committee,
 * its case worker, the leaders of the facility it is offered to), 403 when they read it but may not
 * take `action`. The citizen is admitted through the referral rule: a facility reads the referral
 * offered to it before the citizen lives there.
 */
export async function requireReferral(tx: Queryable, ctx: RequestCtx, referralId: string, action: string, lock = false): Promise<AdmittedReferral> {
  const referral = await loadReferral(tx, referralId, lock);
  if (!referral) throw notFound('Henvisningen');
  const citizen = await loadCitizenFacts(tx, ctx, referral.citizenId);
  if (!citizen) throw notFound('Henvisningen');
  const facts: ReferralFacts = { municipalityId: citizen.municipalityId, caseWorkerId: referral.caseWorkerId, offeredOrgUnitId: referral.offeredOrgUnitId, offeredPath: referral.offeredPath, citizen };
  if (!can(ctx.actor, 'read', 'referral_committee', facts)) throw notFound('Henvisningen');
  if (!can(ctx.actor, action, 'referral_committee', facts)) throw forbidden();
  return { citizen: admitThrough(ctx, 'read', 'referral_committee', facts, 'Henvisningen'), referral, facts, entityId: referral.id };
}
