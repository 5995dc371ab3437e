import { allow } from '../../access/policy.js';
import { coversPath, hasRole, leaderRoles, type Actor } from '../../access/roles.js';
import { assignedAs } from '../../access/citizen.js';
import type { CitizenFacts } from '../../access/citizen.js';

/** What the committee's rules need of a referral, loaded by guard.ts. */
export interface ReferralFacts {
  municipalityId: string;
  caseWorkerId: string;
  /** The facility (or unit) the referral is offered to now, or was placed in; null otherwise. */
  offeredOrgUnitId: string | null;
  /** Its org path: a leader's role at or above it reaches it. */
  offeredPath: string | null;
  citizen: CitizenFacts;
}

const sameTenant = (a: Actor, r: { municipalityId: string }) => a.municipalityId === r.municipalityId;

/**
 * The authority (myndigheden, Copenhagen's *Din Sociale Indgang*) sits in the matching committee:
 * every case worker. The case_worker role can only be held at the municipality or a center
 * (users/schema.ts), i.e. in the authority, never on a facility; so the rule is the role itself.
 * The committee sees the whole queue of its municipality and takes the committee's steps.
 */
export const inCommittee = (a: Actor, r: { municipalityId: string }) => sameTenant(a, r) && hasRole(a, 'case_worker');
/** A leader (unit or facility leader) whose role sits at or above the facility the referral is offered to. */
export const leadsOfferedFacility = (a: Actor, r: ReferralFacts) => sameTenant(a, r) && r.offeredPath !== null && coversPath(a, r.offeredPath, ...leaderRoles);
/** The org paths of the actor's leader roles (the SQL twin of leadsOfferedFacility: offered unit's path under one of them). */
export const leaderPaths = (a: Actor) => a.roles.filter((r) => leaderRoles.includes(r.role)).map((r) => r.path);
/** The referral's own case worker, or a case worker assigned to the citizen. */
const ownCaseWorker = (a: Actor, r: ReferralFacts) => sameTenant(a, r) && (r.caseWorkerId === a.userId || assignedAs(a, r.citizen, 'case_worker'));

// The referral in the committee: the committee, its case worker, and the leaders of the facility it is
// offered to (only while it is: a re-offer elsewhere or the waiting list takes it out of their sight).
allow<ReferralFacts>('referral_committee', ['read'], (a, r) => inCommittee(a, r) || leadsOfferedFacility(a, r) || ownCaseWorker(a, r));
// The committee's steps (offer, place, wait, refuse) and interim purchased places.
allow<ReferralFacts>('referral_committee', ['committee', 'purchase'], inCommittee);
// The facility's answer (accept, accept on a condition, decline): its leaders.
allow<ReferralFacts>('referral_committee', ['facility'], leadsOfferedFacility);
// Withdrawing: the case worker who referred (or is assigned to the citizen).
allow<ReferralFacts>('referral_committee', ['case_worker'], ownCaseWorker);

// Menus. Venteliste: the committee. Henvisninger til tilbuddet: leaders of a unit or facility.
// Sagsbehandlingsfrister: the authority and management (aggregates, no names); the admin sets them.
allow<unknown>('waiting_list', ['view'], (a) => hasRole(a, 'case_worker'));
allow<unknown>('facility_referrals', ['view'], (a) => hasRole(a, ...leaderRoles));
allow<unknown>('referral_deadlines', ['view'], (a) => hasRole(a, 'case_worker', 'center_manager', 'consultant', 'admin'));
allow<{ municipalityId: string }>('referral_deadlines', ['change'], (a, m) => sameTenant(a, m) && hasRole(a, 'admin'));
