import type { Queryable } from '../../db/index.js';
import type { RequestCtx } from '../../context.js';
import type { VisibleCitizen } from '../../access/gate.js';
import type { PnWindowKind } from '../../../domain/medication/pn-window.js';
import type { RoundLine } from '../../../domain/medication/round.js';

type Stamp = Date | string;

/** A line of the card as the round shows and checks it. */
export interface LineRow extends RoundLine {
  id: string;
  citizenId: string;
  version: number;
  genericName: string;
  tradeName: string;
  form: string;
  strength: string;
  doseUnit: string;
  instructions: string;
  indication: string;
  doseDispensed: boolean;
  singleDose: number;
  pnMax: number | null;
  statusReason: string;
}

// One line as JSON (numbers as numbers, dates as YYYY-MM-DD), with its tapering steps.
const lineJson = `json_build_object('id', l.id, 'citizenId', l.citizen_id, 'version', l.version, 'kind', l.kind, 'status', l.status,
  'statusReason', l.status_reason, 'startDate', l.start_date, 'stopDate', l.stop_date, 'schedule', l.schedule, 'genericName', l.generic_name,
  'tradeName', l.trade_name, 'form', l.form, 'strength', l.strength, 'doseUnit', l.dose_unit, 'instructions', l.instructions,
  'indication', l.indication, 'doseDispensed', l.dose_dispensed, 'singleDose', l.single_dose, 'pnMax', l.pn_max_per_24h,
  'tapering', coalesce((SELECT json_agg(json_build_object('fromDate', t.from_date, 'dose', t.dose)) FROM medicine_tapering_steps t
                         WHERE t.municipality_id = l.municipality_id AND t.line_id = l.id), '[]'))`;

/** One line by id (the gate then asks whether the actor treats its citizen). */
export async function getLine(tx: Queryable, ctx: RequestCtx, lineId: string): Promise<LineRow | undefined> {
  const [row] = await tx.query<{ line: LineRow }>(`SELECT ${lineJson} AS line FROM medicine_lines l WHERE l.municipality_id = $1 AND l.id = $2`, [
    ctx.actor.municipalityId,
    lineId,
  ]);
  return row?.line;
}

/** Holds the line until the transaction ends, so two PN doses of one line are checked one after the other. */
export async function lockLine(tx: Queryable, citizen: VisibleCitizen, lineId: string): Promise<void> {
  await tx.query('SELECT 1 FROM medicine_lines WHERE municipality_id = $1 AND id = $2 FOR UPDATE', [citizen.municipalityId, lineId]);
}

export interface RoundCitizenRow {
  id: string;
  first_name: string;
  last_name: string;
  lines: LineRow[];
}

/**
 * The citizens a unit serves on `date` (a running intervention there: the SQL twin of treating them
 * through the unit), each with the card's lines running that day, stopped ones left out.
 */
export function roundCitizens(tx: Queryable, ctx: RequestCtx, unitIds: string[], date: string): Promise<RoundCitizenRow[]> {
  return tx.query<RoundCitizenRow>(
    `SELECT c.id, c.first_name, c.last_name,
            coalesce((SELECT json_agg(${lineJson} ORDER BY l.kind, l.generic_name, l.id) FROM medicine_lines l
                       WHERE l.municipality_id = c.municipality_id AND l.citizen_id = c.id AND l.status <> 'stopped'
                         AND l.start_date <= $3::date AND (l.stop_date IS NULL OR l.stop_date >= $3::date)), '[]') AS lines
       FROM citizens c
      WHERE c.municipality_id = $1
        AND c.id IN (SELECT i.citizen_id FROM interventions i WHERE i.municipality_id = $1 AND i.unit_id = ANY($2::uuid[])
                        AND i.start_date <= $3::date AND (i.end_date IS NULL OR i.end_date > $3::date))
      ORDER BY c.first_name, c.last_name, c.id`,
    [ctx.actor.municipalityId, unitIds, date],
  );
}

/** The unit's nearest medication settings up the tree, else the defaults. */
export async function settingsFor(tx: Queryable, ctx: RequestCtx, unitId: string): Promise<Settings> {
  const [row] = await tx.query<Settings>(
    `SELECT s.pn_window, s.pn_review_doses, s.pn_review_days, s.effect_reminder_minutes, s.late_after_minutes
       FROM org_units u JOIN org_units o ON o.municipality_id = u.municipality_id AND u.path LIKE o.path || '%'
       JOIN medication_settings s ON s.municipality_id = o.municipality_id AND s.org_unit_id = o.id
      WHERE u.municipality_id = $1 AND u.id = $2
      ORDER BY length(o.path) DESC LIMIT 1`,
    [ctx.actor.municipalityId, unitId],
  );
  return row ?? { pn_window: 'rolling_24h', pn_review_doses: 10, pn_review_days: 7, effect_reminder_minutes: 60, late_after_minutes: 60 };
}

export interface Settings {
  pn_window: PnWindowKind;
  pn_review_doses: number;
  pn_review_days: number;
  effect_reminder_minutes: number;
  late_after_minutes: number;
}

export interface AdministrationRow {
  id: string;
  citizen_id: string;
  line_id: string;
  line_version: number;
  unit_id: string;
  scheduled_for: Stamp | null;
  outcome: 'given' | 'refused' | 'not_given';
  reason: string;
  dose: number;
  given_at: Stamp;
  pn_reason: string | null;
  over_max_reason: string | null;
  effect: string | null;
  effect_at: Stamp | null;
  effect_by_name: string | null;
  effect_due_at: Stamp | null;
  effect_reminded_at: Stamp | null;
  client_id: string;
  registered_by_name: string;
  registered_at: Stamp;
}

const administrationColumns = `a.id, a.citizen_id, a.line_id, a.line_version, a.unit_id, a.scheduled_for, a.outcome, a.reason, a.dose::float8 AS dose,
  a.given_at, a.pn_reason, a.over_max_reason, a.effect, a.effect_at, eb.display_name AS effect_by_name, a.effect_due_at, a.effect_reminded_at,
  a.client_id, reg.display_name AS registered_by_name, a.registered_at`;
const joinsFrom = (source: string) => `FROM ${source} a
  JOIN users reg ON reg.municipality_id = a.municipality_id AND reg.id = a.registered_by
  LEFT JOIN users eb ON eb.municipality_id = a.municipality_id AND eb.id = a.effect_by`;
const administrationJoins = joinsFrom('medicine_administrations');

/** One registration by id, by the tablet's client id, or the one of a scheduled dose. */
export async function findAdministration(
  tx: Queryable,
  municipalityId: string,
  by: { id: string } | { clientId: string } | { lineId: string; scheduledFor: string },
): Promise<AdministrationRow | undefined> {
  const [where, params] =
    'id' in by ? ['a.id = $2', [by.id]]
    : 'clientId' in by ? ['a.client_id = $2', [by.clientId]]
    : ['a.line_id = $2 AND a.scheduled_for = $3', [by.lineId, by.scheduledFor]];
  const [row] = await tx.query<AdministrationRow>(`SELECT ${administrationColumns} ${administrationJoins} WHERE a.municipality_id = $1 AND ${where}`, [
    municipalityId,
    ...params,
  ]);
  return row;
}

/**
 * What a scheduled dose's registration must know first, in one statement (two probes of unique
 * keys): the registration with the tablet's client id (a retry), and the dose's own (registered already).
 */
export async function findRetryOrDose(
  tx: Queryable,
  municipalityId: string,
  by: { clientId: string; lineId: string; scheduledFor: string },
): Promise<{ retry?: AdministrationRow; dose?: AdministrationRow }> {
  const rows = await tx.query<AdministrationRow>(
    `SELECT ${administrationColumns} ${administrationJoins}
      WHERE a.municipality_id = $1 AND (a.client_id = $2 OR (a.line_id = $3 AND a.scheduled_for = $4))`,
    [municipalityId, by.clientId, by.lineId, by.scheduledFor],
  );
  const at = new Date(by.scheduledFor).getTime();
  return {
    retry: rows.find((r) => r.client_id === by.clientId),
    dose: rows.find((r) => r.line_id === by.lineId && r.scheduled_for !== null && new Date(r.scheduled_for).getTime() === at),
  };
}

/** Registrations of scheduled doses of these lines due in [from, to). */
export function scheduledAdministrations(tx: Queryable, ctx: RequestCtx, lineIds: string[], from: Date, to: Date): Promise<AdministrationRow[]> {
  return tx.query<AdministrationRow>(
    `SELECT ${administrationColumns} ${administrationJoins}
      WHERE a.municipality_id = $1 AND a.line_id = ANY($2::uuid[]) AND a.scheduled_for >= $3 AND a.scheduled_for < $4`,
    [ctx.actor.municipalityId, lineIds, from, to],
  );
}

/**
 * PN doses of these lines given in [from, to), and (with `openSince`) older ones since then still
 * missing their effect; oldest first. The bound `given_at >= least(from, openSince)` is what both
 * halves of the OR imply: it makes the lookup a range of the PN index per line, never the line's
 * whole history.
 */
export function pnAdministrations(tx: Queryable, municipalityId: string, lineIds: string[], from: Date, to: Date, openSince?: Date): Promise<AdministrationRow[]> {
  return tx.query<AdministrationRow>(
    `SELECT ${administrationColumns} ${administrationJoins}
      WHERE a.municipality_id = $1 AND a.line_id = ANY($2::uuid[]) AND a.scheduled_for IS NULL
        AND a.given_at >= least($3::timestamptz, $5::timestamptz)
        AND ((a.given_at >= $3 AND a.given_at < $4) OR (a.effect IS NULL AND a.given_at >= $5))
      ORDER BY a.given_at, a.id`,
    [municipalityId, lineIds, from, to, openSince ?? to],
  );
}

/**
 * The round's registrations in one statement: the fixed lines' doses due in the slot [from, to) (a
 * range of the dose key per line) and the PN lines' doses as `pnAdministrations` reads them; oldest first.
 */
export async function roundAdministrations(
  tx: Queryable,
  ctx: RequestCtx,
  fixedLineIds: string[],
  slot: { from: Date; to: Date },
  pnLineIds: string[],
  pn: { from: Date; to: Date; openSince: Date },
): Promise<{ scheduled: AdministrationRow[]; pn: AdministrationRow[] }> {
  const rows = await tx.query<AdministrationRow>(
    `SELECT ${administrationColumns} ${administrationJoins}
      WHERE a.municipality_id = $1 AND a.line_id = ANY($2::uuid[]) AND a.scheduled_for >= $3 AND a.scheduled_for < $4
     UNION ALL
     SELECT ${administrationColumns} ${administrationJoins}
      WHERE a.municipality_id = $1 AND a.line_id = ANY($5::uuid[]) AND a.scheduled_for IS NULL
        AND a.given_at >= least($6::timestamptz, $8::timestamptz)
        AND ((a.given_at >= $6 AND a.given_at < $7) OR (a.effect IS NULL AND a.given_at >= $8))
     ORDER BY given_at, id`,
    [ctx.actor.municipalityId, fixedLineIds, slot.from, slot.to, pnLineIds, pn.from, pn.to, pn.openSince],
  );
  return { scheduled: rows.filter((r) => r.scheduled_for !== null), pn: rows.filter((r) => r.scheduled_for === null) };
}

/** PN doses given to each of these citizens since `since`, when (PN use over time, the review rule). */
export function pnGivenSince(tx: Queryable, ctx: RequestCtx, citizenIds: string[], since: Date): Promise<Array<{ citizen_id: string; given_at: Stamp }>> {
  return tx.query(
    `SELECT a.citizen_id, a.given_at FROM medicine_administrations a
      WHERE a.municipality_id = $1 AND a.citizen_id = ANY($2::uuid[]) AND a.scheduled_for IS NULL AND a.given_at >= $3`,
    [ctx.actor.municipalityId, citizenIds, since],
  );
}

export interface NewAdministration {
  line: LineRow;
  unitId: string;
  clientId: string;
  scheduledFor: Date | null;
  outcome: 'given' | 'refused' | 'not_given';
  reason: string;
  dose: number;
  givenAt: Date;
  pnReason: string | null;
  overMaxReason: string | null;
  effectDueAt: Date | null;
}

/**
 * Writes a registration unless the dose, or the tablet's client id, is registered already (then
 * undefined: the caller finds which), and returns it as read (one statement). The unique keys
 * decide: of two tablets at once, one wins.
 */
export async function insertAdministration(tx: Queryable, ctx: RequestCtx, citizen: VisibleCitizen, a: NewAdministration): Promise<AdministrationRow | undefined> {
  const [row] = await tx.query<AdministrationRow>(
    `WITH inserted AS (
       INSERT INTO medicine_administrations (municipality_id, citizen_id, line_id, line_version, unit_id, scheduled_for, outcome, reason, dose,
                                             given_at, pn_reason, over_max_reason, effect_due_at, client_id, registered_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
       ON CONFLICT DO NOTHING RETURNING *)
     SELECT ${administrationColumns} ${joinsFrom('inserted')}`,
    [
      citizen.municipalityId, citizen.id, a.line.id, a.line.version, a.unitId, a.scheduledFor, a.outcome, a.reason, a.dose,
      a.givenAt, a.pnReason, a.overMaxReason, a.effectDueAt, a.clientId, ctx.actor.userId,
    ],
  );
  return row;
}

/** Records a PN dose's effect, once ('taken': someone recorded it first). */
export async function recordEffect(tx: Queryable, ctx: RequestCtx, id: string, effect: string): Promise<'ok' | 'taken'> {
  const rows = await tx.query(
    `UPDATE medicine_administrations SET effect = $3, effect_at = now(), effect_by = $4
      WHERE municipality_id = $1 AND id = $2 AND effect IS NULL RETURNING id`,
    [ctx.actor.municipalityId, id, effect, ctx.actor.userId],
  );
  return rows.length ? 'ok' : 'taken';
}

/** PN doses over the maximum and PN doses missing their effect past the reminder, on these units since `since`. */
export function flaggedPn(tx: Queryable, ctx: RequestCtx, unitIds: string[], since: Date): Promise<Array<AdministrationRow & { first_name: string; last_name: string; generic_name: string }>> {
  return tx.query(
    `SELECT ${administrationColumns}, c.first_name, c.last_name, l.generic_name ${administrationJoins}
       JOIN citizens c ON c.municipality_id = a.municipality_id AND c.id = a.citizen_id
       JOIN medicine_lines l ON l.municipality_id = a.municipality_id AND l.id = a.line_id
      WHERE a.municipality_id = $1 AND a.unit_id = ANY($2::uuid[]) AND a.scheduled_for IS NULL AND a.given_at >= $3
        AND (a.over_max_reason IS NOT NULL OR (a.effect IS NULL AND a.effect_due_at <= now()))
      ORDER BY a.given_at DESC, a.id LIMIT 200`,
    [ctx.actor.municipalityId, unitIds, since],
  );
}
