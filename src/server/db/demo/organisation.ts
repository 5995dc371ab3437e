import type { Rng } from './random.js';
import type { FacilitySpec, MunicipalitySpec } from './spec.js';
import type { KernelTable, Tables } from './tables.js';
import { asciiName, FEMALE_NAMES, MALE_NAMES, SURNAMES } from './vocabulary.js';
import { homeSupportFacilities } from './home-support.js';

/** A place and the periods it is taken ([from, to), to null = open), so placements never overlap. */
export interface PlaceState {
  id: string;
  unitIndex: number;
  taken: Array<[string, string | null]>;
}

export interface UnitState {
  id: string;
  key: string;
  staffIds: string[];
}

export interface FacilityState {
  spec: FacilitySpec;
  id: string;
  units: UnitState[];
  places: PlaceState[];
}

/** The organisation as generated: what the citizens' part needs to place people and pick authors. */
export interface OrgState {
  municipalityId: string;
  facilities: FacilityState[];
  /** Org unit ids by key: 'municipality', a center's or facility's name, or 'Facility/Unit'. */
  unitIds: Map<string, string>;
  userIds: Map<string, string>;
}

/** Person names that are not yet used as a username anywhere in the demo. */
export class NamePool {
  private readonly usernames = new Set<string>();

  /** A first name for the sex, and a surname. */
  person(rng: Rng, sex: 'male' | 'female' = rng.chance(0.5) ? 'male' : 'female') {
    return { first: rng.pick(sex === 'male' ? MALE_NAMES : FEMALE_NAMES), last: rng.pick(SURNAMES), sex };
  }

  /** Reserves a username; `first.last`, then `first.last2`, … when taken. */
  username(base: string): string {
    let name = base;
    for (let n = 2; this.usernames.has(name); n++) name = `${base}${n}`;
    this.usernames.add(name);
    return name;
  }
}

/**
 * The organisation tree (municipality → centers → facilities → units), places, and users with
 * their roles: the named logins, a leader for each facility and center without one, and staff on
 * every unit.
 */
export function generateOrganisation(spec: MunicipalitySpec, rng: Rng, names: NamePool, passwordHash: string, out: Tables<KernelTable>): OrgState {
  const municipalityId = rng.uuid();
  const unitIds = new Map<string, string>();
  const paths = new Map<string, string>();
  out.municipalities.push({ id: municipalityId, name: spec.name, code: spec.code });

  const addUnit = (key: string, kind: string, name: string, parentKey: string | null) => {
    const id = rng.uuid();
    const path = `${parentKey ? paths.get(parentKey) : '/'}${id}/`;
    unitIds.set(key, id);
    paths.set(key, path);
    out.org_units.push({ id, municipality_id: municipalityId, parent_id: parentKey ? unitIds.get(parentKey)! : null, kind, name, path });
    return id;
  };

  addUnit('municipality', 'municipality', spec.name, null);
  const facilities: FacilityState[] = [];
  for (const center of spec.centers) {
    addUnit(center.name, 'center', center.name, 'municipality');
    for (const f of center.facilities) {
      const facility: FacilityState = { spec: f, id: addUnit(f.name, 'facility', f.name, center.name), units: [], places: [] };
      for (const u of f.units) {
        const key = `${f.name}/${u}`;
        facility.units.push({ id: addUnit(key, 'unit', u, f.name), key, staffIds: [] });
      }
      for (let n = 1; n <= f.places; n++) {
        const unitIndex = Math.floor(((n - 1) * f.units.length) / f.places);
        const id = rng.uuid();
        facility.places.push({ id, unitIndex, taken: [] });
        out.places.push({ id, municipality_id: municipalityId, unit_id: facility.units[unitIndex].id, name: `${f.placeName} ${n}`, legal_basis: f.legalBasis });
        out.place_target_groups.push(...f.targetGroups.map((code) => ({ municipality_id: municipalityId, place_id: id, target_group_code: code })));
      }
      facilities.push(facility);
    }
  }
  // Home-support services (§ 85 in one's own home): facilities without places, their units the teams.
  const homeTeams: Array<{ key: string; staff: number }> = [];
  for (const { home, facility: f } of homeSupportFacilities(spec)) {
    const facility: FacilityState = { spec: f, id: addUnit(f.name, 'facility', f.name, home.center), units: [], places: [] };
    for (const u of f.units) {
      const key = `${f.name}/${u}`;
      facility.units.push({ id: addUnit(key, 'unit', u, f.name), key, staffIds: [] });
      homeTeams.push({ key, staff: home.staffPerTeam - spec.staffPerUnit });
    }
    facilities.push(facility);
  }

  const userIds = new Map<string, string>();
  const addUser = (username: string, displayName: string, role: string, at: string) => {
    const id = rng.uuid();
    userIds.set(username, id);
    out.users.push({ id, municipality_id: municipalityId, username, display_name: displayName, password_hash: passwordHash });
    out.user_roles.push({ municipality_id: municipalityId, user_id: id, role, org_unit_id: unitIds.get(at)! });
    if (role === 'staff') facilities.flatMap((f) => f.units).find((u) => u.key === at)?.staffIds.push(id);
    return id;
  };
  const generated = (role: string, at: string) => {
    const p = names.person(rng);
    addUser(names.username(`${asciiName(p.first)}.${asciiName(p.last)}`), `${p.first} ${p.last}`, role, at);
  };

  for (const u of spec.namedUsers) {
    if (!unitIds.has(u.at)) throw new Error(`Demo user ${u.username}: unknown org unit "${u.at}"`);
    addUser(names.username(u.username), u.displayName, u.role, u.at);
  }
  const namedAt = (role: string, at: string) => spec.namedUsers.some((u) => u.role === role && u.at === at);
  for (const center of spec.centers) if (!namedAt('center_manager', center.name)) generated('center_manager', center.name);
  for (const f of facilities) {
    if (!namedAt('facility_leader', f.spec.name)) generated('facility_leader', f.spec.name);
    for (const unit of f.units) for (let i = 0; i < spec.staffPerUnit; i++) generated('staff', unit.key);
  }
  // A home-support team has more staff than a unit's night-and-day roster shares out: they drive to people.
  for (const team of homeTeams) for (let i = 0; i < team.staff; i++) generated('staff', team.key);
  return { municipalityId, facilities, unitIds, userIds };
}

/**
 * The day each place opened: `opened`, or its first stay if that is earlier, so every stay lies
 * within its place's validity (migration 009). Run after the citizens are placed.
 */
export function setPlacesOpened(org: OrgState, opened: string, out: Tables<KernelTable>): void {
  const places = org.facilities.flatMap((f) => f.places);
  const openedOn = new Map(places.map((p) => [p.id, p.taken.reduce((first, [start]) => (start < first ? start : first), opened)]));
  for (const row of out.places) {
    const day = openedOn.get(row.id as string);
    if (day) row.active_from = day;
  }
}
