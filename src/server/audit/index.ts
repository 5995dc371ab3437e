import { deferred, type Queryable } from '../db/index.js';
import type { RequestCtx } from '../context.js';
import type { AuditAction } from '../../contracts/common.js';
import type { AuditEntity } from './entities.js';

export type { AuditAction, AuditEntity };

export interface AuditEntry {
  action: AuditAction;
  /** What was touched: 'citizen', 'goal', 'journal_note', 'citizen_list', ... (declared with its label by a feature manifest). */
  entity: AuditEntity;
  entityId?: string;
  /** Every citizen whose data the request read or changed. */
  citizenIds: string[];
  /** Extra facts (a search criterion, with any CPR masked). Never a CPR number. */
  detail?: Record<string, unknown>;
}

/**
 * Appends one audit row in the caller's transaction: if the insert fails, the request fails and
 * nothing it did is kept. The app role can insert into audit_log but never update or delete it.
 * A request of a session begun with an admin-set password is marked (`via_admin_password`).
 * Deferred: the row goes to the database with the next statement or the commit, which fails if it does.
 */
export async function audit(tx: Queryable, ctx: RequestCtx, entry: AuditEntry): Promise<void> {
  await deferred(tx,
    `INSERT INTO audit_log (municipality_id, user_id, action, entity, entity_id, citizen_ids, detail, ip, via_admin_password)
     VALUES ($1, $2, $3, $4, $5, $6::uuid[], $7, $8, $9)`,
    [
      ctx.actor.municipalityId,
      ctx.actor.userId,
      entry.action,
      entry.entity,
      entry.entityId ?? null,
      entry.citizenIds,
      entry.detail ? JSON.stringify(entry.detail) : null,
      ctx.ip,
      ctx.viaAdminPassword ?? false,
    ],
  );
}
