import { allow } from '../../access/policy.js';
import type { Actor } from '../../access/roles.js';
import { assignedAs, placedInCare, placedUnderLeader, type CitizenFacts } from '../../access/citizen.js';

/**
 * Treating the citizen through one's own roles, not only through a cover: the citizen is placed on
 * a unit the actor works on that they do not merely cover tonight.
 */
const treatsOwn = (a: Actor, c: CitizenFacts) =>
  placedInCare(a, c) && c.unitIds.some((u) => a.careUnitIds.includes(u) && !a.covers.some((cover) => cover.unitId === u));

// Key information (GP, allergies, aids, risk, crisis plan): whoever treats the citizen reads it, a
// night cover included (it is what the night needs); only those treating through their own roles edit it.
allow<CitizenFacts>('citizen', ['readKeyInfo'], placedInCare);
allow<CitizenFacts>('citizen', ['editKeyInfo'], treatsOwn);

// Legal representation and consents: read by those treating the citizen (who may share what, with
// whom) and the assigned case worker; kept by the citizen's leaders.
allow<CitizenFacts>('citizen', ['readRepresentation'], (a, c) => placedInCare(a, c) || assignedAs(a, c, 'case_worker'));
allow<CitizenFacts>('citizen', ['manageRepresentation'], placedUnderLeader);
