import { allow, can } from './policy.js';
import { hasRole, type Actor } from './roles.js';

/**
 * What the menus ask: may the actor do this anywhere in their reach, rather than on one record?
 * Facts about the actor that their session does not carry are loaded once (auth/me.ts).
 */
export interface ReachFacts {
  /** Citizens are explicitly assigned to the actor (center managers, consultants). */
  hasAssignedCitizens: boolean;
  /** A unit the actor works on through their own roles serves citizens in their own homes today (a home-support team). */
  hasHomeSupportTeams: boolean;
}

/** Is an organisation rule true at some place where the actor holds a role? Their reach is the subtrees of their roles. */
const somewhereInReach = (a: Actor, action: string) =>
  a.roles.some((r) => can(a, action, 'org', { municipalityId: a.municipalityId, path: r.path }));

// Mine borgere: who works with citizens on units (roles or covers), case workers, and whoever has citizens assigned.
allow<ReachFacts>('my_citizens', ['view'], (a, reach) => a.careUnitIds.length > 0 || hasRole(a, 'case_worker') || reach.hasAssignedCitizens);
// The due list names the citizens of the units one works with.
allow<ReachFacts>('due_list', ['view'], (a) => a.careUnitIds.length > 0);
// Visits (besøg): the coordinator's overview for those on a home-support team or leading one.
allow<ReachFacts>('visits', ['view'], (_a, reach) => reach.hasHomeSupportTeams);
// The facilities overview shows figures: wherever the organisation's 'readFigures' holds.
allow<ReachFacts>('facilities', ['view'], (a) => somewhereInReach(a, 'readFigures'));
// Administration keeps the organisation: wherever 'manage' holds.
allow<ReachFacts>('organisation', ['administer'], (a) => somewhereInReach(a, 'manage'));
// Registering citizens: wherever 'registerCitizens' holds (the server checks the facility chosen).
allow<ReachFacts>('citizens', ['register'], (a) => somewhereInReach(a, 'registerCitizens'));
// Medicinrunde: whoever treats citizens on a unit now, through their own role or a running cover.
allow<ReachFacts>('medicine_rounds', ['view'], (a) => a.treatingUnitIds.length > 0 || a.covers.length > 0);
// Hændelser: who reports (works on a unit or covers one) and who reads the incidents' counts (leaders, the center's management).
allow<ReachFacts>('incidents', ['view'], (a) => a.careUnitIds.length > 0 || hasRole(a, 'unit_leader', 'facility_leader', 'center_manager', 'consultant'));
// Use of force (magtanvendelse): the leaders' list of reports from the units they lead.
allow<ReachFacts>('use_of_force', ['view'], (a) => a.leaderUnitIds.length > 0);
// Henvisninger: the case worker's referrals (the citizens assigned to them).
allow<ReachFacts>('referrals', ['view'], (a) => hasRole(a, 'case_worker'));
