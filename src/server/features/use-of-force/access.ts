import { allow } from '../../access/policy.js';
import { hasRole, type Actor, type CitizenFacts } from '../../access/index.js';
import { assignedAs, placedInCare, placedUnderLeader } from '../../access/citizen.js';

/** A use-of-force report as its rules need it: who registered it, where it happened, whether it is forwarded. */
export interface ReportFacts {
  municipalityId: string;
  reportedBy: string;
  unitId: string;
  forwarded: boolean;
  citizen: CitizenFacts;
}

/** A unit or facility leader over the unit where it happened. */
const leadsUnit = (a: Actor, r: ReportFacts) => a.municipalityId === r.municipalityId && a.leaderUnitIds.includes(r.unitId);

// Registering is for whoever has the citizen in care now, a night cover included: the one who acted reports.
allow<CitizenFacts>('citizen', ['registerUseOfForce', 'registerForceUse'], placedInCare);
// The citizen's reports and decisions: those in care (each sees their own reports), the leaders,
// and the assigned case worker (forwarded reports only).
allow<CitizenFacts>('citizen', ['readUseOfForce'], (a, c) => placedInCare(a, c) || placedUnderLeader(a, c) || assignedAs(a, c, 'case_worker'));
// The municipality's pre-approved decisions are recorded by the citizen's leaders.
allow<CitizenFacts>('citizen', ['manageForceDecisions'], placedUnderLeader);
// A report is read by its reporter, the leaders over the unit where it happened, and the assigned
// case worker once it is forwarded (the acting municipality has received it then).
allow<ReportFacts>('use_of_force_report', ['read'], (a, r) =>
  (a.municipalityId === r.municipalityId && r.reportedBy === a.userId) || leadsUnit(a, r) || (r.forwarded && assignedAs(a, r.citizen, 'case_worker')),
);
// The leader's statement, forwarding and informing relatives: a unit or facility leader over that unit.
allow<ReportFacts>('use_of_force_report', ['forward', 'informRelatives'], (a, r) => leadsUnit(a, r) && hasRole(a, 'unit_leader', 'facility_leader'));
// Deadline rules are the municipality's administration.
allow<{ municipalityId: string }>('use_of_force_deadlines', ['change'], (a, m) => a.municipalityId === m.municipalityId && hasRole(a, 'admin'));
