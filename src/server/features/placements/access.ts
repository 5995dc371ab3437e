import { allow, can } from '../../access/policy.js';
import type { Actor } from '../../access/roles.js';
import type { CitizenFacts } from '../../access/citizen.js';

/** What the intervention rules need, loaded by features/placements/guard.ts. */
export interface InterventionFacts {
  municipalityId: string;
  citizen: CitizenFacts;
  /** The citizen has an intervention on some unit that has not ended: someone has them in care now or later. */
  citizenInCare: boolean;
  /** For a placement: the place's unit and that unit's org path. */
  place: { unitId: string; path: string } | null;
  /** The intervention has not ended as of today (a start or end date ahead counts as not ended). */
  ongoing: boolean;
}

const sameTenant = (a: Actor, i: InterventionFacts) => a.municipalityId === i.municipalityId && i.citizen.municipalityId === i.municipalityId;
const leadsCitizen = (a: Actor, i: InterventionFacts) => can(a, 'manageInterventions', 'citizen', i.citizen);
const registersOn = (a: Actor, path: string, municipalityId: string) => can(a, 'registerCitizens', 'org', { municipalityId, path });

// Move in: a leader who registers citizens where the place is (its unit's or facility's leader),
// for a citizen they already see or one nobody has in care (newly registered, or moved out). A
// citizen living elsewhere is moved out there first, so no leader can pull another unit's resident
// into sight.
// Other support (no place): the citizen's own leaders.
allow<InterventionFacts>('intervention', ['start'], (a, i) =>
  sameTenant(a, i) &&
  (i.place
    ? registersOn(a, i.place.path, i.municipalityId) && (can(a, 'read', 'citizen', i.citizen) || !i.citizenInCare)
    : leadsCitizen(a, i)));

// Move out / end support: a placement by a leader of its unit, while it runs (or is ahead: a
// cancelled move-in) or while they lead the citizen; so an ended stay elsewhere cannot be reopened
// to regain sight of the citizen. Other support: the citizen's own leaders.
allow<InterventionFacts>('intervention', ['end'], (a, i) =>
  sameTenant(a, i) &&
  (i.place ? a.leaderUnitIds.includes(i.place.unitId) && (i.ongoing || leadsCitizen(a, i)) : leadsCitizen(a, i)));
