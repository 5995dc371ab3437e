import type { Queryable } from '../../db/index.js';
import type { RequestCtx } from '../../context.js';
import { OCCUPANCY_TARGET_PCT } from '../../../domain/occupancy.js';

/** The year a date ('YYYY-MM-DD') falls in: a figure is held against its year's target. */
export const yearOf = (day: string) => Number(day.slice(0, 4));

/**
 * SQL for the occupancy target of the unit `alias` in the year `$yearParam`: the nearest target up
 * the tree (its own, its area's, its center's, the municipality's), else the default (`$defaultParam`).
 */
export const targetSql = (alias: string, yearParam: string, defaultParam: string) =>
  `coalesce((SELECT t.target_pct FROM occupancy_targets t
               JOIN org_units a ON a.municipality_id = t.municipality_id AND a.id = t.org_unit_id
              WHERE t.municipality_id = ${alias}.municipality_id AND t.year = ${yearParam}::int AND starts_with(${alias}.path, a.path)
              ORDER BY length(a.path) DESC LIMIT 1), ${defaultParam}::numeric)::float8`;

/** The default target, where no unit up the tree has one for the year (seed 000: CLB's 94 %). */
export const DEFAULT_TARGET_PCT = OCCUPANCY_TARGET_PCT;

export interface EffectiveTargetRow {
  year: number;
  target_pct: number;
  source_id: string | null;
  source_name: string | null;
}

/** The target for the unit at `path` in each of `years`, and the unit it comes from (null: the default). */
export async function effectiveTargets(tx: Queryable, ctx: RequestCtx, path: string, years: number[]): Promise<EffectiveTargetRow[]> {
  return tx.query<EffectiveTargetRow>(
    `SELECT y.year, coalesce(src.target_pct::float8, $4::float8) AS target_pct, src.id AS source_id, src.name AS source_name
       FROM unnest($3::int[]) AS y(year)
       LEFT JOIN LATERAL (
         SELECT t.target_pct, a.id, a.name FROM occupancy_targets t
           JOIN org_units a ON a.municipality_id = t.municipality_id AND a.id = t.org_unit_id
          WHERE t.municipality_id = $1 AND t.year = y.year AND starts_with($2, a.path)
          ORDER BY length(a.path) DESC LIMIT 1) src ON true
      ORDER BY y.year`,
    [ctx.actor.municipalityId, path, years, DEFAULT_TARGET_PCT],
  );
}

export interface OwnTargetRow {
  year: number;
  target_pct: number;
  set_by: string;
  set_at: string;
}

/** The unit's own targets, latest year first. */
export async function ownTargets(tx: Queryable, ctx: RequestCtx, unitId: string): Promise<OwnTargetRow[]> {
  return tx.query<OwnTargetRow>(
    `SELECT t.year, t.target_pct::float8 AS target_pct, u.display_name AS set_by, t.set_at
       FROM occupancy_targets t JOIN users u ON u.municipality_id = t.municipality_id AND u.id = t.set_by
      WHERE t.municipality_id = $1 AND t.org_unit_id = $2
      ORDER BY t.year DESC`,
    [ctx.actor.municipalityId, unitId],
  );
}

/** Sets the unit's target for the year (null removes it, so the one above applies again). */
export async function setTarget(tx: Queryable, ctx: RequestCtx, unitId: string, year: number, targetPct: number | null): Promise<void> {
  if (targetPct === null) {
    await tx.query('DELETE FROM occupancy_targets WHERE municipality_id = $1 AND org_unit_id = $2 AND year = $3', [ctx.actor.municipalityId, unitId, year]);
    return;
  }
  await tx.query(
    `INSERT INTO occupancy_targets (municipality_id, org_unit_id, year, target_pct, set_by) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (municipality_id, org_unit_id, year) DO UPDATE SET target_pct = excluded.target_pct, set_by = excluded.set_by, set_at = now()`,
    [ctx.actor.municipalityId, unitId, year, targetPct, ctx.actor.userId],
  );
}
