import type { Queryable } from '../../db/index.js';
import type { RequestCtx } from '../../context.js';
import { DEFAULT_MAX_COVER_HOURS, type CoverSettings, type StartCoverInput } from '../../../contracts/covers.js';
import { DEFAULT_COVER_JOURNAL_HOURS } from '../journal/access.js';

export interface CoverRow {
  id: string;
  user_id: string;
  user_name: string;
  unit_id: string;
  unit_name: string;
  unit_path: string;
  facility_name: string;
  reason: string;
  starts_at: Date;
  ends_at: Date;
  ended_at: Date | null;
  ended_by_name: string | null;
  active: boolean;
}

const coverColumns = `c.id, c.user_id, u.display_name AS user_name, c.unit_id, unit.name AS unit_name, unit.path AS unit_path,
  facility.name AS facility_name, c.reason, c.starts_at, c.ends_at, c.ended_at, ender.display_name AS ended_by_name,
  (c.ended_at IS NULL AND c.ends_at > now()) AS active`;
const coverJoins = `FROM unit_covers c JOIN users u ON u.id = c.user_id JOIN org_units unit ON unit.id = c.unit_id
  JOIN org_units facility ON facility.id = unit.parent_id LEFT JOIN users ender ON ender.id = c.ended_by`;

/** How long an ended cover stays in the list: a leader reviews last week's nights. */
const RECENT_DAYS = 7;

/**
 * The actor's own covers and those on units under `overseerPaths` (the units they lead), running
 * or ended within the last week, newest first.
 */
export function listCovers(tx: Queryable, ctx: RequestCtx, overseerPaths: string[]): Promise<CoverRow[]> {
  return tx.query<CoverRow>(
    `SELECT ${coverColumns} ${coverJoins}
      WHERE c.municipality_id = $1 AND coalesce(c.ended_at, c.ends_at) > now() - make_interval(days => $4)
        AND (c.user_id = $2 OR unit.path LIKE ANY (SELECT p || '%' FROM unnest($3::text[]) p))
      ORDER BY c.starts_at DESC, c.id LIMIT 200`,
    [ctx.actor.municipalityId, ctx.actor.userId, overseerPaths, RECENT_DAYS],
  );
}

export async function getCover(tx: Queryable, ctx: RequestCtx, id: string): Promise<CoverRow | undefined> {
  const [row] = await tx.query<CoverRow>(`SELECT ${coverColumns} ${coverJoins} WHERE c.municipality_id = $1 AND c.id = $2`, [
    ctx.actor.municipalityId,
    id,
  ]);
  return row;
}

export interface CoverableUnitRow {
  id: string;
  name: string;
  path: string;
  facility_name: string;
}

/** Active units of the facilities under `facilityPaths`, by facility and name (the policy then picks). */
export function listUnitsOfFacilities(tx: Queryable, ctx: RequestCtx, facilityPaths: string[]): Promise<CoverableUnitRow[]> {
  return tx.query<CoverableUnitRow>(
    `SELECT unit.id, unit.name, unit.path, facility.name AS facility_name
       FROM org_units unit JOIN org_units facility ON facility.id = unit.parent_id
      WHERE unit.municipality_id = $1 AND unit.kind = 'unit' AND unit.active AND facility.path = ANY($2::text[])
      ORDER BY facility.name, unit.name`,
    [ctx.actor.municipalityId, facilityPaths],
  );
}

/** The actor's running cover of this unit, if any. */
export async function runningCoverOf(tx: Queryable, ctx: RequestCtx, unitId: string): Promise<string | undefined> {
  const [row] = await tx.query<{ id: string }>(
    `SELECT id FROM unit_covers WHERE municipality_id = $1 AND user_id = $2 AND unit_id = $3 AND ended_at IS NULL AND ends_at > now()`,
    [ctx.actor.municipalityId, ctx.actor.userId, unitId],
  );
  return row?.id;
}

export async function insertCover(tx: Queryable, ctx: RequestCtx, input: StartCoverInput): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `INSERT INTO unit_covers (municipality_id, user_id, unit_id, reason, ends_at)
     VALUES ($1, $2, $3, $4, now() + make_interval(hours => $5)) RETURNING id`,
    [ctx.actor.municipalityId, ctx.actor.userId, input.unitId, input.reason, input.hours],
  );
  return row.id;
}

/** Ends a running cover now; false when it had already ended. */
export async function endCover(tx: Queryable, ctx: RequestCtx, id: string): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE unit_covers SET ended_at = now(), ended_by = $3
      WHERE municipality_id = $1 AND id = $2 AND ended_at IS NULL AND ends_at > now() RETURNING id`,
    [ctx.actor.municipalityId, id, ctx.actor.userId],
  );
  return rows.length > 0;
}

/** The municipality's cover rules (cover_settings), or the defaults: 12 hours at most, 72 hours of journal. */
export async function coverSettings(tx: Queryable, ctx: RequestCtx): Promise<CoverSettings> {
  const [row] = await tx.query<CoverSettings>(
    `SELECT max_hours AS "maxHours", journal_hours AS "journalHours" FROM cover_settings WHERE municipality_id = $1`,
    [ctx.actor.municipalityId],
  );
  return row ?? { maxHours: DEFAULT_MAX_COVER_HOURS, journalHours: DEFAULT_COVER_JOURNAL_HOURS };
}
