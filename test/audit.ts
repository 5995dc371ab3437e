import type { Db } from '../src/server/db/index.js';

/** An audit_log row as the tests compare it. */
export interface AuditRow {
  action: string;
  entity: string;
  entity_id: string | null;
  citizen_ids: string[];
  detail: Record<string, unknown> | null;
}

/** The newest audit row the user wrote. */
export async function lastAudit(db: Db, userId: string): Promise<AuditRow> {
  const [row] = await db.query<AuditRow>(
    'SELECT action, entity, entity_id, citizen_ids, detail FROM audit_log WHERE user_id = $1 ORDER BY id DESC LIMIT 1',
    [userId],
  );
  return row;
}
