import { occupancyPct, placeDaysIn } from '../../../domain/occupancy.js';
import { daysBetween } from '../../../domain/dates.js';
import type { FacilityFiguresRow, FacilityPlaceRow, FacilityRow } from './occupancy-queries.js';
import type { OrgUnitRow, PlaceRow } from './queries.js';
import type { AgainstTarget, FacilityDetail, FacilitySummary, OccupancyNow, OccupancyPeriod, OrgUnit, Place } from '../../../contracts/organisation.js';

export function presentOrgUnit(row: OrgUnitRow, abilities: Record<string, boolean>): OrgUnit {
  return {
    id: row.id,
    parentId: row.parent_id,
    kind: row.kind,
    name: row.name,
    path: row.path,
    active: row.active,
    followUpIntervalMonths: row.follow_up_interval_months,
    version: row.version,
    abilities,
  };
}

export function presentPlace(row: PlaceRow): Place {
  return {
    id: row.id,
    unitId: row.unit_id,
    name: row.name,
    legalBasis: row.legal_basis,
    targetGroups: row.target_groups,
    active: row.active,
    activeFrom: row.active_from,
    activeUntil: row.active_until,
    ...placeStandards(row),
    version: row.version,
  };
}

/** A place's physical standard from its columns (area_m2 is numeric: text from PostgreSQL). */
export const placeStandards = (r: { wheelchair_accessible: boolean | null; own_bath: boolean | null; own_kitchen: boolean | null; area_m2: string | null }) => ({
  wheelchairAccessible: r.wheelchair_accessible ?? false,
  ownBath: r.own_bath ?? false,
  ownKitchen: r.own_kitchen ?? false,
  areaM2: r.area_m2 === null ? null : Number(r.area_m2),
});

/** A percentage held against its target (occupancy_targets, else 94 % from seed 000); no places means no figure, not 0 %. */
function againstTarget(occupied: number, available: number, targetPct: number): AgainstTarget {
  const pct = occupancyPct(occupied, available);
  return { occupancyPct: pct, targetPct, belowTarget: pct !== null && pct < targetPct };
}

/** Occupancy today: occupied of available places. */
const occupancyNow = (places: number, occupied: number, targetPct: number): OccupancyNow => ({
  places,
  occupied,
  vacant: places - occupied,
  ...againstTarget(occupied, places, targetPct),
});

export function presentFacilityFigures(row: FacilityFiguresRow): FacilitySummary {
  return {
    id: row.id,
    name: row.name,
    centerName: row.center_name,
    ...occupancyNow(row.places, row.occupied, row.target_pct),
    overdueFollowUps: row.overdue_follow_ups,
    runningCovers: row.running_covers,
  };
}

/**
 * Occupancy over a period: occupied place-days of available place-days, each place available on
 * the days of the period it existed (its validity), whether it is active today or not.
 */
function occupancyOverPeriod(rows: FacilityPlaceRow[], period: { from: string; to: string }, targetPct: number): OccupancyPeriod {
  const days = daysBetween(period.from, period.to) + 1;
  let availablePlaceDays = 0;
  let occupiedPlaceDays = 0;
  for (const r of rows) {
    if (r.active_from === null) continue; // a unit without places
    availablePlaceDays += placeDaysIn({ activeFrom: r.active_from, activeUntil: r.active_until }, period);
    occupiedPlaceDays += r.occupied_days;
  }
  return { from: period.from, to: period.to, days, availablePlaceDays, occupiedPlaceDays, ...againstTarget(occupiedPlaceDays, availablePlaceDays, targetPct) };
}

/** Today, only active places that have begun, on active units, are available; inactive and planned ones are listed but not counted. */
const countsNow = (r: FacilityPlaceRow) => r.place_id !== null && r.place_active === true && r.place_started === true && r.unit_active;

function nowOf(rows: FacilityPlaceRow[], targetPct: number) {
  const counted = rows.filter(countsNow);
  return occupancyNow(counted.length, counted.filter((r) => r.occupant).length, targetPct);
}

/**
 * A facility with its units and places and its occupancy now and over the period. An occupant is
 * named only when their id is in `namedCitizenIds` (the actor may read that citizen); anyone else
 * sees only that the place is occupied.
 */
export function presentFacility(
  facility: FacilityRow,
  rows: FacilityPlaceRow[],
  period: { from: string; to: string },
  namedCitizenIds: ReadonlySet<string>,
  abilities: Record<string, boolean>,
): FacilityDetail {
  const units = new Map<string, FacilityPlaceRow[]>();
  for (const r of rows) units.set(r.unit_id, [...(units.get(r.unit_id) ?? []), r]);
  return {
    id: facility.id,
    name: facility.name,
    centerName: facility.center_name,
    active: facility.active,
    followUpIntervalMonths: facility.follow_up_interval_months,
    version: facility.version,
    occupancy: { now: nowOf(rows, facility.target_now), period: occupancyOverPeriod(rows, period, facility.target_period) },
    abilities,
    units: [...units.values()].map((unitRows) => {
      const [u] = unitRows;
      return {
        id: u.unit_id,
        name: u.unit_name,
        active: u.unit_active,
        version: u.unit_version,
        occupancy: { now: nowOf(unitRows, facility.target_now), period: occupancyOverPeriod(unitRows, period, facility.target_period) },
        places: unitRows
          .filter((r) => r.place_id !== null)
          .map((r) => ({
            id: r.place_id!,
            name: r.place_name!,
            legalBasis: r.legal_basis!,
            targetGroups: r.target_groups,
            active: r.place_active!,
            activeFrom: r.active_from!,
            activeUntil: r.active_until,
            ...placeStandards(r),
            version: r.place_version!,
            occupied: r.occupant !== null,
            occupant: r.occupant && namedCitizenIds.has(r.occupant.citizenId) ? { citizenId: r.occupant.citizenId, name: r.occupant.name } : null,
          })),
      };
    }),
  };
}
