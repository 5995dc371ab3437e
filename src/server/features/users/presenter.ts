import type { UserRow } from './queries.js';
import type { User } from '../../../contracts/users.js';

/** A user as the administration and the colleague pickers see them. Never a password hash. */
export function presentUser(row: UserRow, abilities: { update: boolean }): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    active: row.active,
    version: row.version,
    roles: row.roles.map((r) => ({ role: r.role, orgUnitId: r.orgUnitId, orgUnitName: r.orgUnitName, kind: r.kind })),
    abilities,
  };
}
