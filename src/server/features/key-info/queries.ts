import type { Queryable } from '../../db/index.js';
import type { RequestCtx } from '../../context.js';
import type { VisibleCitizen } from '../../access/gate.js';
import type { ConsentInput, ConsentScope, CrisisPlanInput, RepresentativeInput, RiskAssessmentInput } from '../../../contracts/key-info.js';

/**
 * The plain lists of key information: rows added and removed, never edited (a changed GP is a new
 * row). Each names its table and the columns a body fills, by the body's own field names.
 */
export const itemLists = {
  professionals: { table: 'citizen_professionals', columns: ['kind', 'name', 'organisation', 'phone', 'note'], order: `CASE kind WHEN 'gp' THEN 0 ELSE 1 END, kind, name` },
  allergies: { table: 'citizen_allergies', columns: ['substance', 'reaction', 'severity'], order: `CASE severity WHEN 'severe' THEN 0 WHEN 'moderate' THEN 1 ELSE 2 END, substance` },
  aids: { table: 'citizen_aids', columns: ['name', 'note'], order: 'name' },
} as const;
export type ItemList = keyof typeof itemLists;

export type ItemRow = Record<string, string | null> & { id: string };

export function listItems(tx: Queryable, citizen: VisibleCitizen, list: ItemList): Promise<ItemRow[]> {
  const { table, columns, order } = itemLists[list];
  return tx.query<ItemRow>(`SELECT id, ${columns.join(', ')} FROM ${table} WHERE municipality_id = $1 AND citizen_id = $2 ORDER BY ${order}, created_at`, [
    citizen.municipalityId,
    citizen.id,
  ]);
}

export async function insertItem(tx: Queryable, ctx: RequestCtx, citizen: VisibleCitizen, list: ItemList, body: Record<string, unknown>): Promise<ItemRow> {
  const { table, columns } = itemLists[list];
  const values = columns.map((c) => body[c] ?? null);
  const [row] = await tx.query<ItemRow>(
    `INSERT INTO ${table} (municipality_id, citizen_id, created_by, ${columns.join(', ')})
     VALUES ($1, $2, $3, ${columns.map((_, i) => `$${i + 4}`).join(', ')}) RETURNING id, ${columns.join(', ')}`,
    [citizen.municipalityId, citizen.id, ctx.actor.userId, ...values],
  );
  return row;
}

/** Removes one row of the citizen's; false when there is none (another citizen's id is none). */
export async function deleteItem(tx: Queryable, citizen: VisibleCitizen, table: string, id: string): Promise<boolean> {
  const rows = await tx.query(`DELETE FROM ${table} WHERE municipality_id = $1 AND citizen_id = $2 AND id = $3 RETURNING id`, [citizen.municipalityId, citizen.id, id]);
  return rows.length > 0;
}

// ---- Risk assessments

export interface RiskRow {
  id: string;
  assessed_on: string;
  confused: number;
  irritable: number;
  boisterous: number;
  verbal_threats: number;
  physical_threats: number;
  attacking_objects: number;
  note: string | null;
  assessed_by_name: string;
}

const riskColumns = `r.id, r.assessed_on::text AS assessed_on, r.confused, r.irritable, r.boisterous, r.verbal_threats, r.physical_threats,
  r.attacking_objects, r.note, u.display_name AS assessed_by_name`;

/** The citizen's assessments, newest first (the latest 20). */
export function listRiskAssessments(tx: Queryable, citizen: VisibleCitizen, id?: string): Promise<RiskRow[]> {
  return tx.query<RiskRow>(
    `SELECT ${riskColumns} FROM risk_assessments r JOIN users u ON u.id = r.assessed_by
      WHERE r.municipality_id = $1 AND r.citizen_id = $2 AND ($3::uuid IS NULL OR r.id = $3)
      ORDER BY r.assessed_on DESC, r.created_at DESC LIMIT 20`,
    [citizen.municipalityId, citizen.id, id ?? null],
  );
}

export async function insertRiskAssessment(tx: Queryable, ctx: RequestCtx, citizen: VisibleCitizen, b: RiskAssessmentInput): Promise<RiskRow> {
  const [{ id }] = await tx.query<{ id: string }>(
    `INSERT INTO risk_assessments (municipality_id, citizen_id, assessed_on, confused, irritable, boisterous, verbal_threats, physical_threats, attacking_objects, note, assessed_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
    [citizen.municipalityId, citizen.id, b.assessedOn, b.confused, b.irritable, b.boisterous, b.verbalThreats, b.physicalThreats, b.attackingObjects, b.note ?? null, ctx.actor.userId],
  );
  const [row] = await listRiskAssessments(tx, citizen, id);
  return row;
}

// ---- Crisis plan

export interface CrisisPlanRow {
  signs: string;
  what_helps: string;
  who_to_call: string;
  version: number;
  updated_by_name: string;
  updated_at: Date;
}

export async function getCrisisPlan(tx: Queryable, citizen: VisibleCitizen): Promise<CrisisPlanRow | undefined> {
  const [row] = await tx.query<CrisisPlanRow>(
    `SELECT p.signs, p.what_helps, p.who_to_call, p.version, u.display_name AS updated_by_name, p.updated_at
       FROM crisis_plans p JOIN users u ON u.id = p.updated_by WHERE p.municipality_id = $1 AND p.citizen_id = $2`,
    [citizen.municipalityId, citizen.id],
  );
  return row;
}

/**
 * Writes the crisis plan if `b.version` is the one there now (none: no plan yet). Returns false,
 * writing nothing, when someone else wrote it first. A first write racing another loses on the key.
 */
export async function saveCrisisPlan(tx: Queryable, ctx: RequestCtx, citizen: VisibleCitizen, b: CrisisPlanInput): Promise<boolean> {
  const params = [citizen.municipalityId, citizen.id, b.signs, b.whatHelps, b.whoToCall, ctx.actor.userId];
  if (b.version === undefined) {
    const rows = await tx.query(
      `INSERT INTO crisis_plans (municipality_id, citizen_id, signs, what_helps, who_to_call, updated_by) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (municipality_id, citizen_id) DO NOTHING RETURNING version`,
      params,
    );
    return rows.length > 0;
  }
  const rows = await tx.query(
    `UPDATE crisis_plans SET signs = $3, what_helps = $4, who_to_call = $5, updated_by = $6, updated_at = now(), version = version + 1
      WHERE municipality_id = $1 AND citizen_id = $2 AND version = $7 RETURNING version`,
    [...params, b.version],
  );
  return rows.length > 0;
}

// ---- Legal representation

export interface RepresentativeRow {
  id: string;
  kind: RepresentativeInput['kind'];
  name: string;
  phone: string | null;
  scope: RepresentativeInput['scope'];
  valid_from: string;
  valid_to: string | null;
  note: string | null;
  active: boolean;
}

const representativeColumns = `id, kind, name, phone, scope, valid_from::text AS valid_from, valid_to::text AS valid_to, note,
  (valid_from <= $3::date AND (valid_to IS NULL OR valid_to >= $3::date)) AS active`;

export function listRepresentatives(tx: Queryable, citizen: VisibleCitizen, today: string): Promise<RepresentativeRow[]> {
  return tx.query<RepresentativeRow>(
    `SELECT ${representativeColumns} FROM legal_representatives WHERE municipality_id = $1 AND citizen_id = $2
      ORDER BY (valid_to IS NULL OR valid_to >= $3::date) DESC, valid_from DESC, name`,
    [citizen.municipalityId, citizen.id, today],
  );
}

export async function insertRepresentative(tx: Queryable, ctx: RequestCtx, citizen: VisibleCitizen, b: RepresentativeInput, today: string): Promise<RepresentativeRow> {
  const [row] = await tx.query<RepresentativeRow>(
    `INSERT INTO legal_representatives (municipality_id, citizen_id, created_by, kind, name, phone, scope, valid_from, valid_to, note)
     VALUES ($1, $2, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING ${representativeColumns}`,
    [citizen.municipalityId, citizen.id, today, ctx.actor.userId, b.kind, b.name, b.phone ?? null, b.scope, b.validFrom, b.validTo ?? null, b.note ?? null],
  );
  return row;
}

// ---- Consents

export interface ConsentRow {
  id: string;
  recipient_kind: 'relative' | 'body';
  relative_id: string | null;
  recipient_name: string;
  scopes: ConsentScope[];
  given_on: string;
  valid_until: string | null;
  note: string | null;
  withdrawn_on: string | null;
  withdrawn_by_name: string | null;
  active: boolean;
  uses: number;
  last_used_at: Date | null;
}

/** A consent's columns; `$3` is today. Its uses are the audit rows naming it (reads and exports under it). */
const consentSelect = `SELECT k.id, k.recipient_kind, k.relative_id, k.recipient_name, k.scopes, k.given_on::text AS given_on,
    k.valid_until::text AS valid_until, k.note, k.withdrawn_on::text AS withdrawn_on, w.display_name AS withdrawn_by_name,
    (k.withdrawn_on IS NULL AND k.given_on <= $3::date AND (k.valid_until IS NULL OR k.valid_until >= $3::date)) AS active,
    (SELECT count(*)::int FROM audit_log a WHERE a.municipality_id = k.municipality_id AND a.citizen_ids @> ARRAY[k.citizen_id]
        AND a.detail->>'consentId' = k.id::text) AS uses,
    (SELECT max(a.at) FROM audit_log a WHERE a.municipality_id = k.municipality_id AND a.citizen_ids @> ARRAY[k.citizen_id]
        AND a.detail->>'consentId' = k.id::text) AS last_used_at
  FROM consents k LEFT JOIN users w ON w.id = k.withdrawn_by
 WHERE k.municipality_id = $1 AND k.citizen_id = $2`;

export function listConsents(tx: Queryable, citizen: VisibleCitizen, today: string): Promise<ConsentRow[]> {
  return tx.query<ConsentRow>(`${consentSelect} ORDER BY active DESC, k.given_on DESC, k.recipient_name`, [citizen.municipalityId, citizen.id, today]);
}

export async function getConsent(tx: Queryable, citizen: VisibleCitizen, id: string, today: string): Promise<ConsentRow | undefined> {
  const [row] = await tx.query<ConsentRow>(`${consentSelect} AND k.id = $4`, [citizen.municipalityId, citizen.id, today, id]);
  return row;
}

/** The name of the citizen's relative `relativeId`, or undefined when it is not one of theirs. */
export async function relativeName(tx: Queryable, citizen: VisibleCitizen, relativeId: string): Promise<string | undefined> {
  const [row] = await tx.query<{ name: string; relation: string }>(
    'SELECT name, relation FROM relatives WHERE municipality_id = $1 AND citizen_id = $2 AND id = $3',
    [citizen.municipalityId, citizen.id, relativeId],
  );
  return row && `${row.name} (${row.relation})`;
}

export async function insertConsent(tx: Queryable, ctx: RequestCtx, citizen: VisibleCitizen, b: ConsentInput, recipientName: string): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `INSERT INTO consents (municipality_id, citizen_id, created_by, recipient_kind, relative_id, recipient_name, scopes, given_on, valid_until, note)
     VALUES ($1, $2, $3, $4, $5, $6, $7::text[], $8, $9, $10) RETURNING id`,
    [citizen.municipalityId, citizen.id, ctx.actor.userId, b.relativeId ? 'relative' : 'body', b.relativeId ?? null, recipientName, [...new Set(b.scopes)], b.givenOn, b.validUntil ?? null, b.note ?? null],
  );
  return row.id;
}

/** Withdraws a consent still standing; false when it was already withdrawn. */
export async function withdrawConsent(tx: Queryable, ctx: RequestCtx, citizen: VisibleCitizen, id: string, on: string): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE consents SET withdrawn_on = $4, withdrawn_by = $5 WHERE municipality_id = $1 AND citizen_id = $2 AND id = $3 AND withdrawn_on IS NULL RETURNING id`,
    [citizen.municipalityId, citizen.id, id, on, ctx.actor.userId],
  );
  return rows.length > 0;
}
