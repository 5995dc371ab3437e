import type { Queryable } from '../../db/index.js';
import type { RequestCtx } from '../../context.js';
import type { AdverseEventFollowUpInput, AdverseEventStatus, AdverseEventType, ReportAdverseEventInput } from '../../../contracts/incidents.js';
import { citizenFactsColumns, type CitizenFactsRow } from '../../access/gate.js';
import { todayInCopenhagen } from '../../../domain/dates.js';

/*
 * The incident queries share their first parameters: $1 the municipality, $2 the actor (for the
 * citizen facts), $3 today in Copenhagen; their own follow from $4.
 */

/** The facts of the citizen `column` names (JSON with the name, null for none), as the gate loads them. */
export const citizenFactsOf = (alias: string, column: string) => `
  (SELECT row_to_json(x) FROM (SELECT c.id, c.municipality_id, c.first_name || ' ' || c.last_name AS name, ${citizenFactsColumns(2, 3)}
     FROM citizens c WHERE c.municipality_id = ${alias}.municipality_id AND c.id = ${column}) x)`;

/** The record `alias`'s unit (`unit`) with its facility (`fac`, the unit's parent) and reporter (`rep`). */
export const unitAndReporterJoins = (alias: string) => `JOIN org_units unit ON unit.municipality_id = ${alias}.municipality_id AND unit.id = ${alias}.unit_id
  JOIN org_units fac ON fac.municipality_id = unit.municipality_id AND fac.id = unit.parent_id
  JOIN users rep ON rep.municipality_id = ${alias}.municipality_id AND rep.id = ${alias}.reported_by`;

/** The records the actor reads: their own reports, and those of the units under the leader paths $4 (the SQL twin of 'incident' read). */
export const readableBy = (alias: string) => `${alias}.reported_by = $2 OR unit.path LIKE ANY (SELECT p || '%' FROM unnest($4::text[]) p)`;

/** Runs an incident query with the shared parameters and `params` from $4. */
export const incidentQuery = <R>(tx: Queryable, ctx: RequestCtx, sql: string, params: unknown[]) =>
  tx.query<R>(sql, [ctx.actor.municipalityId, ctx.actor.userId, todayInCopenhagen(), ...params]);

export type CitizenFactsJson = CitizenFactsRow & { name: string };

export interface AdverseEventRow {
  id: string;
  municipality_id: string;
  citizen_id: string | null;
  citizen: CitizenFactsJson | null;
  unit_id: string;
  unit_name: string;
  unit_path: string;
  facility_id: string;
  facility_name: string;
  administration_id: string | null;
  occurred_at: Date | string;
  date: string;
  time: string;
  event_type: AdverseEventType;
  title: string;
  description: string;
  consequence_note: string;
  prevention: string;
  comments: string;
  location: string;
  involved_locations: string;
  medicine: string;
  actual_consequence: string;
  possible_consequence: string | null;
  severity: string;
  reported_by: string;
  reported_by_name: string;
  reported_at: Date | string;
  status: AdverseEventStatus;
  learning: string;
  actions: string;
  followed_up_by_name: string | null;
  followed_up_at: Date | string | null;
  version: number;
}

const eventColumns = `e.id, e.municipality_id, e.citizen_id, ${citizenFactsOf('e', 'e.citizen_id')} AS citizen,
  e.unit_id, unit.name AS unit_name, unit.path AS unit_path, fac.id AS facility_id, fac.name AS facility_name, e.administration_id,
  e.occurred_at, to_char(e.occurred_at AT TIME ZONE 'Europe/Copenhagen', 'YYYY-MM-DD') AS date,
  to_char(e.occurred_at AT TIME ZONE 'Europe/Copenhagen', 'HH24:MI') AS time, e.event_type, e.title, e.description, e.consequence_note,
  e.prevention, e.comments, e.location, e.involved_locations, e.medicine, e.actual_consequence, e.possible_consequence, e.severity,
  e.reported_by, rep.display_name AS reported_by_name, e.reported_at, e.status, e.learning, e.actions,
  fol.display_name AS followed_up_by_name, e.followed_up_at, e.version`;
const eventFrom = `FROM adverse_events e ${unitAndReporterJoins('e')}
  LEFT JOIN users fol ON fol.municipality_id = e.municipality_id AND fol.id = e.followed_up_by`;

/** One adverse event by id, with what the rules need (unit path, reporter, citizen facts). */
export async function getAdverseEvent(tx: Queryable, ctx: RequestCtx, id: string): Promise<AdverseEventRow | undefined> {
  const [row] = await incidentQuery<AdverseEventRow>(tx, ctx, `SELECT ${eventColumns} ${eventFrom} WHERE e.municipality_id = $1 AND e.id = $4`, [id]);
  return row;
}

/**
 * The adverse events the actor reads: their own reports and those of the units they lead
 * (`leaderPaths`, the SQL twin of 'incident' read), optionally one citizen's or only the open ones;
 * newest first, at most 300. The caller drops those whose citizen the actor may not see.
 */
export function listAdverseEvents(
  tx: Queryable, ctx: RequestCtx, leaderPaths: string[], filter: { citizenId?: string; openOnly: boolean },
): Promise<AdverseEventRow[]> {
  return incidentQuery<AdverseEventRow>(tx, ctx,
    `SELECT ${eventColumns} ${eventFrom}
      WHERE e.municipality_id = $1 AND (${readableBy('e')}) AND ($5::uuid IS NULL OR e.citizen_id = $5) AND (NOT $6 OR e.status <> 'closed')
      ORDER BY e.occurred_at DESC, e.id LIMIT 300`,
    [leaderPaths, filter.citizenId ?? null, filter.openOnly],
  );
}

export async function insertAdverseEvent(
  tx: Queryable, ctx: RequestCtx, input: ReportAdverseEventInput, severity: string,
): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `INSERT INTO adverse_events (municipality_id, citizen_id, unit_id, administration_id, occurred_at, event_type, title, description,
       consequence_note, prevention, comments, location, involved_locations, medicine, actual_consequence, possible_consequence, severity, reported_by)
     VALUES ($1, $2, $3, $4, ($5::date + $6::time) AT TIME ZONE 'Europe/Copenhagen', $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
     RETURNING id`,
    [
      ctx.actor.municipalityId, input.citizenId ?? null, input.unitId, input.administrationId ?? null, input.date, input.time, input.eventType,
      input.title, input.description, input.consequenceNote, input.prevention, input.comments, input.location, input.involvedLocations,
      input.medicine, input.actualConsequence, input.possibleConsequence, severity, ctx.actor.userId,
    ],
  );
  return row.id;
}

/** The leader's follow-up; 'stale' when the version is not the one read. */
export async function followUpAdverseEvent(tx: Queryable, ctx: RequestCtx, id: string, input: AdverseEventFollowUpInput): Promise<'ok' | 'stale'> {
  const rows = await tx.query(
    `UPDATE adverse_events SET status = $3, learning = $4, actions = $5, followed_up_by = $6, followed_up_at = now(), version = version + 1
      WHERE municipality_id = $1 AND id = $2 AND version = $7 RETURNING 1`,
    [ctx.actor.municipalityId, id, input.status, input.learning, input.actions, ctx.actor.userId, input.version],
  );
  return rows.length === 1 ? 'ok' : 'stale';
}

/** A unit (kind 'unit') of the actor's municipality with its path, or undefined. */
/** Whether a round registration with this id exists (the event's optional link; its foreign key, 027). */
export async function administrationExists(tx: Queryable, ctx: RequestCtx, id: string): Promise<boolean> {
  const rows = await tx.query('SELECT 1 FROM medicine_administrations WHERE municipality_id = $1 AND id = $2', [ctx.actor.municipalityId, id]);
  return rows.length === 1;
}

export async function getUnit(tx: Queryable, ctx: RequestCtx, unitId: string): Promise<{ id: string; path: string } | undefined> {
  const [row] = await tx.query<{ id: string; path: string }>(
    `SELECT id, path FROM org_units WHERE municipality_id = $1 AND id = $2 AND kind = 'unit' AND active`,
    [ctx.actor.municipalityId, unitId],
  );
  return row;
}

/**
 * The units the actor reports on (`unitIds`), each with its facility's name, its active staff and
 * leaders (the exposed staff member is picked among them) and the citizens it serves today.
 */
export function reportingUnits(tx: Queryable, ctx: RequestCtx, unitIds: string[]) {
  return tx.query<{ id: string; name: string; facility_name: string; staff: Array<{ id: string; name: string }>; citizens: Array<{ id: string; name: string }> }>(
    `SELECT unit.id, unit.name, fac.name AS facility_name,
            coalesce((SELECT json_agg(json_build_object('id', s.id, 'name', s.name) ORDER BY s.name, s.id) FROM (
                        SELECT DISTINCT u.id, u.display_name AS name
                          FROM user_roles r JOIN org_units at ON at.municipality_id = r.municipality_id AND at.id = r.org_unit_id
                          JOIN users u ON u.municipality_id = r.municipality_id AND u.id = r.user_id AND u.active
                         WHERE r.municipality_id = unit.municipality_id AND r.role IN ('staff', 'unit_leader', 'facility_leader')
                           AND unit.path LIKE at.path || '%') s), '[]') AS staff,
            coalesce((SELECT json_agg(json_build_object('id', c.id, 'name', c.name) ORDER BY c.name, c.id) FROM (
                        SELECT DISTINCT c.id, c.first_name || ' ' || c.last_name AS name
                          FROM interventions i JOIN citizens c ON c.municipality_id = i.municipality_id AND c.id = i.citizen_id
                         WHERE i.municipality_id = unit.municipality_id AND i.unit_id = unit.id
                           AND i.start_date <= $3::date AND (i.end_date IS NULL OR i.end_date > $3::date)) c), '[]') AS citizens
       FROM org_units unit JOIN org_units fac ON fac.municipality_id = unit.municipality_id AND fac.id = unit.parent_id
      WHERE unit.municipality_id = $1 AND unit.id = ANY($2::uuid[]) AND unit.kind = 'unit' AND unit.active
      ORDER BY fac.name, unit.name`,
    [ctx.actor.municipalityId, unitIds, todayInCopenhagen()],
  );
}
