import { allow } from '../../access/policy.js';
import { careRoles, coversPath, leaderRoles, type Actor } from '../../access/roles.js';
import { parentPath, type OrgFacts } from '../../access/organisation.js';

/** A cover (vagtdækning) as its rules need it: whose it is and the covered unit's place in the tree. */
export interface CoverFacts {
  municipalityId: string;
  userId: string;
  unitPath: string;
}

/**
 * The facilities (by path) where the actor works on a unit through their own roles: a cover may
 * reach the other units of those facilities. Covers never lead to further covers.
 */
const ownUnitFacilityPaths = (a: Actor) =>
  a.roles.filter((r) => careRoles.includes(r.role) && r.kind === 'unit').map((r) => parentPath(r.path));

/** The SQL twin of 'cover' below: facility path prefixes whose units the actor may cover. */
export const coverableFacilityPaths = ownUnitFacilityPaths;

// Staff cover another unit of their own facility for a shift (night): no leader need be awake, so
// they start it themselves, with a reason, for at most 12 hours; it is logged and leaders see it.
// A unit the actor already works on through a role needs no cover.
allow<OrgFacts>('unit', ['cover'], (a, u) =>
  a.municipalityId === u.municipalityId &&
  ownUnitFacilityPaths(a).includes(parentPath(u.path)) &&
  !coversPath(a, u.path, ...careRoles));

// A cover is ended early by the one covering or by a leader of the covered unit.
allow<CoverFacts>('unit_cover', ['end'], (a, c) =>
  a.municipalityId === c.municipalityId && (c.userId === a.userId || coversPath(a, c.unitPath, ...leaderRoles)));

// The covers on a facility's units, and the roles granted there that read citizens' records, are
// shown to those who lead the facility or one of its units.
allow<OrgFacts>('org', ['readCovers', 'readRoleGrants'], (a, o) =>
  a.municipalityId === o.municipalityId &&
  a.roles.some((r) => leaderRoles.includes(r.role) && (o.path.startsWith(r.path) || r.path.startsWith(o.path))));

/** Path prefixes of the units whose covers the actor sees besides their own: the SQL twin of leading a unit. */
export const coverOverseerPaths = (a: Actor) => a.roles.filter((r) => leaderRoles.includes(r.role)).map((r) => r.path);
