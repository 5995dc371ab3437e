import { roles, type Role } from '../../contracts/common.js';

export { roles, type Role };

/** A role held at a place in the organisation tree; it reaches everything below `path`. */
export interface RoleAssignment {
  role: Role;
  orgUnitId: string;
  orgUnitName: string;
  kind: string;
  path: string;
}

/** A cover of another unit that is running now. */
export interface ActiveCover {
  id: string;
  unitId: string;
  unitName: string;
  /** ISO timestamp. */
  endsAt: string;
}

/** The signed-in user, as the access policies see them. */
export interface Actor {
  userId: string;
  municipalityId: string;
  municipalityName: string;
  username: string;
  displayName: string;
  roles: RoleAssignment[];
  /** Units where the actor works with citizens: staff, unit leader or facility leader there or above, or covering now. */
  careUnitIds: string[];
  /** The same units with their names (Mine borgere's unit filter offers them). */
  careUnits: Array<{ id: string; name: string }>;
  /** Units where the actor works through their own roles (staff, unit or facility leader there or above): full care rights. */
  ownCareUnitIds: string[];
  /**
   * Units whose citizens the actor treats through their own roles: staff or unit leader there or
   * above (not a facility leader above the unit). With the covered units, "treating now" (citizen.ts).
   */
  treatingUnitIds: string[];
  /** Units the actor covers right now (vagtdækning): the night's narrowed access there until `endsAt`. */
  covers: ActiveCover[];
  /** Units the actor leads (unit or facility leader there or above). */
  leaderUnitIds: string[];
  /** Holds a running medicine permission (nurse, or the medicine course; user_qualifications): may change medicine cards. */
  medicineQualified: boolean;
}

/** Roles that read citizens' records (in their care, or assigned): every role but admin. A grant of one is shown to the leaders there. */
export const recordReadingRoles: Role[] = roles.filter((r) => r !== 'admin');
export const careRoles: Role[] = ['staff', 'unit_leader', 'facility_leader'];
export const leaderRoles: Role[] = ['unit_leader', 'facility_leader'];
/** Roles that treat the citizens of the units they reach (health records follow them): not a leader above the unit. */
export const treatingRoles: Role[] = ['staff', 'unit_leader'];
export const overseerRoles: Role[] = ['unit_leader', 'facility_leader', 'center_manager', 'consultant', 'admin'];

export const hasRole = (actor: Actor, ...wanted: Role[]) => actor.roles.some((r) => wanted.includes(r.role));

/** Does one of the actor's assignments with these roles cover the org path? */
export const coversPath = (actor: Actor, path: string, ...wanted: Role[]) =>
  actor.roles.some((r) => wanted.includes(r.role) && path.startsWith(r.path));
