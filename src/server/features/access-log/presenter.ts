import type { AccessLogRow } from './queries.js';
import { isoTimestamp } from '../../present.js';

/** One use of a citizen's data: when, by whom, what kind of use, on what. */
export function presentAccessLogEntry(row: AccessLogRow) {
  return {
    id: row.id,
    at: isoTimestamp(row.at),
    userId: row.user_id,
    userName: row.user_name,
    action: row.action,
    entity: row.entity,
    ip: row.ip,
    /** Made in a session begun with a password an admin set: perhaps not by the user named. */
    viaAdminPassword: row.via_admin_password,
  };
}
