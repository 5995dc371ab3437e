import { can, type Actor, type CitizenFacts } from '../../access/index.js';
import { toCitizenFacts } from '../../access/gate.js';
import { isoTimestamp } from '../../present.js';
import type { AdverseEvent, AdverseEventListItem, ViolenceIncident } from '../../../contracts/incidents.js';
import { maySeeHealthDetails, type IncidentFacts } from './access.js';
import type { AdverseEventRow, CitizenFactsJson } from './queries.js';
import type { ViolenceRow } from './violence.queries.js';

export const incidentFacts = (row: { municipality_id: string; unit_id: string; unit_path: string; reported_by: string }): IncidentFacts => ({
  municipalityId: row.municipality_id, unitId: row.unit_id, unitPath: row.unit_path, reportedBy: row.reported_by,
});
export const citizenFacts = (c: CitizenFactsJson | null): CitizenFacts | null => (c ? toCitizenFacts(c) : null);
const citizenRef = (c: CitizenFactsJson | null) => (c ? { id: c.id, name: c.name } : null);
const maybeIso = (t: Date | string | null) => (t === null ? null : isoTimestamp(t));

export function presentAdverseEventItem(actor: Actor, row: AdverseEventRow): AdverseEventListItem {
  return {
    id: row.id,
    citizen: citizenRef(row.citizen),
    unit: { id: row.unit_id, name: row.unit_name },
    facility: { id: row.facility_id, name: row.facility_name },
    occurredAt: isoTimestamp(row.occurred_at),
    eventType: row.event_type,
    title: row.title,
    severity: row.severity,
    status: row.status,
    reportedByMe: row.reported_by === actor.userId,
  };
}

/**
 * An adverse event for its reader: who reported it only to the unit's leaders; a medication
 * error's description, consequences and medicine only to those treating the citizen now or leading the unit.
 */
export function presentAdverseEvent(actor: Actor, row: AdverseEventRow): AdverseEvent {
  const facts = incidentFacts(row);
  const health = row.event_type !== 'medication_error' || maySeeHealthDetails(actor, facts, citizenFacts(row.citizen));
  const followUp = can(actor, 'followUp', 'incident', facts);
  return {
    ...presentAdverseEventItem(actor, row),
    administrationId: row.administration_id,
    description: health ? row.description : null,
    consequenceNote: health ? row.consequence_note : null,
    prevention: row.prevention,
    comments: row.comments,
    location: row.location,
    involvedLocations: row.involved_locations,
    medicine: health ? row.medicine : null,
    actualConsequence: row.actual_consequence,
    possibleConsequence: row.possible_consequence,
    reportedBy: can(actor, 'seeReporter', 'incident', facts) ? { id: row.reported_by, name: row.reported_by_name } : null,
    reportedAt: isoTimestamp(row.reported_at),
    learning: row.learning,
    actions: row.actions,
    followedUpBy: row.followed_up_by_name,
    followedUpAt: maybeIso(row.followed_up_at),
    version: row.version,
    abilities: { followUp, export: followUp && health },
  };
}

export function presentViolence(actor: Actor, row: ViolenceRow): ViolenceIncident {
  const facts = incidentFacts(row);
  const leader = can(actor, 'followUp', 'incident', facts);
  return {
    id: row.id,
    unit: { id: row.unit_id, name: row.unit_name },
    facility: { id: row.facility_id, name: row.facility_name },
    date: row.occurred_on,
    kind: row.kind,
    exposedStaff: row.exposed_user_id ? { id: row.exposed_user_id, name: row.exposed_user_name ?? '' } : null,
    exposedCitizen: citizenRef(row.exposed_citizen),
    actingCitizen: citizenRef(row.acting_citizen),
    description: row.description,
    injury: row.injury,
    absenceDays: row.absence_days,
    workAccident: row.work_accident_due
      ? { due: row.work_accident_due, reportedOn: row.work_accident_reported_on, overdue: row.overdue, markedOverdueAt: maybeIso(row.overdue_marked_at) }
      : null,
    reportedBy: leader ? { id: row.reported_by, name: row.reported_by_name } : null,
    reportedByMe: row.reported_by === actor.userId,
    reportedAt: isoTimestamp(row.reported_at),
    version: row.version,
    abilities: { recordWorkAccident: leader && row.work_accident_due !== null },
  };
}
