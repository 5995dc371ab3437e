import type { Queryable } from '../../db/index.js';
import type { RequestCtx } from '../../context.js';
import type { CreatePlaceInput, UpdateOrgUnitInput, UpdatePlaceInput } from '../../../contracts/organisation.js';
import type { OrgKind } from './tree.js';

export interface OrgUnitRow {
  id: string;
  municipality_id: string;
  parent_id: string | null;
  kind: OrgKind;
  name: string;
  path: string;
  active: boolean;
  follow_up_interval_months: number;
  version: number;
}

const orgColumns = 'o.id, o.municipality_id, o.parent_id, o.kind, o.name, o.path, o.active, o.follow_up_interval_months, o.version';

/** The actor's municipality as a flat tree, depth first, siblings by name. */
export async function listOrgUnits(tx: Queryable, ctx: RequestCtx): Promise<OrgUnitRow[]> {
  return tx.query<OrgUnitRow>(
    `WITH RECURSIVE tree AS (
       SELECT ${orgColumns}, ARRAY[o.name] AS sort_key FROM org_units o WHERE o.municipality_id = $1 AND o.parent_id IS NULL
       UNION ALL
       SELECT ${orgColumns}, t.sort_key || o.name FROM org_units o JOIN tree t ON o.parent_id = t.id WHERE o.municipality_id = $1)
     SELECT id, municipality_id, parent_id, kind, name, path, active, follow_up_interval_months, version FROM tree ORDER BY sort_key`,
    [ctx.actor.municipalityId],
  );
}

/** One org unit of the actor's municipality, or undefined. */
export async function getOrgUnit(tx: Queryable, ctx: RequestCtx, id: string): Promise<OrgUnitRow | undefined> {
  const [row] = await tx.query<OrgUnitRow>(`SELECT ${orgColumns} FROM org_units o WHERE o.municipality_id = $1 AND o.id = $2`, [
    ctx.actor.municipalityId,
    id,
  ]);
  return row;
}

/** Adds a unit under `parent`; it inherits the parent's follow-up interval. */
export async function insertOrgUnit(
  tx: Queryable,
  ctx: RequestCtx,
  unit: { id: string; parent: OrgUnitRow; kind: OrgKind; name: string; path: string },
): Promise<OrgUnitRow> {
  const [row] = await tx.query<OrgUnitRow>(
    `INSERT INTO org_units AS o (id, municipality_id, parent_id, kind, name, path, follow_up_interval_months)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${orgColumns}`,
    [unit.id, ctx.actor.municipalityId, unit.parent.id, unit.kind, unit.name, unit.path, unit.parent.follow_up_interval_months],
  );
  return row;
}

/** Applies the changes if the unit still has the version the client read; undefined when it does not. */
export async function updateOrgUnit(tx: Queryable, ctx: RequestCtx, id: string, input: UpdateOrgUnitInput): Promise<OrgUnitRow | undefined> {
  const [row] = await tx.query<OrgUnitRow>(
    `UPDATE org_units AS o SET name = coalesce($4::text, o.name), active = coalesce($5::boolean, o.active),
            follow_up_interval_months = coalesce($6::int, o.follow_up_interval_months), version = o.version + 1
      WHERE o.municipality_id = $1 AND o.id = $2 AND o.version = $3 RETURNING ${orgColumns}`,
    [ctx.actor.municipalityId, id, input.version, input.name ?? null, input.active ?? null, input.followUpIntervalMonths ?? null],
  );
  return row;
}

/** Active sub-units and places directly under a unit: it cannot be deactivated while it has any. */
export async function countActiveDependants(tx: Queryable, ctx: RequestCtx, id: string): Promise<number> {
  const [{ n }] = await tx.query<{ n: number }>(
    `SELECT (SELECT count(*) FROM org_units WHERE municipality_id = $1 AND parent_id = $2 AND active)
          + (SELECT count(*) FROM places WHERE municipality_id = $1 AND unit_id = $2 AND active) AS n`,
    [ctx.actor.municipalityId, id],
  );
  return n;
}

export interface PlaceRow {
  id: string;
  municipality_id: string;
  unit_id: string;
  name: string;
  legal_basis: string;
  active: boolean;
  /** Validity [active_from, active_until): the days the place counts towards occupancy over a period. */
  active_from: string;
  active_until: string | null;
  version: number;
  target_groups: Array<{ code: string; name: string }>;
  wheelchair_accessible: boolean;
  own_bath: boolean;
  own_kitchen: boolean;
  /** numeric: text from PostgreSQL. */
  area_m2: string | null;
  unit_path: string;
  unit_active: boolean;
}

/** One place of the actor's municipality with its target groups and its unit's path, or undefined. */
export async function getPlace(tx: Queryable, ctx: RequestCtx, id: string): Promise<PlaceRow | undefined> {
  const [row] = await tx.query<PlaceRow>(
    `SELECT p.id, p.municipality_id, p.unit_id, p.name, p.legal_basis, p.active, p.active_from, p.active_until, p.version, u.path AS unit_path,
            p.wheelchair_accessible, p.own_bath, p.own_kitchen, p.area_m2, u.active AS unit_active,
            coalesce((SELECT json_agg(json_build_object('code', t.code, 'name', t.name) ORDER BY t.sort_order)
                        FROM place_target_groups pt JOIN target_groups t ON t.code = pt.target_group_code
                       WHERE pt.municipality_id = p.municipality_id AND pt.place_id = p.id), '[]') AS target_groups
       FROM places p JOIN org_units u ON u.id = p.unit_id
      WHERE p.municipality_id = $1 AND p.id = $2`,
    [ctx.actor.municipalityId, id],
  );
  return row;
}

/** Creates a place on a unit, valid from `activeFrom`; returns its id. */
export async function insertPlace(tx: Queryable, ctx: RequestCtx, input: CreatePlaceInput & { activeFrom: string }): Promise<string> {
  const [{ id }] = await tx.query<{ id: string }>(
    `INSERT INTO places (municipality_id, unit_id, name, legal_basis, active_from, wheelchair_accessible, own_bath, own_kitchen, area_m2)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [
      ctx.actor.municipalityId, input.unitId, input.name, input.legalBasis, input.activeFrom,
      input.wheelchairAccessible ?? false, input.ownBath ?? false, input.ownKitchen ?? false, input.areaM2 ?? null,
    ],
  );
  return id;
}

/**
 * Applies the changes if the place still has the version the client read; false when it does not.
 * Deactivating closes the place's validity on `today` (it no longer counts from today), or a
 * planned place's on its first day (it never counted). A place
 * has one validity, so reactivating reopens it: the days it stood deactivated then count as
 * vacant place-days. The alternative, a new validity from today, would drop the place's earlier
 * days from past periods while its earlier placements still occupied them; counting the gap as
 * vacant errs towards a lower figure, never a higher one, and undoes a mistaken deactivation exactly.
 */
export async function updatePlace(tx: Queryable, ctx: RequestCtx, id: string, input: UpdatePlaceInput, today: string): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE places SET name = coalesce($4::text, name), legal_basis = coalesce($5::text, legal_basis),
            active = coalesce($6::boolean, active), active_from = coalesce($7::date, active_from),
            active_until = CASE WHEN $6::boolean IS NULL OR $6::boolean = active THEN active_until WHEN $6::boolean THEN NULL ELSE greatest($8::date, coalesce($7::date, active_from)) END,
            wheelchair_accessible = coalesce($9::boolean, wheelchair_accessible), own_bath = coalesce($10::boolean, own_bath),
            own_kitchen = coalesce($11::boolean, own_kitchen), area_m2 = CASE WHEN $12::boolean THEN $13::numeric ELSE area_m2 END,
            version = version + 1
      WHERE municipality_id = $1 AND id = $2 AND version = $3 RETURNING id`,
    [
      ctx.actor.municipalityId, id, input.version, input.name ?? null, input.legalBasis ?? null, input.active ?? null, input.activeFrom ?? null, today,
      input.wheelchairAccessible ?? null, input.ownBath ?? null, input.ownKitchen ?? null, input.areaM2 !== undefined, input.areaM2 ?? null,
    ],
  );
  return rows.length === 1;
}

/** Replaces a place's target groups. */
export async function setPlaceTargetGroups(tx: Queryable, ctx: RequestCtx, placeId: string, codes: string[]): Promise<void> {
  await tx.query('DELETE FROM place_target_groups WHERE municipality_id = $1 AND place_id = $2', [ctx.actor.municipalityId, placeId]);
  await tx.query(
    `INSERT INTO place_target_groups (municipality_id, place_id, target_group_code) SELECT $1, $2, unnest($3::text[])`,
    [ctx.actor.municipalityId, placeId, codes],
  );
}

/** The first day anyone moved into the place (null: never used): its validity cannot start later. */
export async function firstPlacementStart(tx: Queryable, ctx: RequestCtx, placeId: string): Promise<string | null> {
  const [{ first }] = await tx.query<{ first: string | null }>(
    'SELECT min(start_date) AS first FROM interventions WHERE municipality_id = $1 AND place_id = $2',
    [ctx.actor.municipalityId, placeId],
  );
  return first;
}

/** Is the place occupied on `day` or booked after it? Such a place cannot be deactivated. */
export async function placeInUseFrom(tx: Queryable, ctx: RequestCtx, placeId: string, day: string): Promise<boolean> {
  const [{ used }] = await tx.query<{ used: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM interventions WHERE municipality_id = $1 AND place_id = $2
                      AND (end_date IS NULL OR end_date > $3::date)) AS used`,
    [ctx.actor.municipalityId, placeId, day],
  );
  return used;
}
