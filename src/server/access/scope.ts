import { hasRole, type Actor } from './roles.js';

/**
 * The citizens an actor may list, as SQL (the list-side twin of the citizen rules in citizen.ts):
 * those placed today on a unit the actor works on, plus, for case workers and management, the
 * citizens explicitly assigned to them. It adds four parameters, numbered from `firstParam`.
 */
export function visibleCitizenIds(actor: Actor, today: string, firstParam: number): { sql: string; params: unknown[] } {
  const [units, user, day] = [firstParam, firstParam + 1, firstParam + 2];
  const assigned = hasRole(actor, 'case_worker', 'center_manager', 'consultant')
    ? ` UNION SELECT a.citizen_id FROM case_assignments a WHERE a.user_id = $${user}`
    : ` UNION SELECT NULL::uuid WHERE $${user}::uuid IS NULL`;
  return {
    sql: `SELECT i.citizen_id FROM interventions i
           WHERE i.municipality_id = $${firstParam + 3} AND i.unit_id = ANY($${units}::uuid[])
             AND i.start_date <= $${day}::date AND (i.end_date IS NULL OR i.end_date > $${day}::date)${assigned}`,
    params: [actor.careUnitIds, actor.userId, today, actor.municipalityId],
  };
}
