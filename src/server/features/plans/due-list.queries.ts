import type { Queryable } from '../../db/index.js';
import type { RequestCtx } from '../../context.js';
import { visibleCitizenIds } from '../../access/scope.js';
import { livedAtJoinSql } from '../placements/queries.js';

export interface DueRow {
  goal_id: string;
  goal_title: string;
  citizen_id: string;
  first_name: string;
  last_name: string;
  date: string;
  unit_name: string | null;
  facility_name: string | null;
  responsible_user_id: string | null;
  responsible_name: string | null;
  responsible_external: string | null;
}

/**
 * The due list in one statement (a hot page): active goals whose next follow-up is on or before
 * `until`, of citizens the actor may list (the scope rule in the WHERE), optionally only those
 * placed today under `underPath`, with who is responsible for each goal. Ordered by date, so the most overdue come first. Reads the
 * goals through the partial index goals_due (municipality_id, next_follow_up_date) WHERE active.
 */
export async function listDueGoals(
  tx: Queryable,
  ctx: RequestCtx,
  opts: { today: string; until: string; underPath?: string },
): Promise<DueRow[]> {
  const scope = visibleCitizenIds(ctx.actor, opts.today, 1);
  // $1..$4 scope (units, user, today, municipality), $5 until, $6 org path or null.
  const params = [...scope.params, opts.until, opts.underPath ?? null];
  return tx.query<DueRow>(
    `SELECT g.id AS goal_id, g.title AS goal_title, g.citizen_id, c.first_name, c.last_name, g.next_follow_up_date AS date,
            pl.unit_name, pl.facility_name, g.responsible_user_id, ru.display_name AS responsible_name, g.responsible_external
       FROM goals g
       JOIN citizens c ON c.id = g.citizen_id
       LEFT JOIN users ru ON ru.id = g.responsible_user_id
       ${livedAtJoinSql({ alias: 'pl', municipality: 'g.municipality_id', citizen: 'g.citizen_id', from: '$3::date' })}
      WHERE g.municipality_id = $4 AND g.status = 'active' AND g.next_follow_up_date <= $5::date
        AND g.citizen_id IN (${scope.sql})
        AND ($6::text IS NULL OR g.citizen_id IN (
              SELECT i.citizen_id FROM interventions i JOIN org_units u ON u.id = i.unit_id
               WHERE i.municipality_id = $4 AND u.path LIKE $6 || '%'
                 AND i.start_date <= $3::date AND (i.end_date IS NULL OR i.end_date > $3::date)))
      ORDER BY g.next_follow_up_date, c.last_name, c.first_name, g.id`,
    params,
  );
}

/** An org unit's tenant and path (what the org rules need); undefined if unknown in this municipality. */
export async function getOrgUnitFacts(tx: Queryable, orgUnitId: string): Promise<{ municipalityId: string; path: string } | undefined> {
  const [row] = await tx.query<{ municipalityId: string; path: string }>(
    'SELECT municipality_id AS "municipalityId", path FROM org_units WHERE id = $1',
    [orgUnitId],
  );
  return row;
}
