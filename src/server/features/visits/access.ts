import { allow } from '../../access/policy.js';
import { careRoles, coversPath, type Actor, type CitizenFacts } from '../../access/index.js';
import { inOwnCare, placedInCare } from '../../access/citizen.js';
import type { OrgFacts } from '../../access/organisation.js';

/** A visit as its rules need it: the tenant and the visiting team (unit). */
export interface VisitFacts {
  municipalityId: string;
  unitId: string;
}

/** A team the actor works on through their own roles (not a cover): visits are the team's own people's work. */
const ownTeam = (a: Actor, municipalityId: string, unitId: string) => a.municipalityId === municipalityId && a.ownCareUnitIds.includes(unitId);

// A citizen's visits are read by those who care for them now, as the journal is: a night cover sees
// whether the citizen was seen today. Planning and recording a visit is day work of the team's own
// staff and leaders; a visit is not a night matter, so a cover neither plans nor records one.
allow<CitizenFacts>('citizen', ['readVisits'], placedInCare);
allow<CitizenFacts>('citizen', ['planVisits'], inOwnCare);
// A visit is planned on, and recorded by, a team the actor works on through their own role.
allow<VisitFacts>('visit', ['plan', 'record'], (a, v) => ownTeam(a, v.municipalityId, v.unitId));
// A team's overview (every citizen it serves, who was visited when, who is due) is read by the team's
// staff and its leaders through their own roles, never through a cover.
allow<OrgFacts>('unit', ['readVisits'], (a, u) => a.municipalityId === u.municipalityId && coversPath(a, u.path, ...careRoles));

/** Path prefixes of the units whose overview the actor reads: the SQL twin of the 'unit' rule above. */
export const visitTeamPaths = (a: Actor) => a.roles.filter((r) => careRoles.includes(r.role)).map((r) => r.path);
