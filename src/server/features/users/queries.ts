import type { Queryable } from '../../db/index.js';
import type { RequestCtx } from '../../context.js';
import { recordReadingRoles, type Role } from '../../access/roles.js';
import type { OrgKind } from '../organisation/tree.js';
import type { RoleAssignment } from '../../../contracts/users.js';

export interface UserRow {
  id: string;
  municipality_id: string;
  username: string;
  display_name: string;
  active: boolean;
  version: number;
  roles: Array<{ role: Role; orgUnitId: string; orgUnitName: string; kind: OrgKind; path: string }>;
  /** The municipality's root path: a user without roles hangs there for access decisions. */
  root_path: string;
}

// Never the password hash: no query here selects it.
const userColumns = `u.id, u.municipality_id, u.username, u.display_name, u.active, u.version,
  coalesce((SELECT json_agg(json_build_object('role', r.role, 'orgUnitId', o.id, 'orgUnitName', o.name, 'kind', o.kind, 'path', o.path)
                     ORDER BY o.path, r.role)
              FROM user_roles r JOIN org_units o ON o.id = r.org_unit_id
             WHERE r.municipality_id = u.municipality_id AND r.user_id = u.id), '[]') AS roles,
  (SELECT root.path FROM org_units root WHERE root.municipality_id = u.municipality_id AND root.parent_id IS NULL LIMIT 1) AS root_path`;

/**
 * The users whose roles lie under one of `pathPrefixes` (the actor's directory scope; users
 * without roles belong to the root), by name. Inactive users only when `includeInactive`.
 */
export async function listUsers(tx: Queryable, ctx: RequestCtx, pathPrefixes: string[], includeInactive: boolean): Promise<UserRow[]> {
  return tx.query<UserRow>(
    `SELECT ${userColumns}
       FROM users u
      WHERE u.municipality_id = $1 AND (u.active OR $3::boolean)
        AND (EXISTS (SELECT 1 FROM user_roles r JOIN org_units o ON o.id = r.org_unit_id
                      WHERE r.municipality_id = u.municipality_id AND r.user_id = u.id
                        AND EXISTS (SELECT 1 FROM unnest($2::text[]) AS s(prefix) WHERE starts_with(o.path, s.prefix)))
          OR NOT EXISTS (SELECT 1 FROM user_roles r WHERE r.municipality_id = u.municipality_id AND r.user_id = u.id)
             AND EXISTS (SELECT 1 FROM org_units root, unnest($2::text[]) AS s(prefix)
                          WHERE root.municipality_id = u.municipality_id AND root.parent_id IS NULL AND starts_with(root.path, s.prefix)))
      ORDER BY u.display_name, u.username`,
    [ctx.actor.municipalityId, pathPrefixes, includeInactive],
  );
}

/** One user of the actor's municipality with roles, or undefined. */
export async function getUser(tx: Queryable, ctx: RequestCtx, id: string): Promise<UserRow | undefined> {
  const [row] = await tx.query<UserRow>(`SELECT ${userColumns} FROM users u WHERE u.municipality_id = $1 AND u.id = $2`, [
    ctx.actor.municipalityId,
    id,
  ]);
  return row;
}

export interface OrgUnitRef {
  id: string;
  municipality_id: string;
  kind: OrgKind;
  path: string;
  active: boolean;
}

/** The org units among `ids` that exist in the actor's municipality. */
export async function findOrgUnits(tx: Queryable, ctx: RequestCtx, ids: string[]): Promise<OrgUnitRef[]> {
  return tx.query<OrgUnitRef>('SELECT id, municipality_id, kind, path, active FROM org_units WHERE municipality_id = $1 AND id = ANY($2::uuid[])', [
    ctx.actor.municipalityId,
    ids,
  ]);
}

/**
 * Creates a user; a taken username raises 23505 (usernames are unique across municipalities:
 * the login directory, login_names, follows users by a trigger and holds that rule).
 * The admin chose the password, so it is one-time: the user must change it at first use.
 */
export async function insertUser(
  tx: Queryable,
  ctx: RequestCtx,
  user: { username: string; displayName: string; passwordHash: string },
): Promise<string> {
  const [{ id }] = await tx.query<{ id: string }>(
    'INSERT INTO users (municipality_id, username, display_name, password_hash, must_change_password) VALUES ($1, $2, $3, $4, true) RETURNING id',
    [ctx.actor.municipalityId, user.username, user.displayName, user.passwordHash],
  );
  return id;
}

/**
 * Applies the changes if the user still has the version the client read; false when they do not.
 * A password set here is the admin's, so one-time.
 */
export async function updateUser(
  tx: Queryable,
  ctx: RequestCtx,
  id: string,
  change: { version: number; displayName?: string; active?: boolean; passwordHash?: string },
): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE users SET display_name = coalesce($4::text, display_name), active = coalesce($5::boolean, active),
            password_hash = coalesce($6::text, password_hash), must_change_password = must_change_password OR $6::text IS NOT NULL,
            version = version + 1
      WHERE municipality_id = $1 AND id = $2 AND version = $3 RETURNING id`,
    [ctx.actor.municipalityId, id, change.version, change.displayName ?? null, change.active ?? null, change.passwordHash ?? null],
  );
  return rows.length === 1;
}

/** Replaces a user's roles. */
export async function setUserRoles(tx: Queryable, ctx: RequestCtx, userId: string, roles: RoleAssignment[]): Promise<void> {
  await tx.query('DELETE FROM user_roles WHERE municipality_id = $1 AND user_id = $2', [ctx.actor.municipalityId, userId]);
  await tx.query(
    `INSERT INTO user_roles (municipality_id, user_id, role, org_unit_id)
     SELECT $1, $2, r.role, r.org_unit_id FROM unnest($3::text[], $4::uuid[]) AS r(role, org_unit_id)`,
    [ctx.actor.municipalityId, userId, roles.map((r) => r.role), roles.map((r) => r.orgUnitId)],
  );
}

/** Appends the granted roles that read citizens' records to role_grants, for the leaders there to see. */
export async function recordRoleGrants(tx: Queryable, ctx: RequestCtx, userId: string, granted: RoleAssignment[]): Promise<void> {
  const reading = granted.filter((r) => recordReadingRoles.includes(r.role));
  if (reading.length === 0) return;
  await tx.query(
    `INSERT INTO role_grants (municipality_id, user_id, role, org_unit_id, granted_by)
     SELECT $1, $2, r.role, r.org_unit_id, $5 FROM unnest($3::text[], $4::uuid[]) AS r(role, org_unit_id)`,
    [ctx.actor.municipalityId, userId, reading.map((r) => r.role), reading.map((r) => r.orgUnitId), ctx.actor.userId],
  );
}

/** Signs the user out everywhere (the request role may delete sessions of its own municipality's users only). */
export async function endSessions(tx: Queryable, userId: string): Promise<void> {
  await tx.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
}
