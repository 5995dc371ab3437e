import type { Queryable } from '../../db/index.js';
import type { RequestCtx } from '../../context.js';
import type { Role } from '../../access/roles.js';

export interface RoleGrantRow {
  id: number;
  at: Date | string;
  role: Role;
  org_unit_name: string;
  user_id: string;
  user_name: string;
  granted_by_name: string;
}

/**
 * Roles granted that reach the facility's citizens, newest first: on the facility itself or above
 * it, and on those of its units the actor leads (`leaderPaths`, the actor's leader-role paths).
 */
export async function listRoleGrants(tx: Queryable, ctx: RequestCtx, facilityPath: string, leaderPaths: string[], limit: number): Promise<RoleGrantRow[]> {
  return tx.query<RoleGrantRow>(
    `SELECT g.id, g.at, g.role, o.name AS org_unit_name, g.user_id, u.display_name AS user_name, b.display_name AS granted_by_name
       FROM role_grants g
       JOIN org_units o ON o.id = g.org_unit_id
       JOIN users u ON u.id = g.user_id
       JOIN users b ON b.id = g.granted_by
      WHERE g.municipality_id = $1
        AND (starts_with($2, o.path)
          OR starts_with(o.path, $2) AND EXISTS (SELECT 1 FROM unnest($3::text[]) AS l(path) WHERE starts_with(o.path, l.path)))
      ORDER BY g.at DESC, g.id DESC
      LIMIT $4`,
    [ctx.actor.municipalityId, facilityPath, leaderPaths, limit],
  );
}
