import { allow } from './policy.js';
import { coversPath, type Actor } from './roles.js';

/** An org unit (or something hanging off one, such as a place), by its tree path. */
export interface OrgFacts {
  municipalityId: string;
  path: string;
}

const inTenant = (a: Actor, o: OrgFacts) => a.municipalityId === o.municipalityId;

// Everyone in the municipality may see the organisation's names (to pick a unit, a facility).
allow<OrgFacts>('org', ['read'], inTenant);
// Figures about a part of the organisation: occupancy, the due list's counts.
allow<OrgFacts>('org', ['readFigures'], (a, o) =>
  inTenant(a, o) && coversPath(a, o.path, 'unit_leader', 'facility_leader', 'center_manager', 'consultant', 'admin'));
// The due list names citizens: those who work with or lead them.
allow<OrgFacts>('org', ['readDueList'], (a, o) =>
  inTenant(a, o) && coversPath(a, o.path, 'staff', 'unit_leader', 'facility_leader'));
// Register citizens and placements (move in, move out) in a facility.
allow<OrgFacts>('org', ['registerCitizens'], (a, o) => inTenant(a, o) && coversPath(a, o.path, 'unit_leader', 'facility_leader'));
// Keep the organisation itself: units, places, users.
allow<OrgFacts>('org', ['manage', 'manageUsers'], (a, o) => inTenant(a, o) && coversPath(a, o.path, 'admin'));
