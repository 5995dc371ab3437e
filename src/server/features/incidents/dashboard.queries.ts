import type { Queryable } from '../../db/index.js';
import type { RequestCtx } from '../../context.js';
import { overdueSql } from './violence.queries.js';

/**
 * One kind of incident on the dashboard: SQL listing its incidents as (unit_id, day, type) for the
 * municipality `$1` between the days `$2` and `$3`, and its open items as (unit_id, open_follow_up,
 * overdue_report) as of the day `$3` (counts per row, 0 or 1). Another capability's incidents (use of
 * force, PN trends) are one more entry in `incidentSources`: the dashboard's query and export stay as they are.
 */
export interface IncidentSource {
  source: string;
  incidents: string;
  open?: string;
}

export const incidentSources: IncidentSource[] = [
  {
    source: 'adverse_event',
    incidents: `SELECT unit_id, (occurred_at AT TIME ZONE 'Europe/Copenhagen')::date AS day, event_type AS type FROM adverse_events
                 WHERE municipality_id = $1 AND occurred_at >= ($2::date)::timestamp AT TIME ZONE 'Europe/Copenhagen'
                   AND occurred_at < ($3::date + 1)::timestamp AT TIME ZONE 'Europe/Copenhagen'`,
    open: `SELECT unit_id, 1 AS open_follow_up, 0 AS overdue_report FROM adverse_events WHERE municipality_id = $1 AND status <> 'closed'`,
  },
  {
    source: 'violence',
    incidents: `SELECT unit_id, occurred_on AS day, kind AS type FROM violence_incidents WHERE municipality_id = $1 AND occurred_on BETWEEN $2::date AND $3::date`,
    open: `SELECT unit_id, 0, 1 FROM violence_incidents v WHERE municipality_id = $1 AND ${overdueSql('v', '$3')}`,
  },
  {
    // Use of force by form; a report not yet forwarded by the leader is an open follow-up.
    source: 'use_of_force',
    incidents: `SELECT unit_id, (occurred_at AT TIME ZONE 'Europe/Copenhagen')::date AS day, form_code AS type FROM use_of_force_reports
                 WHERE municipality_id = $1 AND occurred_at >= ($2::date)::timestamp AT TIME ZONE 'Europe/Copenhagen'
                   AND occurred_at < ($3::date + 1)::timestamp AT TIME ZONE 'Europe/Copenhagen'`,
    open: `SELECT unit_id, 1, 0 FROM use_of_force_reports WHERE municipality_id = $1 AND forwarded_at IS NULL`,
  },
  {
    // PN doses given (those past the maximum apart): the PN trend; a dose whose effect is due and not recorded is open.
    source: 'pn',
    incidents: `SELECT unit_id, (given_at AT TIME ZONE 'Europe/Copenhagen')::date AS day,
                       CASE WHEN over_max_reason IS NULL THEN 'pn_given' ELSE 'pn_over_max' END AS type
                  FROM medicine_administrations
                 WHERE municipality_id = $1 AND scheduled_for IS NULL AND outcome = 'given'
                   AND given_at >= ($2::date)::timestamp AT TIME ZONE 'Europe/Copenhagen'
                   AND given_at < ($3::date + 1)::timestamp AT TIME ZONE 'Europe/Copenhagen'`,
    open: `SELECT unit_id, 1, 0 FROM medicine_administrations
            WHERE municipality_id = $1 AND scheduled_for IS NULL AND outcome = 'given' AND effect IS NULL AND effect_due_at < now()`,
  },
];

/** Units under the actor's dashboard paths, with their facility: the scope every source is counted in. */
const scopedUnits = `SELECT unit.id AS unit_id, fac.id AS facility_id, fac.name AS facility_name
  FROM org_units unit JOIN org_units fac ON fac.municipality_id = unit.municipality_id AND fac.id = unit.parent_id
 WHERE unit.municipality_id = $1 AND unit.kind = 'unit' AND unit.path LIKE ANY (SELECT p || '%' FROM unnest($4::text[]) p)`;

export interface CountRow { facility_id: string; facility_name: string; month: string; source: string; type: string; count: number }
export interface OpenRow { facility_id: string; facility_name: string; open_follow_ups: number; overdue_reports: number }

/** Incidents per facility, month, source and type in the actor's scope (`paths`) between `from` and `to`. */
export function incidentCounts(tx: Queryable, ctx: RequestCtx, from: string, to: string, paths: string[]): Promise<CountRow[]> {
  const all = incidentSources.map((s) => `SELECT '${s.source}' AS source, x.* FROM (${s.incidents}) x`).join(' UNION ALL ');
  return tx.query<CountRow>(
    `SELECT u.facility_id, u.facility_name, to_char(i.day, 'YYYY-MM') AS month, i.source, i.type, count(*)::int AS count
       FROM (${all}) i JOIN (${scopedUnits}) u ON u.unit_id = i.unit_id
      GROUP BY 1, 2, 3, 4, 5 ORDER BY u.facility_name, month, i.source, i.type`,
    [ctx.actor.municipalityId, from, to, paths],
  );
}

/** Open follow-ups and overdue reports per facility in the actor's scope, as of `today`. */
export function openItems(tx: Queryable, ctx: RequestCtx, today: string, paths: string[]): Promise<OpenRow[]> {
  const all = incidentSources.flatMap((s) => (s.open ? [`SELECT * FROM (${s.open}) o`] : [])).join(' UNION ALL ');
  return tx.query<OpenRow>(
    `SELECT u.facility_id, u.facility_name, sum(o.open_follow_up)::int AS open_follow_ups, sum(o.overdue_report)::int AS overdue_reports
       FROM (SELECT o.* FROM (${all}) AS o(unit_id, open_follow_up, overdue_report)) o JOIN (${scopedUnits}) u ON u.unit_id = o.unit_id
      WHERE $2::date IS NOT NULL
      GROUP BY 1, 2 ORDER BY u.facility_name`,
    [ctx.actor.municipalityId, today, today, paths],
  );
}
