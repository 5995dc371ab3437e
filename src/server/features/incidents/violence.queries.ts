import type { Queryable } from '../../db/index.js';
import type { RequestCtx } from '../../context.js';
import type { ReportViolenceInput, ViolenceKind } from '../../../contracts/incidents.js';
import { citizenFactsOf, incidentQuery, readableBy, unitAndReporterJoins, type CitizenFactsJson } from './queries.js';

export interface ViolenceRow {
  id: string;
  municipality_id: string;
  unit_id: string;
  unit_name: string;
  unit_path: string;
  facility_id: string;
  facility_name: string;
  occurred_on: string;
  kind: ViolenceKind;
  exposed_user_id: string | null;
  exposed_user_name: string | null;
  exposed_citizen: CitizenFactsJson | null;
  acting_citizen: CitizenFactsJson | null;
  description: string;
  injury: string;
  absence_days: number;
  work_accident_due: string | null;
  work_accident_reported_on: string | null;
  overdue: boolean;
  overdue_marked_at: Date | string | null;
  reported_by: string;
  reported_by_name: string;
  reported_at: Date | string;
  version: number;
}

/** Open and past its due date (the day + 14): the deadline rule, in the query as in the job. */
export const overdueSql = (alias: string, dayParam: string) =>
  `(${alias}.work_accident_due IS NOT NULL AND ${alias}.work_accident_reported_on IS NULL AND ${alias}.work_accident_due < ${dayParam}::date)`;

const columns = `v.id, v.municipality_id, v.unit_id, unit.name AS unit_name, unit.path AS unit_path, fac.id AS facility_id, fac.name AS facility_name,
  v.occurred_on, v.kind, v.exposed_user_id, exp.display_name AS exposed_user_name,
  ${citizenFactsOf('v', 'v.exposed_citizen_id')} AS exposed_citizen, ${citizenFactsOf('v', 'v.acting_citizen_id')} AS acting_citizen,
  v.description, v.injury, v.absence_days, v.work_accident_due, v.work_accident_reported_on, ${overdueSql('v', '$3')} AS overdue,
  v.overdue_marked_at, v.reported_by, rep.display_name AS reported_by_name, v.reported_at, v.version`;
const from = `FROM violence_incidents v ${unitAndReporterJoins('v')}
  LEFT JOIN users exp ON exp.municipality_id = v.municipality_id AND exp.id = v.exposed_user_id`;

export async function getViolence(tx: Queryable, ctx: RequestCtx, id: string): Promise<ViolenceRow | undefined> {
  const [row] = await incidentQuery<ViolenceRow>(tx, ctx, `SELECT ${columns} ${from} WHERE v.municipality_id = $1 AND v.id = $4`, [id]);
  return row;
}

/** Violence registrations the actor reads: their own and those of the units they lead; newest first, at most 300. */
export function listViolence(tx: Queryable, ctx: RequestCtx, leaderPaths: string[]): Promise<ViolenceRow[]> {
  return incidentQuery<ViolenceRow>(tx, ctx,
    `SELECT ${columns} ${from} WHERE v.municipality_id = $1 AND (${readableBy('v')})
      ORDER BY v.occurred_on DESC, v.reported_at DESC, v.id LIMIT 300`,
    [leaderPaths],
  );
}

export async function insertViolence(tx: Queryable, ctx: RequestCtx, input: ReportViolenceInput): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `INSERT INTO violence_incidents (municipality_id, unit_id, occurred_on, kind, exposed_user_id, exposed_citizen_id, acting_citizen_id,
       description, injury, absence_days, reported_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
    [
      ctx.actor.municipalityId, input.unitId, input.date, input.kind, input.exposedUserId ?? null, input.exposedCitizenId ?? null,
      input.actingCitizenId ?? null, input.description, input.injury, input.absenceDays, ctx.actor.userId,
    ],
  );
  return row.id;
}

/** Records the day the work-accident report was made; 'stale' when the version is not the one read. */
export async function recordWorkAccident(tx: Queryable, ctx: RequestCtx, id: string, version: number, reportedOn: string): Promise<'ok' | 'stale'> {
  const rows = await tx.query(
    `UPDATE violence_incidents SET work_accident_reported_on = $3, version = version + 1
      WHERE municipality_id = $1 AND id = $2 AND version = $4 RETURNING 1`,
    [ctx.actor.municipalityId, id, reportedOn, version],
  );
  return rows.length === 1 ? 'ok' : 'stale';
}

/** Is the user active staff or a leader of the unit (there or above)? The exposed staff member must be. */
export async function isStaffOfUnit(tx: Queryable, ctx: RequestCtx, unitPath: string, userId: string): Promise<boolean> {
  const rows = await tx.query(
    `SELECT 1 FROM user_roles r JOIN org_units at ON at.municipality_id = r.municipality_id AND at.id = r.org_unit_id
       JOIN users u ON u.municipality_id = r.municipality_id AND u.id = r.user_id AND u.active
      WHERE r.municipality_id = $1 AND r.user_id = $2 AND r.role IN ('staff', 'unit_leader', 'facility_leader') AND $3 LIKE at.path || '%' LIMIT 1`,
    [ctx.actor.municipalityId, userId, unitPath],
  );
  return rows.length > 0;
}
