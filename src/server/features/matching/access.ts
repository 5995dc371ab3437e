import { allow } from '../../access/policy.js';
import { hasRole, type Actor, type CitizenFacts } from '../../access/index.js';
import { assignedAs } from '../../access/citizen.js';

/** A referral as the matching rules need it: its tenant, its case worker and its citizen. */
export interface ReferralFacts {
  municipalityId: string;
  caseWorkerId: string;
  citizen: CitizenFacts;
}

/**
 * The matching committee (matchningsudvalget) sits in the authority: a case worker whose role is
 * held at the municipality itself (Copenhagen's Din Sociale Indgang), not at a center. The committee
 * weighs every referral of the queue, so its members see each referral's ranking.
 */
export const onMatchingCommittee = (a: Actor) => a.roles.some((r) => r.role === 'case_worker' && r.kind === 'municipality');

/**
 * Ranking a referral and reading its rankings: the case worker assigned to the citizen, the
 * referral's own case worker, and the matching committee. Not the facilities (their leaders and
 * staff may see the citizen, not how other facilities scored: 403), nor management or the admin.
 */
const mayMatch = (a: Actor, r: ReferralFacts) =>
  a.municipalityId === r.municipalityId &&
  (assignedAs(a, r.citizen, 'case_worker') || (hasRole(a, 'case_worker') && a.userId === r.caseWorkerId) || onMatchingCommittee(a));

allow<ReferralFacts>('referral_matching', ['rank', 'read'], mayMatch);
// The weights versions: read by those who rank (to see what a score is made of) and the admin; added by the admin.
allow<{ municipalityId: string }>('matching_weights', ['read'], (a, m) => a.municipalityId === m.municipalityId && hasRole(a, 'case_worker', 'admin'));
allow<{ municipalityId: string }>('matching_weights', ['change'], (a, m) => a.municipalityId === m.municipalityId && hasRole(a, 'admin'));
