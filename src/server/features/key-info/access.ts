import { allow } from '../../access/policy.js';
import { assignedAs, inOwnCare, placedInCare, placedUnderLeader, type CitizenFacts } from '../../access/citizen.js';

// Key information (GP, allergies, aids, risk, crisis plan): whoever treats the citizen reads it, a
// night cover included (it is what the night needs); only those treating through their own roles edit it.
allow<CitizenFacts>('citizen', ['readKeyInfo'], placedInCare);
allow<CitizenFacts>('citizen', ['editKeyInfo'], inOwnCare);

// Legal representation and consents: read by those treating the citizen (who may share what, with
// whom) and the assigned case worker; kept by the citizen's leaders.
allow<CitizenFacts>('citizen', ['readRepresentation'], (a, c) => placedInCare(a, c) || assignedAs(a, c, 'case_worker'));
allow<CitizenFacts>('citizen', ['manageRepresentation'], placedUnderLeader);
