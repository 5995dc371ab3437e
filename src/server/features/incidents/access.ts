import { allow, can } from '../../access/policy.js';
import { coversPath, leaderRoles, type Actor, type CitizenFacts, type Role } from '../../access/index.js';
import { placedInCare, treatingNow } from '../../access/citizen.js';

/** An incident's unit by its tree path, and who reported it. */
export interface IncidentFacts {
  municipalityId: string;
  unitId: string;
  unitPath: string;
  reportedBy: string;
}

/** A unit where incidents are reported or counted. */
export interface IncidentUnitFacts {
  municipalityId: string;
  unitId: string;
  path: string;
}

const leadsUnit = (a: Actor, municipalityId: string, path: string) => a.municipalityId === municipalityId && coversPath(a, path, ...leaderRoles);
/** Counts per facility and month, never free text: leaders and the center's management. */
const dashboardRoles: Role[] = [...leaderRoles, 'center_manager', 'consultant'];

// Anyone caring for the citizen now (own care or a running cover) reports an event about them: the
// duty to report falls on whoever was involved or saw it (reference data, whoMustReport).
allow<CitizenFacts>('incident_citizen', ['report'], placedInCare);
// An event about no citizen, or violence: staff and leaders of the unit (own roles or covering it).
allow<IncidentUnitFacts>('incident_unit', ['report'], (a, u) => a.municipalityId === u.municipalityId && a.careUnitIds.includes(u.unitId));
// The unit's counts: its leaders and the center's management (the dashboard).
allow<IncidentUnitFacts>('incident_unit', ['readFigures'], (a, u) => a.municipalityId === u.municipalityId && coversPath(a, u.path, ...dashboardRoles));

// A report is read by its reporter and by the leaders of its unit and above; they alone follow it up
// and see who reported it (learning, not blame: the staff do not see each other's reports).
allow<IncidentFacts>('incident', ['read'], (a, i) => a.municipalityId === i.municipalityId && (a.userId === i.reportedBy || leadsUnit(a, i.municipalityId, i.unitPath)));
allow<IncidentFacts>('incident', ['followUp', 'seeReporter'], (a, i) => leadsUnit(a, i.municipalityId, i.unitPath));

/**
 * A medication error's details are health content about its citizen: for those treating them now, or
 * the unit's leaders. An event about no citizen holds no one's health information: its readers see it all.
 */
export const maySeeHealthDetails = (a: Actor, i: IncidentFacts, citizen: CitizenFacts | null) =>
  citizen === null || can(a, 'followUp', 'incident', i) || treatingNow(a, citizen);

/** Path prefixes under which the actor leads: the SQL twin of 'incident' read for leaders (the reporter's own are added by id). */
export const leaderPaths = (a: Actor) => a.roles.filter((r) => leaderRoles.includes(r.role)).map((r) => r.path);
/** Path prefixes of the units whose counts the actor reads: the SQL twin of 'readFigures'. */
export const dashboardPaths = (a: Actor) => a.roles.filter((r) => dashboardRoles.includes(r.role)).map((r) => r.path);
/** Units where the actor reports: the SQL twin of 'incident_unit' report. */
export const reportingUnitIds = (a: Actor) => a.careUnitIds;
