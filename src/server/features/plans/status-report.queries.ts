import type { VisibleCitizen } from '../../access/gate.js';
import type { RequestCtx } from '../../context.js';
import type { Queryable } from '../../db/index.js';
import type { ExportFile } from '../../exports/index.js';
import type { ExportStatus } from '../../../contracts/exports.js';
import { livedAtJoinSql } from '../placements/queries.js';

/** The export kind (and audit entity) of a status report. */
export const STATUS_REPORT_KIND = 'status_report';

/** Who the report is about, and where they lived at the period's end (or last within it). */
export interface StatusReportCitizenRow {
  first_name: string;
  last_name: string;
  cpr: string;
  birth_date: string;
  facility_name: string | null;
  unit_name: string | null;
}

export async function getStatusReportCitizen(tx: Queryable, citizen: VisibleCitizen, from: string, to: string): Promise<StatusReportCitizenRow> {
  const [row] = await tx.query<StatusReportCitizenRow>(
    `SELECT c.first_name, c.last_name, c.cpr, c.birth_date::text AS birth_date, w.facility_name, w.unit_name
       FROM citizens c
       ${livedAtJoinSql({ alias: 'w', municipality: 'c.municipality_id', citizen: 'c.id', from: '$2::date', to: '$3::date', placedFirst: true })}
      WHERE c.id = $1`,
    [citizen.id, from, to],
  );
  return row;
}

export interface StatusReportFollowUpRow {
  date: string;
  progress: 'improved' | 'unchanged' | 'declined';
  level: string | null;
  note: string;
  continues: boolean;
  author: string;
}

/** A goal as the status report reads it: the goal, its sub-goals, the period's follow-ups and the latest assessment. */
export interface StatusReportGoalRow {
  id: string;
  title: string;
  what_matters: string;
  area: string;
  goal_type: string;
  target_level: string;
  current_level: string | null;
  status: 'active' | 'paused' | 'achieved' | 'dropped';
  status_reason: string | null;
  sub_goals: StatusReportSubGoalRow[];
  /** In the period, oldest first. */
  follow_ups: StatusReportFollowUpRow[];
  /** The FFB condition the goal is coded on (null for a goal from before conditions). */
  condition: string | null;
  /** The latest FFB assessment of that condition by the period's end. */
  latest_assessment: { level: string; date: string; note: string } | null;
  /** Status på indsats of the latest follow-up in the period that gave one. */
  service_status: string | null;
}

/** A sub-goal (delmål) with its date, success criterion and evaluation (goals before issue 12 have neither). */
export interface StatusReportSubGoalRow {
  text: string;
  done: boolean;
  due_date: string | null;
  success_criterion: string | null;
  evaluation: 'achieved' | 'partly' | 'not_achieved' | null;
}

/**
 * The citizen's goals that were open during the period (started by its end, and not closed before
 * it began unless followed up in it), with their sub-goals and the follow-ups dated in the period.
 */
export async function listStatusReportGoals(tx: Queryable, ctx: RequestCtx, citizen: VisibleCitizen, from: string, to: string): Promise<StatusReportGoalRow[]> {
  return tx.query<StatusReportGoalRow>(
    `WITH fu AS (
       SELECT f.goal_id, json_agg(json_build_object(
                'date', f.follow_up_date, 'progress', f.progress, 'level', l.display, 'note', f.note,
                'continues', f.continues, 'author', u.display_name) ORDER BY f.follow_up_date, f.created_at) AS list
         FROM follow_ups f
         JOIN users u ON u.id = f.author_id
         LEFT JOIN ffb_concepts l ON l.code = f.level_code
        WHERE f.municipality_id = $1 AND f.citizen_id = $2 AND f.follow_up_date BETWEEN $3::date AND $4::date
        GROUP BY f.goal_id)
     SELECT g.id, g.title, g.what_matters, area.display AS area, type.display AS goal_type, target.display AS target_level,
            cur.display AS current_level, g.status, g.status_reason,
            coalesce((SELECT json_agg(json_build_object('text', s.text, 'done', s.done, 'due_date', s.due_date,
                                                        'success_criterion', s.success_criterion, 'evaluation', s.evaluation) ORDER BY s.sort_order)
                        FROM goal_steps s WHERE s.municipality_id = g.municipality_id AND s.goal_id = g.id AND s.kind = 'sub_goal'), '[]') AS sub_goals,
            coalesce(fu.list, '[]') AS follow_ups,
            cond.display AS condition,
            (SELECT json_build_object('level', lvl.display, 'date', a.assessed_on, 'note', a.note)
               FROM ffb_assessments a JOIN ffb_concepts lvl ON lvl.code = a.level_code
              WHERE a.municipality_id = g.municipality_id AND a.citizen_id = g.citizen_id
                AND a.condition_code = g.ffb_condition_code AND a.assessed_on <= $4::date
              ORDER BY a.assessed_on DESC, a.created_at DESC LIMIT 1) AS latest_assessment,
            (SELECT st.display FROM follow_ups f JOIN ffb_concepts st ON st.code = f.authority_status_code
              WHERE f.municipality_id = g.municipality_id AND f.goal_id = g.id AND f.follow_up_date BETWEEN $3::date AND $4::date
              ORDER BY f.follow_up_date DESC, f.created_at DESC LIMIT 1) AS service_status
       FROM goals g
       JOIN ffb_concepts area ON area.code = g.ffb_area_code
       JOIN ffb_concepts type ON type.code = g.goal_type_code
       JOIN ffb_concepts target ON target.code = g.target_level_code
       LEFT JOIN ffb_concepts cur ON cur.code = g.current_level_code
       LEFT JOIN ffb_concepts cond ON cond.code = g.ffb_condition_code
       LEFT JOIN fu ON fu.goal_id = g.id
      WHERE g.municipality_id = $1 AND g.citizen_id = $2 AND g.start_date <= $4::date
        AND (g.status IN ('active', 'paused') OR g.updated_at >= $3::date OR fu.list IS NOT NULL)
      ORDER BY g.start_date, g.created_at`,
    [ctx.actor.municipalityId, citizen.id, from, to],
  );
}

/** A status report in the citizen's list. */
export interface StatusReportRow {
  id: string;
  status: ExportStatus;
  from: string;
  to: string;
  made_by: string;
  created_at: Date;
  finished_at: Date | null;
  error: string | null;
  file_name: string | null;
  expired: boolean;
}

/** How many status reports the citizen's list shows, newest first. */
export const STATUS_REPORT_LIST_LIMIT = 50;

/**
 * The citizen's status reports: the finished ones for every reader, and the actor's own while
 * they are under way or if they failed (another's request is not shown until it is a report).
 */
export async function listStatusReports(tx: Queryable, ctx: RequestCtx, citizen: VisibleCitizen): Promise<StatusReportRow[]> {
  return tx.query<StatusReportRow>(
    `SELECT e.id, CASE WHEN e.status <> 'expired' AND e.expires_at <= now() THEN 'expired' ELSE e.status END AS status,
            e.params->>'from' AS "from", e.params->>'to' AS "to", u.display_name AS made_by,
            e.created_at, e.finished_at, e.error, e.file_name, (e.status = 'expired' OR e.expires_at <= now()) AS expired
       FROM export_jobs e
       JOIN users u ON u.id = e.requested_by
      WHERE e.municipality_id = $1 AND e.kind = '${STATUS_REPORT_KIND}' AND e.params->>'citizenId' = $2::text
        AND (e.status IN ('done', 'expired') OR e.requested_by = $3)
      ORDER BY e.created_at DESC, e.id
      LIMIT ${STATUS_REPORT_LIST_LIMIT}`,
    [ctx.actor.municipalityId, citizen.id, ctx.actor.userId],
  );
}

/** One status report of the citizen's, with its file when it is there; undefined when it is not the citizen's. */
export async function getStatusReportFile(
  tx: Queryable, ctx: RequestCtx, citizen: VisibleCitizen, reportId: string,
): Promise<{ expired: boolean; file: ExportFile | null } | undefined> {
  const [row] = await tx.query<{ expired: boolean; file_name: string | null; content_type: string | null; file: Uint8Array | null }>(
    `SELECT (e.status = 'expired' OR e.expires_at <= now()) AS expired, e.file_name, e.content_type,
            CASE WHEN e.expires_at > now() THEN e.file END AS file
       FROM export_jobs e
      WHERE e.municipality_id = $1 AND e.id = $2 AND e.kind = '${STATUS_REPORT_KIND}' AND e.params->>'citizenId' = $3::text
        AND (e.status IN ('done', 'expired') OR e.requested_by = $4)`,
    [ctx.actor.municipalityId, reportId, citizen.id, ctx.actor.userId],
  );
  if (!row) return undefined;
  const file = row.file && row.file_name && row.content_type ? { fileName: row.file_name, contentType: row.content_type, body: Buffer.from(row.file) } : null;
  return { expired: row.expired, file };
}
