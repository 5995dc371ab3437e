import type { Queryable } from '../../db/index.js';
import type { RequestCtx } from '../../context.js';
import type { VisibleCitizen } from '../../access/gate.js';
import type { PlanVisitInput, RecordVisitInput } from '../../../contracts/visits.js';
import { careRoles } from '../../access/index.js';

export interface VisitRow {
  id: string;
  citizen_id: string;
  unit_id: string;
  unit_name: string;
  planned_date: string;
  planned_start: string;
  planned_minutes: number;
  note: string;
  status: 'planned' | 'done' | 'cancelled' | 'not_home';
  actual_start: string | null;
  actual_end: string | null;
  actual_minutes: number | null;
  outcome_note: string;
  recorded_by_name: string | null;
  recorded_at: Date | string | null;
  version: number;
  /** Planned and performing staff, `{part, id, name}`. */
  staff: Array<{ part: 'planned' | 'performed'; id: string; name: string }>;
}

export type WeekVisitRow = VisitRow & { first_name: string; last_name: string };

const visitColumns = `v.id, v.citizen_id, v.unit_id, unit.name AS unit_name, v.planned_date, to_char(v.planned_start, 'HH24:MI') AS planned_start,
  v.planned_minutes, v.note, v.status, to_char(v.actual_start, 'HH24:MI') AS actual_start, to_char(v.actual_end, 'HH24:MI') AS actual_end,
  (extract(epoch FROM v.actual_end - v.actual_start) / 60)::int AS actual_minutes, v.outcome_note,
  rec.display_name AS recorded_by_name, v.recorded_at, v.version,
  coalesce((SELECT json_agg(json_build_object('part', s.part, 'id', u.id, 'name', u.display_name) ORDER BY u.display_name)
              FROM visit_staff s JOIN users u ON u.municipality_id = s.municipality_id AND u.id = s.user_id
             WHERE s.municipality_id = v.municipality_id AND s.visit_id = v.id), '[]') AS staff`;
const visitJoins = `FROM visits v JOIN org_units unit ON unit.municipality_id = v.municipality_id AND unit.id = v.unit_id
  LEFT JOIN users rec ON rec.municipality_id = v.municipality_id AND rec.id = v.recorded_by`;

/** The citizen's visits, newest day first (at most 200). */
export function listCitizenVisits(tx: Queryable, citizen: VisibleCitizen): Promise<VisitRow[]> {
  return tx.query<VisitRow>(
    `SELECT ${visitColumns} ${visitJoins} WHERE v.municipality_id = $1 AND v.citizen_id = $2
      ORDER BY v.planned_date DESC, v.planned_start DESC, v.id LIMIT 200`,
    [citizen.municipalityId, citizen.id],
  );
}

/** One visit by id, with its citizen (the gate then asks whether the actor sees them). */
export async function getVisit(tx: Queryable, ctx: RequestCtx, id: string): Promise<VisitRow | undefined> {
  const [row] = await tx.query<VisitRow>(`SELECT ${visitColumns} ${visitJoins} WHERE v.municipality_id = $1 AND v.id = $2`, [
    ctx.actor.municipalityId,
    id,
  ]);
  return row;
}

/**
 * The active teams (units) delivering a running service to the citizen today, with their staff
 * (staff or leaders there or above, active users), each by name.
 */
export function servingTeams(tx: Queryable, citizen: VisibleCitizen): Promise<Array<{ id: string; name: string; staff: Array<{ id: string; name: string }> }>> {
  return tx.query(
    `SELECT unit.id, unit.name,
            coalesce((SELECT json_agg(json_build_object('id', s.id, 'name', s.name) ORDER BY s.name, s.id) FROM (
                        SELECT DISTINCT u.id, u.display_name AS name
                          FROM user_roles r JOIN org_units at ON at.municipality_id = r.municipality_id AND at.id = r.org_unit_id
                          JOIN users u ON u.municipality_id = r.municipality_id AND u.id = r.user_id AND u.active
                         WHERE r.municipality_id = unit.municipality_id AND r.role = ANY($3::text[]) AND unit.path LIKE at.path || '%') s), '[]') AS staff
       FROM org_units unit
      WHERE unit.municipality_id = $1 AND unit.id = ANY($2::uuid[]) AND unit.kind = 'unit' AND unit.active
      ORDER BY unit.name`,
    [citizen.municipalityId, citizen.unitIds, careRoles],
  );
}

export async function insertVisit(tx: Queryable, ctx: RequestCtx, citizen: VisibleCitizen, input: PlanVisitInput): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `INSERT INTO visits (municipality_id, citizen_id, unit_id, planned_date, planned_start, planned_minutes, note, created_by)
     VALUES ($1, $2, $3, $4, $5::time, $6, $7, $8) RETURNING id`,
    [citizen.municipalityId, citizen.id, input.unitId, input.date, input.startTime, input.plannedMinutes, input.note, ctx.actor.userId],
  );
  await insertVisitStaff(tx, citizen.municipalityId, row.id, 'planned', input.staffIds);
  return row.id;
}

function insertVisitStaff(tx: Queryable, municipalityId: string, visitId: string, part: 'planned' | 'performed', userIds: string[]) {
  return tx.query(
    `INSERT INTO visit_staff (municipality_id, visit_id, user_id, part) SELECT $1, $2, u, $3 FROM unnest($4::uuid[]) AS u ON CONFLICT DO NOTHING`,
    [municipalityId, visitId, part, [...new Set(userIds)]],
  );
}

/** Records how a planned visit went; 'stale' when the version is not the one read or it is already recorded. */
export async function recordVisit(tx: Queryable, ctx: RequestCtx, visit: VisitRow, input: RecordVisitInput): Promise<'stale' | 'ok'> {
  const done = input.status === 'done';
  const rows = await tx.query(
    `UPDATE visits SET status = $3, actual_start = $4::time, actual_end = $5::time, outcome_note = $6,
            recorded_by = $7, recorded_at = now(), version = version + 1
      WHERE municipality_id = $1 AND id = $2 AND version = $8 AND status = 'planned' RETURNING id`,
    [ctx.actor.municipalityId, visit.id, input.status, done ? input.startTime : null, done ? input.endTime : null, input.note, ctx.actor.userId, input.version],
  );
  if (rows.length === 0) return 'stale';
  if (done) await insertVisitStaff(tx, ctx.actor.municipalityId, visit.id, 'performed', input.staffIds ?? []);
  return 'ok';
}

/** Which of `userIds` are active staff or leaders on the unit (a role there or above). */
export async function staffOfUnit(tx: Queryable, ctx: RequestCtx, unitId: string, userIds: string[]): Promise<Set<string>> {
  const rows = await tx.query<{ id: string }>(
    `SELECT DISTINCT u.id FROM users u
       JOIN user_roles r ON r.municipality_id = u.municipality_id AND r.user_id = u.id AND r.role = ANY($4::text[])
       JOIN org_units at ON at.municipality_id = r.municipality_id AND at.id = r.org_unit_id
       JOIN org_units unit ON unit.municipality_id = u.municipality_id AND unit.id = $2
      WHERE u.municipality_id = $1 AND u.active AND u.id = ANY($3::uuid[]) AND unit.path LIKE at.path || '%'`,
    [ctx.actor.municipalityId, unitId, userIds, careRoles],
  );
  return new Set(rows.map((r) => r.id));
}

/** The citizens with a running service on the unit `$unit` on day `$day` (municipality is `$1`). */
const servedBy = (unit: number, day: number) => `SELECT i.citizen_id FROM interventions i WHERE i.municipality_id = $1 AND i.unit_id = $${unit}
  AND i.start_date <= $${day}::date AND (i.end_date IS NULL OR i.end_date > $${day}::date)`;

export interface TeamRow {
  id: string;
  name: string;
  path: string;
  facility_name: string;
  citizens: number;
}

/**
 * Active units under `paths` (the actor's own care roles) that deliver a running service without a
 * place today — home-support teams — with how many citizens each serves.
 */
export function listVisitTeams(tx: Queryable, ctx: RequestCtx, paths: string[], today: string): Promise<TeamRow[]> {
  return tx.query<TeamRow>(
    `SELECT unit.id, unit.name, unit.path, facility.name AS facility_name, count(DISTINCT i.citizen_id)::int AS citizens
       FROM org_units unit JOIN org_units facility ON facility.municipality_id = unit.municipality_id AND facility.id = unit.parent_id
       JOIN interventions i ON i.municipality_id = unit.municipality_id AND i.unit_id = unit.id AND i.place_id IS NULL
        AND i.start_date <= $3::date AND (i.end_date IS NULL OR i.end_date > $3::date)
      WHERE unit.municipality_id = $1 AND unit.kind = 'unit' AND unit.active AND unit.path LIKE ANY (SELECT p || '%' FROM unnest($2::text[]) p)
      GROUP BY unit.id, unit.name, unit.path, facility.name
      ORDER BY facility.name, unit.name`,
    [ctx.actor.municipalityId, paths, today],
  );
}

export interface TeamCitizenRow {
  id: string;
  first_name: string;
  last_name: string;
  last_visit: string | null;
  next_visit: string | null;
  due_this_week: number;
}

/**
 * Every citizen the team serves today (a running service on the unit) with their last visit made,
 * their next planned one from today and this week's planned visits not yet recorded.
 */
export function teamCitizens(tx: Queryable, ctx: RequestCtx, unitId: string, today: string, weekStart: string, weekEnd: string): Promise<TeamCitizenRow[]> {
  return tx.query<TeamCitizenRow>(
    `SELECT c.id, c.first_name, c.last_name,
            (SELECT max(v.planned_date) FROM visits v WHERE v.municipality_id = c.municipality_id AND v.citizen_id = c.id AND v.status = 'done') AS last_visit,
            (SELECT min(v.planned_date) FROM visits v WHERE v.municipality_id = c.municipality_id AND v.citizen_id = c.id
                AND v.status = 'planned' AND v.planned_date >= $3::date) AS next_visit,
            (SELECT count(*) FROM visits v WHERE v.municipality_id = c.municipality_id AND v.citizen_id = c.id AND v.unit_id = $2
                AND v.status = 'planned' AND v.planned_date BETWEEN $4::date AND $5::date)::int AS due_this_week
       FROM citizens c
      WHERE c.municipality_id = $1 AND c.id IN (${servedBy(2, 3)})
      ORDER BY c.last_name, c.first_name, c.id`,
    [ctx.actor.municipalityId, unitId, today, weekStart, weekEnd],
  );
}

/** The team's visits between two days of the citizens it serves today, by day and time. */
export function teamVisits(tx: Queryable, ctx: RequestCtx, unitId: string, from: string, to: string, today: string): Promise<WeekVisitRow[]> {
  return tx.query<WeekVisitRow>(
    `SELECT ${visitColumns}, c.first_name, c.last_name ${visitJoins}
       JOIN citizens c ON c.municipality_id = v.municipality_id AND c.id = v.citizen_id
      WHERE v.municipality_id = $1 AND v.unit_id = $2 AND v.planned_date BETWEEN $3::date AND $4::date AND v.citizen_id IN (${servedBy(2, 5)})
      ORDER BY v.planned_date, v.planned_start, v.id`,
    [ctx.actor.municipalityId, unitId, from, to, today],
  );
}
