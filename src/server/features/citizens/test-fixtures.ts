// Shared set-up for the citizen and placement write tests (not a test itself).
import type { Db } from '../../db/index.js';

/** Row counts of everything a C2 write touches, over the whole database (so a stray write anywhere shows). */
export async function c2Counts(db: Db) {
  const [row] = await db.query<Record<'citizens' | 'targetGroups' | 'interventions' | 'relatives' | 'audit', number>>(
    `SELECT (SELECT count(*)::int FROM citizens) AS citizens,
            (SELECT count(*)::int FROM citizen_target_groups) AS "targetGroups",
            (SELECT count(*)::int FROM interventions) AS interventions,
            (SELECT count(*)::int FROM relatives) AS relatives,
            (SELECT count(*)::int FROM audit_log) AS audit`,
  );
  return row;
}

/** Audit rows whose entity id or detail holds the CPR number, with or without the dash (there must be none). */
export async function auditRowsContainingCpr(db: Db, cpr: string): Promise<number> {
  const [{ n }] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM audit_log
      WHERE coalesce(entity_id, '') || coalesce(detail::text, '') LIKE '%' || $1 || '%'
         OR coalesce(entity_id, '') || coalesce(detail::text, '') LIKE '%' || $2 || '%'`,
    [cpr, `${cpr.slice(0, 6)}-${cpr.slice(6)}`],
  );
  return n;
}

/** Names on a client's Mine borgere. */
export const listedNames = (res: { json(): { data: Array<{ name: string }> } }) => res.json().data.map((c) => c.name).sort();
