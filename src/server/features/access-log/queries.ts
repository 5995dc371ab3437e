import type { Queryable } from '../../db/index.js';
import type { VisibleCitizen } from '../../access/gate.js';
import type { RequestCtx } from '../../context.js';
import type { AuditAction } from '../../../contracts/common.js';

export interface AccessLogRow {
  id: number;
  at: Date | string;
  user_id: string;
  user_name: string;
  action: AuditAction;
  entity: string;
  ip: string | null;
  via_admin_password: boolean;
  under_cover: boolean;
}

export type OwnAccessLogRow = Omit<AccessLogRow, 'user_id' | 'user_name'>;

/** What was done in the actor's own name, newest first: no citizen named, so nothing to audit. */
export async function listOwnAccessLog(tx: Queryable, ctx: RequestCtx, limit: number): Promise<OwnAccessLogRow[]> {
  return tx.query<OwnAccessLogRow>(
    `SELECT a.id, a.at, a.action, a.entity, a.ip, a.via_admin_password, coalesce((a.detail->>'underCover')::boolean, false) AS under_cover
       FROM audit_log a
      WHERE a.municipality_id = $1 AND a.user_id = $2
      ORDER BY a.at DESC, a.id DESC
      LIMIT $3`,
    [ctx.actor.municipalityId, ctx.actor.userId, limit],
  );
}

/** Every audit row naming the citizen (GIN index on citizen_ids), newest first, with who did it. */
export async function listAccessLog(tx: Queryable, ctx: RequestCtx, citizen: VisibleCitizen, limit: number): Promise<AccessLogRow[]> {
  return tx.query<AccessLogRow>(
    `SELECT a.id, a.at, a.user_id, u.display_name AS user_name, a.action, a.entity, a.ip, a.via_admin_password, coalesce((a.detail->>'underCover')::boolean, false) AS under_cover
       FROM audit_log a JOIN users u ON u.id = a.user_id
      WHERE a.municipality_id = $1 AND a.citizen_ids @> ARRAY[$2::uuid]
      ORDER BY a.at DESC, a.id DESC
      LIMIT $3`,
    [ctx.actor.municipalityId, citizen.id, limit],
  );
}
