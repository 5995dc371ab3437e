import type { Queryable } from '../../db/index.js';
import type { RequestCtx } from '../../context.js';
import type { VisibleCitizen } from '../../access/gate.js';
import { citizenFactsColumns, toCitizenFacts, type CitizenFactsRow } from '../../access/gate.js';
import type { CitizenFacts } from '../../access/index.js';
import type { ChangeDeadlineInput, RecordDecisionInput, RegisterUseInput, RelativesInformedInput } from '../../../contracts/use-of-force.js';

export interface FieldRow { key: string; kind: 'text' | 'minutes' | 'count'; label: string }
export interface MeasureRow { code: string; section: string; name: string; kind: string; report_form: string | null }
export interface FormVersionRow {
  form_code: string;
  version: number;
  valid_from: string;
  title: string;
  used_when: string;
  registered_by: 'staff' | 'decision';
  fields: FieldRow[];
  required: string[];
}

/** A version's fields in its order, with kind and label. */
const versionFields = `(SELECT json_agg(json_build_object('key', f.key, 'kind', f.kind, 'label', f.label) ORDER BY k.n)
   FROM unnest(v.fields) WITH ORDINALITY AS k(key, n) JOIN use_of_force_fields f ON f.key = k.key) AS fields`;

/** Each form's version in force on `day` (the latest valid then), with its fields in order. */
export function currentForms(tx: Queryable, day: string): Promise<FormVersionRow[]> {
  return tx.query<FormVersionRow>(
    `SELECT DISTINCT ON (v.form_code) v.form_code, v.version, v.valid_from, v.title, v.used_when, v.registered_by, v.required,
            ${versionFields}
       FROM use_of_force_form_versions v WHERE v.valid_from <= $1::date
      ORDER BY v.form_code, v.valid_from DESC`,
    [day],
  );
}

/** One form version, with its fields. */
export async function formVersion(tx: Queryable, code: string, version: number): Promise<FormVersionRow | undefined> {
  const [row] = await tx.query<FormVersionRow>(
    `SELECT v.form_code, v.version, v.valid_from, v.title, v.used_when, v.registered_by, v.required,
            ${versionFields}
       FROM use_of_force_form_versions v WHERE v.form_code = $1 AND v.version = $2`,
    [code, version],
  );
  return row;
}

/** The measures registered on a form (the data's legal sections), in the data's order; content gaps left out. */
export const listMeasures = (tx: Queryable) =>
  tx.query<MeasureRow>(`SELECT code, section, name, kind, report_form FROM use_of_force_measures WHERE report_form IS NOT NULL AND name NOT LIKE 'GAP%' ORDER BY sort_order`);

export interface DeadlineRow {
  rule: 'staff_report' | 'leader_forward' | 'combined_report';
  label: string;
  days: number;
  day_kind: 'calendar' | 'weekdays';
  counted_from: string;
  source: string;
  is_default: boolean;
  updated_by: string | null;
  updated_at: Date | string | null;
}

/** The municipality's deadline rules: its own where an admin set one, the shipped default otherwise. */
export function deadlineRules(tx: Queryable, municipalityId: string): Promise<DeadlineRow[]> {
  return tx.query<DeadlineRow>(
    `SELECT d.rule, d.label, coalesce(m.days, d.days) AS days, coalesce(m.day_kind, d.day_kind) AS day_kind, d.counted_from,
            coalesce(m.source, d.source) AS source, m.rule IS NULL AS is_default, u.display_name AS updated_by, m.updated_at
       FROM use_of_force_deadline_defaults d
       LEFT JOIN use_of_force_deadlines m ON m.municipality_id = $1 AND m.rule = d.rule
       LEFT JOIN users u ON u.municipality_id = m.municipality_id AND u.id = m.updated_by
      ORDER BY array_position(ARRAY['staff_report', 'leader_forward', 'combined_report'], d.rule)`,
    [municipalityId],
  );
}

export async function saveDeadlineRule(tx: Queryable, ctx: RequestCtx, rule: string, input: ChangeDeadlineInput): Promise<void> {
  await tx.query(
    `INSERT INTO use_of_force_deadlines (municipality_id, rule, days, day_kind, source, updated_by) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (municipality_id, rule) DO UPDATE SET days = excluded.days, day_kind = excluded.day_kind, source = excluded.source,
       updated_by = excluded.updated_by, updated_at = now()`,
    [ctx.actor.municipalityId, rule, input.days, input.dayKind, input.source, ctx.actor.userId],
  );
}

export interface ReportRow extends CitizenFactsRow {
  report_id: string;
  first_name: string;
  last_name: string;
  unit_id: string;
  unit_name: string;
  form_code: string;
  form_version: number;
  form_title: string;
  decision_id: string | null;
  occurred_at: Date | string;
  occurred_on: string;
  measures: string[];
  answers: Record<string, string | number>;
  reported_by: string;
  reported_by_name: string;
  reported_at: Date | string;
  reported_on: string;
  staff_due: string;
  forward_due: string;
  leader_statement: string | null;
  forwarded_by_name: string | null;
  forwarded_at: Date | string | null;
  forwarded_on: string | null;
  acting_municipality_name: string | null;
  inspectorate: string | null;
  overdue_at: Date | string | null;
  version: number;
}

const reportSelect = (userParam: number, dayParam: number) => `
  SELECT c.id, c.municipality_id, ${citizenFactsColumns(userParam, dayParam)},
         r.id AS report_id, c.first_name, c.last_name, r.unit_id, unit.name AS unit_name, r.form_code, r.form_version, v.title AS form_title,
         r.decision_id, r.occurred_at, (r.occurred_at AT TIME ZONE 'Europe/Copenhagen')::date::text AS occurred_on, r.measures, r.answers,
         r.reported_by, rep.display_name AS reported_by_name, r.reported_at, (r.reported_at AT TIME ZONE 'Europe/Copenhagen')::date::text AS reported_on,
         r.staff_due::text AS staff_due, r.forward_due::text AS forward_due, r.leader_statement, fwd.display_name AS forwarded_by_name, r.forwarded_at,
         (r.forwarded_at AT TIME ZONE 'Europe/Copenhagen')::date::text AS forwarded_on, r.acting_municipality_name, r.inspectorate, r.overdue_at, r.version
    FROM use_of_force_reports r
    JOIN citizens c ON c.municipality_id = r.municipality_id AND c.id = r.citizen_id
    JOIN org_units unit ON unit.municipality_id = r.municipality_id AND unit.id = r.unit_id
    JOIN use_of_force_form_versions v ON v.form_code = r.form_code AND v.version = r.form_version
    JOIN users rep ON rep.municipality_id = r.municipality_id AND rep.id = r.reported_by
    LEFT JOIN users fwd ON fwd.municipality_id = r.municipality_id AND fwd.id = r.forwarded_by`;

/** One report with its citizen's facts (for the gate), or undefined. */
export async function getReport(tx: Queryable, ctx: RequestCtx, id: string, today: string): Promise<ReportRow | undefined> {
  const [row] = await tx.query<ReportRow>(`${reportSelect(3, 4)} WHERE r.municipality_id = $1 AND r.id = $2`, [ctx.actor.municipalityId, id, ctx.actor.userId, today]);
  return row;
}

/** The citizen's reports, newest first (the route keeps those the actor may read). */
export function listCitizenReports(tx: Queryable, ctx: RequestCtx, citizen: VisibleCitizen, today: string): Promise<ReportRow[]> {
  return tx.query<ReportRow>(`${reportSelect(3, 4)} WHERE r.municipality_id = $1 AND r.citizen_id = $2 ORDER BY r.occurred_at DESC, r.id LIMIT 500`, [
    citizen.municipalityId, citizen.id, ctx.actor.userId, today,
  ]);
}

/** Reports from the units the actor leads, newest first; `overdueOnly`: flagged and not forwarded (the route applies the rules). */
export function listUnitReports(tx: Queryable, ctx: RequestCtx, today: string, overdueOnly: boolean): Promise<ReportRow[]> {
  return tx.query<ReportRow>(
    `${reportSelect(3, 4)} WHERE r.municipality_id = $1 AND r.unit_id = ANY($2::uuid[])
       ${overdueOnly ? 'AND r.overdue_at IS NOT NULL AND r.forwarded_at IS NULL' : ''}
     ORDER BY (r.forwarded_at IS NULL) DESC, r.occurred_at DESC, r.id LIMIT 500`,
    [ctx.actor.municipalityId, ctx.actor.leaderUnitIds, ctx.actor.userId, today],
  );
}

export const citizenFactsOf = (row: CitizenFactsRow): CitizenFacts => toCitizenFacts(row);

export interface NewReport {
  citizen: VisibleCitizen;
  unitId: string;
  formCode: string;
  formVersion: number;
  decisionId: string | null;
  occurredAt: string;
  measures: string[];
  answers: Record<string, string | number>;
  staffDue: string;
  forwardDue: string;
}

export async function insertReport(tx: Queryable, ctx: RequestCtx, r: NewReport): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `INSERT INTO use_of_force_reports (municipality_id, citizen_id, unit_id, form_code, form_version, decision_id, occurred_at, measures, answers, reported_by, staff_due, forward_due)
     VALUES ($1, $2, $3, $4, $5, $6, $7::timestamp AT TIME ZONE 'Europe/Copenhagen', $8, $9, $10, $11, $12) RETURNING id`,
    [r.citizen.municipalityId, r.citizen.id, r.unitId, r.formCode, r.formVersion, r.decisionId, r.occurredAt, r.measures, JSON.stringify(r.answers), ctx.actor.userId, r.staffDue, r.forwardDue],
  );
  return row.id;
}

/**
 * The leader's statement and forwarding, to the acting municipality of the citizen's service on the
 * report's unit and the socialtilsyn of the operating municipality's region; 'stale' on another version.
 */
export async function forwardReport(tx: Queryable, ctx: RequestCtx, report: ReportRow, statement: string, version: number): Promise<'stale' | 'ok'> {
  const rows = await tx.query(
    `UPDATE use_of_force_reports r SET leader_statement = $3, forwarded_by = $4, forwarded_at = now(), version = r.version + 1,
            acting_municipality_code = act.code, acting_municipality_name = act.name,
            inspectorate = coalesce((SELECT s.name FROM municipalities m JOIN danish_municipalities d ON d.code = m.code
                                      JOIN socialtilsyn_regions s ON s.region = d.region WHERE m.id = r.municipality_id), 'Socialtilsynet')
       FROM (SELECT (SELECT d.code FROM interventions i JOIN danish_municipalities d ON d.code = i.acting_municipality_code
                      WHERE i.municipality_id = $1 AND i.citizen_id = $6 AND i.unit_id = $7
                      ORDER BY (i.end_date IS NULL) DESC, i.start_date DESC LIMIT 1) AS code) AS pick
       LEFT JOIN danish_municipalities act ON act.code = pick.code
      WHERE r.municipality_id = $1 AND r.id = $2 AND r.version = $5 AND r.forwarded_at IS NULL RETURNING r.id`,
    [ctx.actor.municipalityId, report.report_id, statement, ctx.actor.userId, version, report.id, report.unit_id],
  );
  return rows.length ? 'ok' : 'stale';
}

export interface RelativeRow { report_id: string; informed_on: string; whom: string; how: 'phone' | 'meeting' | 'letter' | 'email'; note: string; informed_by: string }

export function relativesInformed(tx: Queryable, municipalityId: string, reportIds: string[]): Promise<RelativeRow[]> {
  return tx.query<RelativeRow>(
    `SELECT ri.report_id, ri.informed_on::text AS informed_on, ri.informed_whom AS whom, ri.how, ri.note, u.display_name AS informed_by
       FROM use_of_force_relatives_informed ri JOIN users u ON u.municipality_id = ri.municipality_id AND u.id = ri.informed_by
      WHERE ri.municipality_id = $1 AND ri.report_id = ANY($2::uuid[]) ORDER BY ri.informed_on, ri.recorded_at`,
    [municipalityId, reportIds],
  );
}

export async function insertRelativesInformed(tx: Queryable, ctx: RequestCtx, reportId: string, input: RelativesInformedInput): Promise<void> {
  await tx.query(
    `INSERT INTO use_of_force_relatives_informed (municipality_id, report_id, informed_on, informed_whom, how, note, informed_by) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [ctx.actor.municipalityId, reportId, input.informedOn, input.whom, input.how, input.note, ctx.actor.userId],
  );
}

export interface DecisionRow {
  id: string;
  citizen_id: string;
  measure_code: string;
  requested_on: string;
  decided_on: string;
  valid_from: string;
  valid_to: string;
  uses: number;
  last_use: Date | string | null;
  combined_report_id: string | null;
  combined_overdue_at: Date | string | null;
}

const decisionSelect = `SELECT d.id, d.citizen_id, d.measure_code, d.requested_on::text AS requested_on, d.decided_on::text AS decided_on,
    d.valid_from::text AS valid_from, d.valid_to::text AS valid_to, d.combined_overdue_at,
    (SELECT count(*) FROM use_of_force_uses u WHERE u.municipality_id = d.municipality_id AND u.decision_id = d.id)::int AS uses,
    (SELECT max(u.used_at) FROM use_of_force_uses u WHERE u.municipality_id = d.municipality_id AND u.decision_id = d.id) AS last_use,
    (SELECT r.id FROM use_of_force_reports r WHERE r.municipality_id = d.municipality_id AND r.decision_id = d.id) AS combined_report_id
  FROM use_of_force_decisions d`;

export const listCitizenDecisions = (tx: Queryable, citizen: VisibleCitizen) =>
  tx.query<DecisionRow>(`${decisionSelect} WHERE d.municipality_id = $1 AND d.citizen_id = $2 ORDER BY d.valid_to DESC, d.id`, [citizen.municipalityId, citizen.id]);

export async function getDecision(tx: Queryable, ctx: RequestCtx, id: string): Promise<DecisionRow | undefined> {
  const [row] = await tx.query<DecisionRow>(`${decisionSelect} WHERE d.municipality_id = $1 AND d.id = $2`, [ctx.actor.municipalityId, id]);
  return row;
}

export interface MissingCombinedRow extends CitizenFactsRow {
  decision_id: string;
  first_name: string;
  last_name: string;
  measure_name: string;
  valid_to: string;
  uses: number;
  combined_overdue_at: Date | string | null;
}

/** Expired decisions of citizens served by the units the actor leads, without their combined report (the route applies the rules). */
export function missingCombinedReports(tx: Queryable, ctx: RequestCtx, today: string): Promise<MissingCombinedRow[]> {
  return tx.query<MissingCombinedRow>(
    `SELECT x.id AS decision_id, x.valid_to, x.uses, x.combined_overdue_at, c.id, c.municipality_id, c.first_name, c.last_name,
            m.name AS measure_name, ${citizenFactsColumns(3, 2)}
       FROM (${decisionSelect} WHERE d.municipality_id = $1 AND d.valid_to < $2::date) x
       JOIN citizens c ON c.municipality_id = $1 AND c.id = x.citizen_id
       JOIN use_of_force_measures m ON m.code = x.measure_code
      WHERE x.combined_report_id IS NULL
        AND EXISTS (SELECT 1 FROM interventions i WHERE i.municipality_id = $1 AND i.citizen_id = c.id AND i.unit_id = ANY($4::uuid[])
                      AND i.start_date <= $2::date AND (i.end_date IS NULL OR i.end_date > $2::date))
      ORDER BY x.valid_to, x.id`,
    [ctx.actor.municipalityId, today, ctx.actor.userId, ctx.actor.leaderUnitIds],
  );
}

export async function insertDecision(tx: Queryable, ctx: RequestCtx, citizen: VisibleCitizen, input: RecordDecisionInput, formVersion: number): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `INSERT INTO use_of_force_decisions (municipality_id, citizen_id, measure_code, requested_on, decided_on, valid_from, valid_to, request_form_version, request_answers, recorded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [citizen.municipalityId, citizen.id, input.measureCode, input.requestedOn, input.decidedOn, input.validFrom, input.validTo, formVersion, JSON.stringify(input.answers), ctx.actor.userId],
  );
  return row.id;
}

export async function insertUse(tx: Queryable, ctx: RequestCtx, decisionId: string, input: RegisterUseInput): Promise<void> {
  await tx.query(
    `INSERT INTO use_of_force_uses (municipality_id, decision_id, used_at, minutes, note, registered_by)
     VALUES ($1, $2, $3::timestamp AT TIME ZONE 'Europe/Copenhagen', $4, $5, $6)`,
    [ctx.actor.municipalityId, decisionId, input.usedAt, input.minutes ?? null, input.note, ctx.actor.userId],
  );
}

/** Now in Copenhagen as YYYY-MM-DDTHH:MM, to compare with a local time entered. */
export const nowLocal = (now = new Date()) => {
  const parts = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(now);
  return parts.replace(' ', 'T');
};

/** Every measure by its code (a report names them by code; one no longer offered still has its name). */
export async function measureMap(tx: Queryable): Promise<Map<string, MeasureRow>> {
  const rows = await tx.query<MeasureRow>('SELECT code, section, name, kind, report_form FROM use_of_force_measures');
  return new Map(rows.map((m) => [m.code, m]));
}
