/** Access logs: what was done in one's own name, and who used a citizen's data. */
import { z } from 'zod';
import { AuditActionSchema, dataOf } from './common.js';

export const AccessLogQuery = z.strictObject({
  /** The newest entries first; at most this many. */
  limit: z.coerce.number('Skal være et tal.').int('Skal være et helt tal.').min(1, 'Mindst 1.').max(1000, 'Højst 1000.').default(200),
});

/** GET /access-log/mine: a use of data in the user's own name. */
export const OwnAccessLogEntry = z.object({
  id: z.number(),
  /** ISO timestamp. */
  at: z.string(),
  action: AuditActionSchema,
  entity: z.string(),
  /** The entity as people say it (the declaring feature's manifest), in Danish and English. */
  entityLabel: z.object({ da: z.string(), en: z.string() }),
  ip: z.string().nullable(),
  /** Made in a session begun with a password an admin set: perhaps not by the user. */
  viaAdminPassword: z.boolean(),
  /** Done under a night cover (vagtdækning), not in the user's own care. */
  underCover: z.boolean(),
});
export type OwnAccessLogEntry = z.infer<typeof OwnAccessLogEntry>;
export const OwnAccessLog = dataOf(z.array(OwnAccessLogEntry));

/** GET /citizens/:id/access-log: a use of the citizen's data, by whom. */
export const AccessLogEntry = OwnAccessLogEntry.extend({ userId: z.string(), userName: z.string() });
export type AccessLogEntry = z.infer<typeof AccessLogEntry>;
export const AccessLog = dataOf(z.array(AccessLogEntry));
