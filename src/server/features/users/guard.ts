import type { Queryable } from '../../db/index.js';
import type { RequestCtx } from '../../context.js';
import { authorize, can, type Actor, type OrgFacts } from '../../access/index.js';
import type { UserFacts } from './access.js';
import { badRequest, forbidden, notFound } from '../../errors.js';
import { kindNames } from '../organisation/tree.js';
import { findOrgUnits, getUser, type UserRow } from './queries.js';
import { roleKinds } from './schema.js';
import type { RoleAssignment } from '../../../contracts/users.js';

/** Where a user sits in the tree for access decisions: their roles' units, or the root when they have none. */
const userOrgs = (user: UserRow): OrgFacts[] =>
  (user.roles.length ? user.roles.map((r) => r.path) : [user.root_path]).map((path) => ({ municipalityId: user.municipality_id, path }));

const userFacts = (user: UserRow): UserFacts => ({ id: user.id, orgs: userOrgs(user) });

/** May the actor edit this user? Only if they manage users everywhere the user holds a role. */
export const canManageUser = (actor: Actor, user: UserRow) => can(actor, 'update', 'user', userFacts(user));

const roleKey = (r: { role: string; orgUnitId: string }) => `${r.role}:${r.orgUnitId}`;

/** The roles in `roles` the user does not hold yet. */
export const newRoles = (user: UserRow, roles: RoleAssignment[]) => {
  const held = new Set(user.roles.map(roleKey));
  return roles.filter((r) => !held.has(roleKey(r)));
};

/** 403 when `roles` would change the user's roles and the actor may not (their own, above all). */
export function requireRoleChangeAllowed(ctx: RequestCtx, user: UserRow, roles: RoleAssignment[]): void {
  const unchanged = roles.length === user.roles.length && newRoles(user, roles).length === 0;
  if (unchanged || can(ctx.actor, 'changeRoles', 'user', userFacts(user))) return;
  throw forbidden(user.id === ctx.actor.userId ? 'Du kan ikke ændre dine egne roller. Bed en anden administrator om det.' : undefined);
}

/**
 * The gate for editing a user: 404 when unknown, in another municipality or outside the actor's
 * list of colleagues; 403 when listed but not the actor's to manage.
 */
export async function requireUserToManage(tx: Queryable, ctx: RequestCtx, userId: string): Promise<UserRow> {
  const user = await getUser(tx, ctx, userId);
  if (!user) throw notFound('Brugeren');
  if (!canManageUser(ctx.actor, user)) {
    if (userOrgs(user).some((o) => can(ctx.actor, 'readUsers', 'org', o))) throw forbidden();
    throw notFound('Brugeren');
  }
  return user;
}

/**
 * Checks roles about to be given: each unit must exist in the municipality, be active and of a
 * kind the role may be held at (400, per field), and the actor must manage users there (403).
 */
export async function requireAssignableRoles(tx: Queryable, ctx: RequestCtx, roles: RoleAssignment[]): Promise<void> {
  const units = new Map((await findOrgUnits(tx, ctx, roles.map((r) => r.orgUnitId))).map((u) => [u.id, u]));
  const fields: Record<string, string> = {};
  roles.forEach((r, i) => {
    const unit = units.get(r.orgUnitId);
    if (unit) authorize(ctx.actor, 'manageUsers', 'org', { municipalityId: unit.municipality_id, path: unit.path });
    const field = `roles.${i}.orgUnitId`;
    if (!unit) fields[field] = 'Enheden findes ikke.';
    else if (!unit.active) fields[field] = 'Enheden er deaktiveret.';
    else if (!roleKinds[r.role].includes(unit.kind)) {
      fields[field] = `Rollen kan ikke gives på en enhed af typen ${kindNames[unit.kind]} (kun ${roleKinds[r.role].map((k) => kindNames[k]).join(', ')}).`;
    }
  });
  if (Object.keys(fields).length) throw badRequest('Nogle roller kan ikke gives.', fields);
}
