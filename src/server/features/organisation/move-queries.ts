import type { Queryable } from '../../db/index.js';
import type { RequestCtx } from '../../context.js';
import type { OrgUnitRow } from './queries.js';

/**
 * Serialises changes to the municipality's tree (a new unit, a move, (de)activation) for the rest
 * of the transaction: a move rewrites a whole subtree's paths, and a unit created or moved meanwhile
 * would otherwise keep a path read before it (or two moves could make a cycle between them).
 */
export async function lockTree(tx: Queryable, ctx: RequestCtx): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext('org_units:' || $1::text))`, [ctx.actor.municipalityId]);
}

/**
 * Moves `unit` and its subtree under `parent`: the unit's parent, its path and every descendant's
 * path change in one statement (ids stay, so roles, places and placements follow the unit). The
 * unit's version is bumped; undefined when it no longer has `version`.
 */
export async function moveSubtree(tx: Queryable, ctx: RequestCtx, unit: OrgUnitRow, parent: OrgUnitRow, version: number): Promise<number> {
  const newPath = `${parent.path}${unit.id}/`;
  const rows = await tx.query(
    `UPDATE org_units o
        SET path = $4 || substr(o.path, length($3) + 1),
            parent_id = CASE WHEN o.id = $2 THEN $5::uuid ELSE o.parent_id END,
            version = CASE WHEN o.id = $2 THEN o.version + 1 ELSE o.version END
      WHERE o.municipality_id = $1 AND starts_with(o.path, $3)
        AND EXISTS (SELECT 1 FROM org_units v WHERE v.municipality_id = $1 AND v.id = $2 AND v.version = $6)
      RETURNING o.id`,
    [ctx.actor.municipalityId, unit.id, unit.path, newPath, parent.id, version],
  );
  return rows.length;
}

export async function insertMove(
  tx: Queryable,
  ctx: RequestCtx,
  move: { unitId: string; fromParentId: string; toParentId: string; effectiveDate: string },
): Promise<string> {
  const [{ id }] = await tx.query<{ id: string }>(
    `INSERT INTO org_unit_moves (municipality_id, org_unit_id, from_parent_id, to_parent_id, effective_date, moved_by)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [ctx.actor.municipalityId, move.unitId, move.fromParentId, move.toParentId, move.effectiveDate, ctx.actor.userId],
  );
  return id;
}

/** The latest effective date among the unit's moves (null: never moved): a later move cannot take effect before it. */
export async function lastMoveDate(tx: Queryable, ctx: RequestCtx, unitId: string): Promise<string | null> {
  const [{ last }] = await tx.query<{ last: string | null }>(
    'SELECT max(effective_date) AS last FROM org_unit_moves WHERE municipality_id = $1 AND org_unit_id = $2',
    [ctx.actor.municipalityId, unitId],
  );
  return last;
}

export interface MoveRow {
  id: string;
  from_id: string;
  from_name: string;
  to_id: string;
  to_name: string;
  effective_date: string;
  moved_by: string;
  moved_at: string;
}

/** A unit's moves, newest first. */
export async function listMoves(tx: Queryable, ctx: RequestCtx, unitId: string): Promise<MoveRow[]> {
  return tx.query<MoveRow>(
    `SELECT m.id, f.id AS from_id, f.name AS from_name, t.id AS to_id, t.name AS to_name, m.effective_date,
            u.display_name AS moved_by, m.moved_at
       FROM org_unit_moves m
       JOIN org_units f ON f.municipality_id = m.municipality_id AND f.id = m.from_parent_id
       JOIN org_units t ON t.municipality_id = m.municipality_id AND t.id = m.to_parent_id
       JOIN users u ON u.municipality_id = m.municipality_id AND u.id = m.moved_by
      WHERE m.municipality_id = $1 AND m.org_unit_id = $2
      ORDER BY m.effective_date DESC, m.moved_at DESC`,
    [ctx.actor.municipalityId, unitId],
  );
}
