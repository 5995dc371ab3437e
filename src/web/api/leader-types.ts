/** Shapes of the leader and administration parts of the Mestring API (docs/API.md), as the web app reads them. */

/** GET /follow-ups/due: one goal whose follow-up is overdue or coming up. */
export interface DueItem {
  goalId: string;
  goalTitle: string;
  citizenId: string;
  citizenName: string;
  unitName: string | null;
  facilityName: string | null;
  /** Who follows up: a colleague (userId, name), someone outside (external), or nobody (all null). */
  responsible: { userId: string | null; name: string | null; external: string | null };
  date: string;
  /** Days since the follow-up date: positive when overdue, 0 today, negative ahead. */
  daysOverdue: number;
}

export interface DueList {
  overdue: DueItem[];
  upcoming: DueItem[];
}

/** Occupancy held against the target, as every occupancy figure carries it. */
export interface AgainstTarget {
  /** One decimal; null when there are no places (no figure, not 0 %). */
  occupancyPct: number | null;
  targetPct: number;
  belowTarget: boolean;
}

/** Occupancy today: occupied of active places. */
export interface OccupancyNow extends AgainstTarget {
  places: number;
  occupied: number;
  vacant: number;
}

/** Occupancy over a period in place-days, both ends included. */
export interface OccupancyPeriod extends AgainstTarget {
  from: string;
  to: string;
  days: number;
  availablePlaceDays: number;
  occupiedPlaceDays: number;
}

/** GET /facilities: one facility's figures side by side with the others. */
export interface FacilitySummary extends OccupancyNow {
  id: string;
  name: string;
  centerName: string | null;
  /** Active goals of the citizens living there whose follow-up date has passed. */
  overdueFollowUps: number;
  /** Covers (vagtdækning) running now on its units. */
  runningCovers: number;
}

export interface TargetGroup {
  code: string;
  name: string;
}

/** A place as a facility's page lists it: the place, whether it is taken, and by whom. */
export interface FacilityPlace extends Omit<Place, 'unitId'> {
  occupied: boolean;
  /** Named only when the caller may read that citizen. */
  occupant: { citizenId: string; name: string } | null;
}

export interface FacilityUnit {
  id: string;
  name: string;
  active: boolean;
  version: number;
  occupancy: { now: OccupancyNow; period: OccupancyPeriod };
  places: FacilityPlace[];
}

/** GET /facilities/:id */
export interface FacilityDetail {
  id: string;
  name: string;
  centerName: string | null;
  active: boolean;
  followUpIntervalMonths: number;
  version: number;
  abilities: Partial<OrgAbilities>;
  occupancy: { now: OccupancyNow; period: OccupancyPeriod };
  units: FacilityUnit[];
}

export type OrgKind = 'municipality' | 'center' | 'area' | 'facility' | 'unit';

export interface OrgAbilities {
  read: boolean;
  readFigures: boolean;
  readUsers: boolean;
  readDueList: boolean;
  registerCitizens: boolean;
  manage: boolean;
  manageUsers: boolean;
  /** Sees the covers (vagtdækning) on its units: leads it or one of its units. */
  readCovers: boolean;
  /** Sees who was given a role that reads citizens' records there: leads it or one of its units. */
  readRoleGrants: boolean;
}

/** GET /facilities/:id/role-grants: a role that reads citizens' records, as granted. */
export interface RoleGrant {
  id: number;
  at: string;
  role: string;
  orgUnitName: string;
  userId: string;
  userName: string;
  grantedByName: string;
}

/** GET /org-units: the municipality's tree, flat, depth first with siblings by name. */
export interface OrgUnit {
  id: string;
  parentId: string | null;
  kind: OrgKind;
  name: string;
  /** '/<root id>/<child id>/…/<own id>/' */
  path: string;
  active: boolean;
  followUpIntervalMonths: number;
  version: number;
  abilities: Partial<OrgAbilities>;
}

/** POST /places, PATCH /places/:id */
export interface Place {
  id: string;
  unitId: string;
  name: string;
  legalBasis: string;
  targetGroups: TargetGroup[];
  active: boolean;
  /** The place's validity: it counts towards occupancy from `activeFrom` until, not including, `activeUntil`. */
  activeFrom: string;
  activeUntil: string | null;
  version: number;
}

export type Role = 'staff' | 'unit_leader' | 'facility_leader' | 'center_manager' | 'case_worker' | 'consultant' | 'admin';

export interface RoleAssignment {
  role: Role;
  orgUnitId: string;
}

/** GET /users */
export interface User {
  id: string;
  username: string;
  displayName: string;
  active: boolean;
  version: number;
  roles: Array<RoleAssignment & { orgUnitName: string; kind: OrgKind }>;
  abilities: { update: boolean };
}
