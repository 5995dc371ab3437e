import { allow } from '../../access/policy.js';
import { assignedAs, inOwnCare } from '../../access/citizen.js';
import { coversPath, leaderRoles, type Actor, type CitizenFacts } from '../../access/index.js';

/** A referral as its rules need it: its citizen and the path of the facility (unit) it is offered to now. */
export interface ReferralFacts {
  municipalityId: string;
  citizen: CitizenFacts;
  offeredUnitPath: string | null;
}

const caseWorkerOf = (a: Actor, c: CitizenFacts) => assignedAs(a, c, 'case_worker');

// The case worker assigned to the citizen refers them to a stay, reads their referrals and their
// application status (the portal will add the citizen themself).
allow<CitizenFacts>('citizen', ['createReferral', 'readReferrals', 'readApplicationStatus'], caseWorkerOf);
// Staff and leaders where the citizen lives report that the citizen's needs have changed.
allow<CitizenFacts>('citizen', ['reportRevisitation'], inOwnCare);

// A referral: its citizen's case worker reads, edits and adds documents; the leaders of the facility
// it is offered to now read it (and its documents), not the rest of the queue.
allow<ReferralFacts>('referral', ['read'], (a, r) =>
  a.municipalityId === r.municipalityId && (caseWorkerOf(a, r.citizen) || (r.offeredUnitPath !== null && coversPath(a, r.offeredUnitPath, ...leaderRoles))));
allow<ReferralFacts>('referral', ['edit', 'upload'], (a, r) => a.municipalityId === r.municipalityId && caseWorkerOf(a, r.citizen));

/**
 * The list's scope as SQL (the twin of 'read' above) on a referral aliased `r`: its citizen assigned
 * to the actor as case worker, or offered to a unit under a path the actor leads. Two parameters
 * from `first`: the user id and the leader paths.
 */
export function referralScope(a: Actor, first: number): { sql: string; params: unknown[] } {
  const caseWorker = a.roles.some((r) => r.role === 'case_worker');
  const leaderPaths = a.roles.filter((r) => leaderRoles.includes(r.role)).map((r) => r.path);
  return {
    sql: `((${caseWorker ? 'TRUE' : 'FALSE'} AND EXISTS (SELECT 1 FROM case_assignments ca WHERE ca.municipality_id = r.municipality_id AND ca.citizen_id = r.citizen_id AND ca.user_id = $${first}))
           OR EXISTS (SELECT 1 FROM org_units ou WHERE ou.municipality_id = r.municipality_id AND ou.id = r.offered_org_unit_id
                       AND ou.path LIKE ANY (SELECT p || '%' FROM unnest($${first + 1}::text[]) p)))`,
    params: [a.userId, leaderPaths],
  };
}
