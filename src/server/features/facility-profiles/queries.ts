import type { Queryable } from '../../db/index.js';
import type { RequestCtx } from '../../context.js';
import type { ProfileMethod, PutProfileInput } from '../../../contracts/facility-profiles.js';
import type { ProfileColumns } from './effective.js';

/** A facility or unit whose profile is asked for, with its facility. */
export interface ProfileTarget {
  id: string;
  municipality_id: string;
  name: string;
  kind: 'facility' | 'unit';
  path: string;
  facility_id: string;
  facility_name: string;
}

/** A facility or unit of the actor's municipality, or undefined (another kind, another municipality, unknown). */
export async function getProfileTarget(tx: Queryable, ctx: RequestCtx, id: string): Promise<ProfileTarget | undefined> {
  const [row] = await tx.query<ProfileTarget>(
    `SELECT u.id, u.municipality_id, u.name, u.kind, u.path, f.id AS facility_id, f.name AS facility_name
       FROM org_units u
       JOIN org_units f ON f.municipality_id = u.municipality_id AND f.kind = 'facility' AND u.path LIKE f.path || '%'
      WHERE u.municipality_id = $1 AND u.id = $2 AND u.kind IN ('facility', 'unit')`,
    [ctx.actor.municipalityId, id],
  );
  return row;
}

export interface OwnProfileRow extends ProfileColumns {
  version: number;
  updated_at: string;
  updated_by_name: string;
}

const COLUMNS = `p.tilbudsportalen_id, p.address, p.phone, p.website, p.public_description, p.area_municipality_code, p.district,
  p.age_from, p.age_to, p.methods, p.exclusion_criteria, p.max_support_level, p.daily_rate_dkk, p.pets_allowed`;

/** An org unit's own profile row, or undefined when it has none. */
export async function getOwnProfile(tx: Queryable, ctx: RequestCtx, orgUnitId: string): Promise<OwnProfileRow | undefined> {
  const [row] = await tx.query<OwnProfileRow>(
    `SELECT ${COLUMNS}, p.version, p.updated_at, u.display_name AS updated_by_name
       FROM org_unit_profiles p JOIN users u ON u.municipality_id = p.municipality_id AND u.id = p.updated_by
      WHERE p.municipality_id = $1 AND p.org_unit_id = $2`,
    [ctx.actor.municipalityId, orgUnitId],
  );
  return row;
}

const values = (ctx: RequestCtx, orgUnitId: string, b: PutProfileInput) => [
  ctx.actor.municipalityId, orgUnitId, b.tilbudsportalenId, b.address, b.phone, b.website, b.publicDescription, b.areaMunicipalityCode, b.district,
  b.ageFrom, b.ageTo, b.methods, b.exclusionCriteria, b.maxSupportLevel, b.dailyRateDkk, b.petsAllowed, ctx.actor.userId,
];

/**
 * Writes the profile if it still has the version the client read (0: it has none yet). False when
 * it does not: someone saved it meanwhile (a racing first save meets the primary key and does nothing).
 */
export async function saveProfile(tx: Queryable, ctx: RequestCtx, orgUnitId: string, b: PutProfileInput): Promise<boolean> {
  if (b.version === 0) {
    const rows = await tx.query(
      `INSERT INTO org_unit_profiles (municipality_id, org_unit_id, tilbudsportalen_id, address, phone, website, public_description, area_municipality_code, district,
                                      age_from, age_to, methods, exclusion_criteria, max_support_level, daily_rate_dkk, pets_allowed, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
       ON CONFLICT (municipality_id, org_unit_id) DO NOTHING RETURNING org_unit_id`,
      values(ctx, orgUnitId, b),
    );
    return rows.length === 1;
  }
  const rows = await tx.query(
    `UPDATE org_unit_profiles SET tilbudsportalen_id = $3, address = $4, phone = $5, website = $6, public_description = $7, area_municipality_code = $8,
            district = $9, age_from = $10, age_to = $11, methods = $12, exclusion_criteria = $13, max_support_level = $14, daily_rate_dkk = $15,
            pets_allowed = $16, updated_by = $17, updated_at = now(), version = version + 1
      WHERE municipality_id = $1 AND org_unit_id = $2 AND version = $18 RETURNING org_unit_id`,
    [...values(ctx, orgUnitId, b), b.version],
  );
  return rows.length === 1;
}

/** The catalogue of methods and specialisations, in its order. */
export const listMethods = (tx: Queryable) =>
  tx.query<ProfileMethod>('SELECT code, name, kind FROM visitation_methods ORDER BY sort_order, code');

/** Is the code one of Denmark's municipalities? */
export async function municipalityExists(tx: Queryable, code: string): Promise<boolean> {
  const rows = await tx.query('SELECT 1 FROM danish_municipalities WHERE code = $1', [code]);
  return rows.length === 1;
}

/** The name of a Danish municipality by its code. */
export async function municipalityName(tx: Queryable, code: string): Promise<string | null> {
  const [row] = await tx.query<{ name: string }>('SELECT name FROM danish_municipalities WHERE code = $1', [code]);
  return row?.name ?? null;
}

export interface PlaceStandardRow {
  id: string;
  name: string;
  unit_id: string;
  unit_name: string;
  legal_basis: string;
  legal_basis_name: string;
  wheelchair_accessible: boolean;
  own_bath: boolean;
  own_kitchen: boolean;
  area_m2: string | null;
  target_groups: Array<{ code: string; name: string; sort_order: number }>;
}

/** The active places under an org unit (a facility's or a unit's), with their approvals and standards. */
export async function listPlacesUnder(tx: Queryable, ctx: RequestCtx, path: string): Promise<PlaceStandardRow[]> {
  return tx.query<PlaceStandardRow>(
    `SELECT p.id, p.name, u.id AS unit_id, u.name AS unit_name, p.legal_basis, lb.name AS legal_basis_name,
            p.wheelchair_accessible, p.own_bath, p.own_kitchen, p.area_m2,
            coalesce((SELECT json_agg(json_build_object('code', t.code, 'name', t.name, 'sort_order', t.sort_order) ORDER BY t.sort_order)
                        FROM place_target_groups pt JOIN target_groups t ON t.code = pt.target_group_code
                       WHERE pt.municipality_id = p.municipality_id AND pt.place_id = p.id), '[]') AS target_groups
       FROM places p
       JOIN org_units u ON u.municipality_id = p.municipality_id AND u.id = p.unit_id
       JOIN legal_bases lb ON lb.code = p.legal_basis
      WHERE p.municipality_id = $1 AND p.active AND u.active AND u.path LIKE $2 || '%'
      ORDER BY u.name, p.name, p.id`,
    [ctx.actor.municipalityId, path],
  );
}
