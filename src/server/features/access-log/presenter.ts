import type { AccessLogEntry, OwnAccessLogEntry } from '../../../contracts/access-log.js';
import type { AccessLogRow, OwnAccessLogRow } from './queries.js';
import { isoTimestamp } from '../../present.js';
import { auditEntityLabel } from '../../audit/entities.js';

/** One use of data in the user's own name: when, what kind of use, on what, from where. */
export function presentOwnAccessLogEntry(row: OwnAccessLogRow): OwnAccessLogEntry {
  return {
    id: row.id,
    at: isoTimestamp(row.at),
    action: row.action,
    entity: row.entity,
    entityLabel: auditEntityLabel(row.entity),
    ip: row.ip,
    /** Made in a session begun with a password an admin set: perhaps not by the user. */
    viaAdminPassword: row.via_admin_password,
    /** Done under a night cover (vagtdækning), not in the user's own care. */
    underCover: row.under_cover,
  };
}

/** One use of a citizen's data: when, by whom, what kind of use, on what. */
export function presentAccessLogEntry(row: AccessLogRow): AccessLogEntry {
  return {
    ...presentOwnAccessLogEntry(row),
    userId: row.user_id,
    userName: row.user_name,
  };
}
