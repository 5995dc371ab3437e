import type { Cover, CoverableUnit } from '../../../contracts/covers.js';
import type { CoverRow, CoverableUnitRow } from './queries.js';
import { isoTimestamp as iso } from '../../present.js';

export function presentCover(row: CoverRow, abilities: Record<string, boolean>): Cover {
  return {
    id: row.id,
    user: { id: row.user_id, name: row.user_name },
    unit: { id: row.unit_id, name: row.unit_name, facilityName: row.facility_name },
    reason: row.reason,
    startsAt: iso(row.starts_at),
    endsAt: iso(row.ends_at),
    endedAt: row.ended_at ? iso(row.ended_at) : null,
    endedBy: row.ended_by_name,
    active: row.active,
    abilities: { end: row.active && abilities.end },
  };
}

export const presentCoverableUnit = (row: CoverableUnitRow): CoverableUnit => ({ id: row.id, name: row.name, facilityName: row.facility_name });
