import type { Queryable } from '../../db/index.js';
import type { RequestCtx } from '../../context.js';
import type { VisibleCitizen } from '../../access/gate.js';
import type {
  DoctorContactInput, GrantQualificationInput, MedicationSettingsInput, MedicineLineInput, ObservationInput, TaperingStep,
} from '../../../contracts/medication.js';

// ---- Lines

export interface LineRow {
  id: string;
  kind: 'fixed' | 'pn';
  trade_name: string;
  generic_name: string;
  atc_code: string | null;
  form: string;
  strength: string;
  dose_unit: string;
  single_dose: number;
  schedule: Array<{ time: string; dose: number }>;
  daily_dose: number | null;
  pn_max_per_24h: number | null;
  indication: string;
  instructions: string;
  prescriber: string;
  dose_dispensed: boolean;
  start_date: string;
  stop_date: string | null;
  status: 'active' | 'paused' | 'stopped';
  status_reason: string;
  version: number;
  updated_at: string | Date;
  updated_by_name: string;
  tapering: Array<{ fromDate: string; dose: number }>;
}

/** A line as the card shows it (`l`, with its last editor and tapering plan): also the shape of a version's snapshot. */
const LINE_COLUMNS = `l.id, l.kind, l.trade_name, l.generic_name, l.atc_code, l.form, l.strength, l.dose_unit,
  l.single_dose::float8 AS single_dose, l.schedule, l.daily_dose::float8 AS daily_dose, l.pn_max_per_24h::float8 AS pn_max_per_24h,
  l.indication, l.instructions, l.prescriber, l.dose_dispensed, l.start_date::text AS start_date, l.stop_date::text AS stop_date,
  l.status, l.status_reason, l.version, l.updated_at, ub.display_name AS updated_by_name,
  coalesce((SELECT json_agg(json_build_object('fromDate', t.from_date::text, 'dose', t.dose::float8) ORDER BY t.from_date)
              FROM medicine_tapering_steps t WHERE t.municipality_id = l.municipality_id AND t.line_id = l.id), '[]'::json) AS tapering`;
const LINE_FROM = `medicine_lines l JOIN users ub ON ub.municipality_id = l.municipality_id AND ub.id = l.updated_by`;

export function listLines(tx: Queryable, citizen: VisibleCitizen): Promise<LineRow[]> {
  return tx.query<LineRow>(
    `SELECT ${LINE_COLUMNS} FROM ${LINE_FROM} WHERE l.municipality_id = $1 AND l.citizen_id = $2
      ORDER BY l.status = 'stopped', CASE WHEN l.status = 'stopped' THEN l.stop_date END DESC, l.kind, l.generic_name`,
    [citizen.municipalityId, citizen.id],
  );
}

/** The citizen's line, locked for a change in this transaction; undefined when it is not theirs. */
export async function lockLine(tx: Queryable, citizen: VisibleCitizen, lineId: string): Promise<LineRow | undefined> {
  const [row] = await tx.query<LineRow>(
    `SELECT ${LINE_COLUMNS} FROM ${LINE_FROM} WHERE l.municipality_id = $1 AND l.citizen_id = $2 AND l.id = $3 FOR UPDATE OF l`,
    [citizen.municipalityId, citizen.id, lineId],
  );
  return row;
}

export async function getLine(tx: Queryable, citizen: VisibleCitizen, lineId: string): Promise<LineRow | undefined> {
  const [row] = await tx.query<LineRow>(`SELECT ${LINE_COLUMNS} FROM ${LINE_FROM} WHERE l.municipality_id = $1 AND l.citizen_id = $2 AND l.id = $3`, [
    citizen.municipalityId, citizen.id, lineId,
  ]);
  return row;
}

/** The line's fields as columns $4…$18 (after municipality, citizen and user). */
const lineValues = (b: MedicineLineInput) => {
  const fixed = b.kind === 'fixed';
  const daily = fixed ? b.schedule.reduce((sum, s) => sum + s.dose * 1000, 0) / 1000 : null;
  return [
    b.kind, b.tradeName, b.genericName, b.atcCode, b.form, b.strength, b.doseUnit, b.singleDose, JSON.stringify(fixed ? b.schedule : []),
    daily, fixed ? null : b.pnMaxPer24h, b.indication, b.instructions, b.prescriber, b.doseDispensed, b.startDate, b.stopDate,
  ];
};

export async function insertLine(tx: Queryable, ctx: RequestCtx, citizen: VisibleCitizen, b: MedicineLineInput): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `INSERT INTO medicine_lines (municipality_id, citizen_id, created_by, updated_by, kind, trade_name, generic_name, atc_code, form, strength,
       dose_unit, single_dose, schedule, daily_dose, pn_max_per_24h, indication, instructions, prescriber, dose_dispensed, start_date, stop_date)
     VALUES ($1, $2, $3, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::jsonb, $13, $14, $15, $16, $17, $18, $19, $20) RETURNING id`,
    [citizen.municipalityId, citizen.id, ctx.actor.userId, ...lineValues(b)],
  );
  return row.id;
}

/** Writes the line's fields as a new version (the caller has locked it and checked its version). */
export async function updateLine(tx: Queryable, ctx: RequestCtx, citizen: VisibleCitizen, lineId: string, b: MedicineLineInput): Promise<void> {
  await tx.query(
    `UPDATE medicine_lines SET kind = $4, trade_name = $5, generic_name = $6, atc_code = $7, form = $8, strength = $9, dose_unit = $10,
            single_dose = $11, schedule = $12::jsonb, daily_dose = $13, pn_max_per_24h = $14, indication = $15, instructions = $16,
            prescriber = $17, dose_dispensed = $18, start_date = $19, stop_date = $20,
            version = version + 1, updated_by = $3, updated_at = now()
      WHERE municipality_id = $1 AND citizen_id = $2 AND id = $21`,
    [citizen.municipalityId, citizen.id, ctx.actor.userId, ...lineValues(b), lineId],
  );
}

/** Pauses, resumes or stops the line as a new version; a stop dates the line's end today (never before its start). */
export async function setLineStatus(
  tx: Queryable, ctx: RequestCtx, citizen: VisibleCitizen, lineId: string, status: LineRow['status'], reason: string, today: string,
): Promise<void> {
  await tx.query(
    `UPDATE medicine_lines SET status = $4, status_reason = $5, version = version + 1, updated_by = $3, updated_at = now(),
            stop_date = CASE WHEN $4 = 'stopped' THEN greatest(start_date, least(coalesce(stop_date, $6::date), $6::date)) ELSE stop_date END
      WHERE municipality_id = $1 AND citizen_id = $2 AND id = $7`,
    [citizen.municipalityId, citizen.id, ctx.actor.userId, status, status === 'active' ? '' : reason, today, lineId],
  );
}

/** Replaces the line's tapering plan and makes it a new version of the line. */
export async function replaceTapering(tx: Queryable, ctx: RequestCtx, citizen: VisibleCitizen, lineId: string, steps: TaperingStep[]): Promise<void> {
  const key = [citizen.municipalityId, lineId];
  await tx.query('DELETE FROM medicine_tapering_steps WHERE municipality_id = $1 AND line_id = $2', key);
  if (steps.length) {
    await tx.query(
      `INSERT INTO medicine_tapering_steps (municipality_id, line_id, from_date, dose, created_by)
       SELECT $1, $2, s."fromDate", s.dose, $3 FROM jsonb_to_recordset($4::jsonb) AS s("fromDate" date, dose numeric)`,
      [...key, ctx.actor.userId, JSON.stringify(steps)],
    );
  }
  await tx.query(`UPDATE medicine_lines SET version = version + 1, updated_by = $3, updated_at = now() WHERE municipality_id = $1 AND id = $2`, [
    ...key, ctx.actor.userId,
  ]);
}

export type VersionChange = 'created' | 'changed' | 'paused' | 'resumed' | 'stopped';

/** Keeps the line as it is now (after the change, in this transaction) as its version: who, what, when. */
export async function snapshotLine(tx: Queryable, ctx: RequestCtx, citizen: VisibleCitizen, lineId: string, change: VersionChange, reason: string): Promise<void> {
  await tx.query(
    `INSERT INTO medicine_line_versions (municipality_id, line_id, version, change, reason, line, changed_by)
     SELECT $1, x.id, x.version, $4, $5, to_jsonb(x), $6 FROM (${lineSnapshot('l.municipality_id = $1 AND l.citizen_id = $2 AND l.id = $3')}) x`,
    [citizen.municipalityId, citizen.id, lineId, change, reason, ctx.actor.userId],
  );
}

/**
 * The lines (`l`) matching `where` as a version keeps them: the card's columns, so a version reads as
 * the line did. Also for the demo and test fixtures, which write versions in bulk.
 */
export const lineSnapshot = (where: string) => `SELECT ${LINE_COLUMNS} FROM ${LINE_FROM} WHERE ${where}`;

export interface VersionRow {
  version: number;
  change: VersionChange;
  reason: string;
  changed_by_name: string;
  changed_at: string | Date;
  line: LineRow;
}

export function listVersions(tx: Queryable, citizen: VisibleCitizen, lineId: string): Promise<VersionRow[]> {
  return tx.query<VersionRow>(
    `SELECT v.version, v.change, v.reason, u.display_name AS changed_by_name, v.changed_at, v.line
       FROM medicine_line_versions v JOIN medicine_lines l ON l.municipality_id = v.municipality_id AND l.id = v.line_id
       JOIN users u ON u.municipality_id = v.municipality_id AND u.id = v.changed_by
      WHERE v.municipality_id = $1 AND l.citizen_id = $2 AND v.line_id = $3 ORDER BY v.version DESC`,
    [citizen.municipalityId, citizen.id, lineId],
  );
}

export interface CatalogueRow {
  generic_name: string;
  atc_code: string | null;
  forms: string[];
  strengths: string[];
}

export const listCatalogue = (tx: Queryable) =>
  tx.query<CatalogueRow>('SELECT generic_name, atc_code, forms, strengths FROM drug_catalogue ORDER BY generic_name');

// ---- Observations

export interface ObservationRow {
  id: string;
  line_id: string;
  line_name: string;
  kind: 'effect' | 'side_effect';
  severity: 'mild' | 'moderate' | 'serious' | null;
  text: string;
  observed_at: string | Date;
  created_by_name: string;
  doctor_contacted_at: string | Date | null;
  doctor_contact_note: string;
  doctor_contacted_by_name: string | null;
}

const OBSERVATION_SELECT = `SELECT o.id, o.line_id, l.generic_name AS line_name, o.kind, o.severity, o.text, o.observed_at, cb.display_name AS created_by_name,
         o.doctor_contacted_at, o.doctor_contact_note, db.display_name AS doctor_contacted_by_name
    FROM medicine_observations o
    JOIN medicine_lines l ON l.municipality_id = o.municipality_id AND l.id = o.line_id
    JOIN users cb ON cb.municipality_id = o.municipality_id AND cb.id = o.created_by
    LEFT JOIN users db ON db.municipality_id = o.municipality_id AND db.id = o.doctor_contacted_by
   WHERE o.municipality_id = $1 AND o.citizen_id = $2`;

/** The newest observations, those of a serious side effect still awaiting a doctor contact first. */
export function listObservations(tx: Queryable, citizen: VisibleCitizen, limit = 100): Promise<ObservationRow[]> {
  return tx.query<ObservationRow>(
    `${OBSERVATION_SELECT} ORDER BY coalesce(o.severity = 'serious' AND o.doctor_contacted_at IS NULL, false) DESC, o.observed_at DESC LIMIT $3`,
    [citizen.municipalityId, citizen.id, limit],
  );
}

export async function getObservation(tx: Queryable, citizen: VisibleCitizen, id: string): Promise<ObservationRow | undefined> {
  const [row] = await tx.query<ObservationRow>(`${OBSERVATION_SELECT} AND o.id = $3`, [citizen.municipalityId, citizen.id, id]);
  return row;
}

/** Records an observation against one of the citizen's lines; undefined when the line is not theirs. */
export async function insertObservation(tx: Queryable, ctx: RequestCtx, citizen: VisibleCitizen, b: ObservationInput): Promise<string | undefined> {
  const [row] = await tx.query<{ id: string }>(
    `INSERT INTO medicine_observations (municipality_id, citizen_id, line_id, kind, severity, text, observed_at, created_by)
     SELECT l.municipality_id, l.citizen_id, l.id, $4, $5, $6, $7, $8 FROM medicine_lines l
      WHERE l.municipality_id = $1 AND l.citizen_id = $2 AND l.id = $3 RETURNING id`,
    [citizen.municipalityId, citizen.id, b.lineId, b.kind, b.severity, b.text, b.observedAt, ctx.actor.userId],
  );
  return row?.id;
}

/** Records the doctor contact once; false when it was recorded already. */
export async function recordDoctorContact(tx: Queryable, ctx: RequestCtx, citizen: VisibleCitizen, id: string, b: DoctorContactInput): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE medicine_observations SET doctor_contacted_at = $4, doctor_contact_note = $5, doctor_contacted_by = $6
      WHERE municipality_id = $1 AND citizen_id = $2 AND id = $3 AND doctor_contacted_at IS NULL RETURNING id`,
    [citizen.municipalityId, citizen.id, id, b.contactedAt, b.note, ctx.actor.userId],
  );
  return rows.length > 0;
}

// ---- Per facility: settings and permissions

export interface SettingsRow {
  pn_window: 'rolling_24h' | 'calendar_day';
  pn_review_doses: number;
  pn_review_days: number;
  effect_reminder_minutes: number;
  late_after_minutes: number;
  updated_by_name: string | null;
  updated_at: string | Date | null;
}

/** The unit's own settings, or undefined (the defaults then apply). */
export async function getSettings(tx: Queryable, ctx: RequestCtx, orgUnitId: string): Promise<SettingsRow | undefined> {
  const [row] = await tx.query<SettingsRow>(
    `SELECT s.pn_window, s.pn_review_doses, s.pn_review_days, s.effect_reminder_minutes, s.late_after_minutes, u.display_name AS updated_by_name, s.updated_at
       FROM medication_settings s JOIN users u ON u.municipality_id = s.municipality_id AND u.id = s.updated_by
      WHERE s.municipality_id = $1 AND s.org_unit_id = $2`,
    [ctx.actor.municipalityId, orgUnitId],
  );
  return row;
}

export async function saveSettings(tx: Queryable, ctx: RequestCtx, orgUnitId: string, b: MedicationSettingsInput): Promise<void> {
  await tx.query(
    `INSERT INTO medication_settings (municipality_id, org_unit_id, pn_window, pn_review_doses, pn_review_days, effect_reminder_minutes, late_after_minutes, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (municipality_id, org_unit_id) DO UPDATE SET pn_window = $3, pn_review_doses = $4, pn_review_days = $5,
        effect_reminder_minutes = $6, late_after_minutes = $7, updated_by = $8, updated_at = now()`,
    [ctx.actor.municipalityId, orgUnitId, b.pnWindow, b.pnReviewDoses, b.pnReviewDays, b.effectReminderMinutes, b.lateAfterMinutes, ctx.actor.userId],
  );
}

export interface PersonRow {
  id: string;
  name: string;
  municipality_id: string;
  units: string[];
  role_paths: string[];
  qualifications: Array<{ id: string; qualification: 'nurse' | 'medicine_course'; grantedBy: string; grantedAt: string; validUntil: string | null }>;
}

/** The running grants of the user (`municipality`, `user`: SQL expressions) as a JSON array. */
const qualificationsOf = (municipality: string, user: string) => `coalesce((
  SELECT json_agg(json_build_object('id', q.id, 'qualification', q.qualification, 'grantedBy', g.display_name,
                                    'grantedAt', q.granted_at, 'validUntil', q.valid_until::text) ORDER BY q.qualification)
    FROM user_qualifications q JOIN users g ON g.municipality_id = q.municipality_id AND g.id = q.granted_by
   WHERE q.municipality_id = ${municipality} AND q.user_id = ${user} AND q.revoked_at IS NULL), '[]'::json)`;

const PERSON_COLUMNS = `u.id, u.display_name AS name, u.municipality_id,
  array_agg(DISTINCT o.name ORDER BY o.name) AS units, array_agg(DISTINCT o.path) AS role_paths,
  ${qualificationsOf('u.municipality_id', 'u.id')} AS qualifications`;
const PERSON_FROM = `users u JOIN user_roles r ON r.municipality_id = u.municipality_id AND r.user_id = u.id
  AND r.role IN ('staff', 'unit_leader', 'facility_leader')
  JOIN org_units o ON o.municipality_id = r.municipality_id AND o.id = r.org_unit_id`;

/** Active staff and leaders with a role at the facility or below it, with their running medicine permissions. */
export function listPeople(tx: Queryable, ctx: RequestCtx, facilityPath: string): Promise<PersonRow[]> {
  return tx.query<PersonRow>(
    `SELECT ${PERSON_COLUMNS} FROM ${PERSON_FROM}
      WHERE u.municipality_id = $1 AND u.active AND starts_with(o.path, $2)
      GROUP BY u.id, u.display_name, u.municipality_id ORDER BY u.display_name`,
    [ctx.actor.municipalityId, facilityPath],
  );
}

/** A user with their staff and leader roles' paths (none: no such roles). */
export async function getPerson(tx: Queryable, ctx: RequestCtx, userId: string): Promise<PersonRow | undefined> {
  const [row] = await tx.query<PersonRow>(
    `SELECT u.id, u.display_name AS name, u.municipality_id,
            coalesce(array_agg(DISTINCT o.name) FILTER (WHERE o.id IS NOT NULL), '{}') AS units,
            coalesce(array_agg(DISTINCT o.path) FILTER (WHERE o.id IS NOT NULL), '{}') AS role_paths, '[]'::json AS qualifications
       FROM users u LEFT JOIN (user_roles r JOIN org_units o ON o.municipality_id = r.municipality_id AND o.id = r.org_unit_id)
         ON r.municipality_id = u.municipality_id AND r.user_id = u.id AND r.role IN ('staff', 'unit_leader', 'facility_leader')
      WHERE u.municipality_id = $1 AND u.id = $2 GROUP BY u.id, u.display_name, u.municipality_id`,
    [ctx.actor.municipalityId, userId],
  );
  return row;
}

/** Grants the permission; undefined when the user holds it already. */
export async function grantQualification(tx: Queryable, ctx: RequestCtx, userId: string, b: GrantQualificationInput): Promise<string | undefined> {
  const [row] = await tx.query<{ id: string }>(
    `INSERT INTO user_qualifications (municipality_id, user_id, qualification, granted_by, valid_until) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (municipality_id, user_id, qualification) WHERE revoked_at IS NULL DO NOTHING RETURNING id`,
    [ctx.actor.municipalityId, userId, b.qualification, ctx.actor.userId, b.validUntil],
  );
  return row?.id;
}

export async function revokeQualification(tx: Queryable, ctx: RequestCtx, userId: string, id: string): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE user_qualifications SET revoked_by = $4, revoked_at = now()
      WHERE municipality_id = $1 AND user_id = $2 AND id = $3 AND revoked_at IS NULL RETURNING id`,
    [ctx.actor.municipalityId, userId, id, ctx.actor.userId],
  );
  return rows.length > 0;
}

/** The user's running grants (the person's answer after a grant or revoke). */
export async function personQualifications(tx: Queryable, ctx: RequestCtx, userId: string): Promise<PersonRow['qualifications']> {
  const [row] = await tx.query<{ qualifications: PersonRow['qualifications'] }>(
    `SELECT ${qualificationsOf('$1::uuid', '$2::uuid')} AS qualifications`,
    [ctx.actor.municipalityId, userId],
  );
  return row.qualifications;
}
