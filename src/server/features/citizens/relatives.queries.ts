import type { Queryable } from '../../db/index.js';
import type { RequestCtx } from '../../context.js';
import type { VisibleCitizen } from '../../access/gate.js';
import type { CreateRelativeInput, Relative, UpdateRelativeInput } from '../../../contracts/citizens.js';

/** A relative as the API returns it (the same shape as the citizen record's `relatives`), selected in the contract's shape. */
export type RelativeRow = Relative;

const columns = `id, name, relation, phone, consent_to_share AS "consentToShare", note, version`;

/** The citizen's relative, or undefined when the id belongs to no relative of this citizen. */
export async function getRelative(tx: Queryable, citizen: VisibleCitizen, relativeId: string): Promise<RelativeRow | undefined> {
  const [row] = await tx.query<RelativeRow>(`SELECT ${columns} FROM relatives WHERE id = $1 AND citizen_id = $2`, [relativeId, citizen.id]);
  return row;
}

export async function insertRelative(tx: Queryable, ctx: RequestCtx, citizen: VisibleCitizen, r: CreateRelativeInput): Promise<RelativeRow> {
  const [row] = await tx.query<RelativeRow>(
    `INSERT INTO relatives (municipality_id, citizen_id, name, relation, phone, consent_to_share, note)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${columns}`,
    [ctx.actor.municipalityId, citizen.id, r.name, r.relation, r.phone ?? null, r.consentToShare, r.note || null],
  );
  return row;
}

/** Applies the given fields if `version` is still current; undefined when someone else was first. */
export async function updateRelative(tx: Queryable, relativeId: string, r: UpdateRelativeInput): Promise<RelativeRow | undefined> {
  const [row] = await tx.query<RelativeRow>(
    `UPDATE relatives SET name = coalesce($3, name), relation = coalesce($4, relation),
            phone = CASE WHEN $5::boolean THEN $6 ELSE phone END,
            consent_to_share = coalesce($7, consent_to_share),
            note = CASE WHEN $8::boolean THEN $9 ELSE note END, version = version + 1
      WHERE id = $1 AND version = $2 RETURNING ${columns}`,
    [relativeId, r.version, r.name ?? null, r.relation ?? null, r.phone !== undefined, r.phone ?? null, r.consentToShare ?? null,
      r.note !== undefined, r.note || null],
  );
  return row;
}

export async function deleteRelative(tx: Queryable, relativeId: string): Promise<void> {
  await tx.query('DELETE FROM relatives WHERE id = $1', [relativeId]);
}
