import { allow } from './policy.js';
import { coversPath, type Actor, type Role, type RoleAssignment } from './roles.js';

/** An org unit (or something hanging off one, such as a place), by its tree path. */
export interface OrgFacts {
  municipalityId: string;
  path: string;
}

const inTenant = (a: Actor, o: OrgFacts) => a.municipalityId === o.municipalityId;

/** The parent's path of a tree path: '/m/c/f/u/' → '/m/c/f/'. */
export const parentPath = (path: string) => path.replace(/[^/]+\/$/, '');

/**
 * Where an assignment reaches for overviews (figures, the list of colleagues): its own subtree,
 * except that a unit leader's reaches their whole facility, so they see the facility's occupancy
 * and colleagues. Overviews never name citizens; those reads keep to the citizen rules.
 */
const overviewPath = (r: RoleAssignment) => (r.role === 'unit_leader' && r.kind === 'unit' ? parentPath(r.path) : r.path);
const figureRoles: Role[] = ['unit_leader', 'facility_leader', 'center_manager', 'consultant', 'admin'];
const directoryRoles: Role[] = ['staff', ...figureRoles];

/** Path prefixes under which the actor may read figures: the SQL twin of 'readFigures' (LIKE prefix || '%'). */
export const figurePaths = (a: Actor): string[] => a.roles.filter((r) => figureRoles.includes(r.role)).map(overviewPath);
/** Path prefixes of the org units whose users the actor may list: the SQL twin of 'readUsers'. */
export const userDirectoryPaths = (a: Actor): string[] => a.roles.filter((r) => directoryRoles.includes(r.role)).map(overviewPath);
const under = (prefixes: string[], path: string) => prefixes.some((p) => path.startsWith(p));

// Everyone in the municipality may see the organisation's names (to pick a unit, a facility).
allow<OrgFacts>('org', ['read'], inTenant);
// Figures about a part of the organisation: occupancy, the due list's counts.
allow<OrgFacts>('org', ['readFigures'], (a, o) => inTenant(a, o) && under(figurePaths(a), o.path));
// Colleagues (names and roles) to pick a contact or responsible person: staff their units, leaders their facility.
allow<OrgFacts>('org', ['readUsers'], (a, o) => inTenant(a, o) && under(userDirectoryPaths(a), o.path));
// The due list names citizens: those who work with or lead them.
allow<OrgFacts>('org', ['readDueList'], (a, o) =>
  inTenant(a, o) && coversPath(a, o.path, 'staff', 'unit_leader', 'facility_leader'));
// Register citizens and placements (move in, move out) in a facility.
allow<OrgFacts>('org', ['registerCitizens'], (a, o) => inTenant(a, o) && coversPath(a, o.path, 'unit_leader', 'facility_leader'));
// Keep the organisation itself: units, places, users.
allow<OrgFacts>('org', ['manage', 'manageUsers'], (a, o) => inTenant(a, o) && coversPath(a, o.path, 'admin'));
