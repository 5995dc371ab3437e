import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/index.js';
import type { ActiveCover, Actor, Role, RoleAssignment } from '../access/roles.js';
import { careRoles, leaderRoles, treatingRoles } from '../access/roles.js';
import { can } from '../access/index.js';
import { sessionMaxHours } from '../config.js';

export const SESSION_COOKIE = 'mestring_session';
/** Sessions end after this long without a request. */
export const IDLE_MINUTES = 30;
/** Sessions end this long after login however active they are (SESSION_MAX_HOURS). */
export const SESSION_MAX_HOURS = sessionMaxHours();

/** How the session's user signed in: with a one-time password an admin set, not yet changed. */
export interface PasswordStatus {
  /** The session began with a password an admin set: every request of it is marked in the audit log. */
  viaAdminPassword: boolean;
  /** The admin-set password is not changed yet: only the password change is open (password-gate.ts). */
  mustChangePassword: boolean;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
export const newToken = () => randomBytes(32).toString('base64url');

/** Creates a server-side session; only the token's hash is stored. */
export async function createSession(
  db: Db,
  user: { id: string; municipalityId: string },
  viaAdminPassword: boolean,
): Promise<{ token: string; csrfToken: string }> {
  const token = newToken();
  const csrfToken = newToken();
  await db.query(
    `INSERT INTO sessions (token_hash, municipality_id, user_id, csrf_token, expires_at, began_with_admin_password)
     VALUES ($1, $2, $3, $4, now() + make_interval(mins => $5), $6)`,
    [sha256(token), user.municipalityId, user.id, csrfToken, IDLE_MINUTES, viaAdminPassword],
  );
  return { token, csrfToken };
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE token_hash = $1', [sha256(token)]);
}

/** The columns an actor is built from: user, role assignments with their org paths, the units each role reaches, the covers running now. */
interface ActorRow {
  user_id: string;
  municipality_id: string;
  municipality_name: string;
  username: string;
  display_name: string;
  roles: RoleAssignment[] | null;
  unit_roles: Array<{ unit_id: string; unit_name: string; role: string }> | null;
  covers: Array<ActiveCover & { unitPath: string }> | null;
  medicine_qualified: boolean;
}

interface SessionRow extends ActorRow {
  csrf_token: string;
  began_with_admin_password: boolean;
  must_change_password: boolean;
  refresh: boolean;
}

/** Selects an `ActorRow` of the user `u` (joined with its municipality `m`). */
const ACTOR_COLUMNS = `u.id AS user_id, u.municipality_id, m.name AS municipality_name, u.username, u.display_name,
            (SELECT json_agg(json_build_object('role', r.role, 'orgUnitId', o.id, 'orgUnitName', o.name, 'kind', o.kind, 'path', o.path))
               FROM user_roles r JOIN org_units o ON o.municipality_id = r.municipality_id AND o.id = r.org_unit_id
              WHERE r.municipality_id = u.municipality_id AND r.user_id = u.id) AS roles,
            (SELECT json_agg(json_build_object('unit_id', unit.id, 'unit_name', unit.name, 'role', r.role))
               FROM user_roles r JOIN org_units o ON o.municipality_id = r.municipality_id AND o.id = r.org_unit_id
               JOIN org_units unit ON unit.municipality_id = o.municipality_id AND unit.kind = 'unit' AND unit.path LIKE o.path || '%'
              WHERE r.municipality_id = u.municipality_id AND r.user_id = u.id AND r.role IN ('staff', 'unit_leader', 'facility_leader')) AS unit_roles,
            (SELECT json_agg(json_build_object('id', c.id, 'unitId', c.unit_id, 'unitName', o.name, 'unitPath', o.path, 'endsAt', c.ends_at) ORDER BY c.ends_at)
               FROM unit_covers c JOIN org_units o ON o.municipality_id = c.municipality_id AND o.id = c.unit_id
              WHERE c.user_id = u.id AND c.ends_at > now() AND c.starts_at <= now() AND c.ended_at IS NULL) AS covers,
            EXISTS (SELECT 1 FROM user_qualifications q
                     WHERE q.municipality_id = u.municipality_id AND q.user_id = u.id AND q.revoked_at IS NULL
                       AND (q.valid_until IS NULL OR q.valid_until >= (now() AT TIME ZONE 'Europe/Copenhagen')::date)) AS medicine_qualified`;

/**
 * Loads the actor behind a session token in one statement: user, role assignments with their
 * org paths, the units each role reaches, and the covers running now (which reach their unit as staff). Runs before the tenant is known, as the
 * connection's own role: the session, found by its token's hash, names the user by its full key.
 */
export async function loadSession(db: Db, token: string): Promise<{ actor: Actor; csrfToken: string; passwordStatus: PasswordStatus } | null> {
  const [row] = await db.query<SessionRow>(
    `SELECT ${ACTOR_COLUMNS}, s.csrf_token, s.began_with_admin_password, u.must_change_password,
            s.last_seen_at < now() - interval '1 minute' AS refresh
       FROM sessions s JOIN users u ON u.municipality_id = s.municipality_id AND u.id = s.user_id JOIN municipalities m ON m.id = u.municipality_id
      WHERE s.token_hash = $1 AND s.expires_at > now() AND s.created_at > now() - make_interval(hours => $2) AND u.active`,
    [sha256(token), SESSION_MAX_HOURS],
  );
  if (!row) return null;
  if (row.refresh) {
    await db.query(
      `UPDATE sessions SET last_seen_at = now(), expires_at = least(now() + make_interval(mins => $2), created_at + make_interval(hours => $3))
        WHERE token_hash = $1`,
      [sha256(token), IDLE_MINUTES, SESSION_MAX_HOURS],
    );
  }
  const passwordStatus = { viaAdminPassword: row.began_with_admin_password, mustChangePassword: row.must_change_password };
  return { csrfToken: row.csrf_token, actor: actorOf(row), passwordStatus };
}

/**
 * The actor of an active user as a session would load it now (for work done later in the user's
 * name, such as an export job), or null for a user deactivated or not of that municipality.
 */
export async function loadActor(db: Db, municipalityId: string, userId: string): Promise<Actor | null> {
  const [row] = await db.query<ActorRow>(
    `SELECT ${ACTOR_COLUMNS} FROM users u JOIN municipalities m ON m.id = u.municipality_id
      WHERE u.municipality_id = $1 AND u.id = $2 AND u.active`,
    [municipalityId, userId],
  );
  return row ? actorOf(row) : null;
}

function actorOf(row: ActorRow): Actor {
  const unitRoles = row.unit_roles ?? [];
  const unitsWith = (wanted: string[]) => [...new Set(unitRoles.filter((u) => wanted.includes(u.role)).map((u) => u.unit_id))];
  const careUnits = new Map<string, string>();
  for (const u of unitRoles) if (careRoles.includes(u.role as Role)) careUnits.set(u.unit_id, u.unit_name);
  const actor: Actor = {
    userId: row.user_id,
    municipalityId: row.municipality_id,
    municipalityName: row.municipality_name,
    username: row.username,
    displayName: row.display_name,
    roles: row.roles ?? [],
    careUnitIds: [],
    careUnits: [],
    ownCareUnitIds: unitsWith(careRoles),
    treatingUnitIds: unitsWith(treatingRoles),
    covers: [],
    leaderUnitIds: unitsWith(leaderRoles),
    medicineQualified: row.medicine_qualified,
  };
  // A cover lasts only while the rule that allowed it still holds (asked of the actor's roles,
  // before covers): someone moved off the facility meanwhile loses it at once.
  for (const { unitPath, ...cover } of row.covers ?? []) {
    if (!can(actor, 'cover', 'unit', { municipalityId: actor.municipalityId, path: unitPath })) continue;
    actor.covers.push(cover);
    careUnits.set(cover.unitId, cover.unitName);
  }
  actor.careUnitIds = [...careUnits.keys()];
  actor.careUnits = [...careUnits].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'da'));
  return actor;
}
