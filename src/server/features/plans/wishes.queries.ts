import type { Queryable } from '../../db/index.js';
import type { VisibleCitizen } from '../../access/gate.js';
import type { RequestCtx } from '../../context.js';

export interface WishRow {
  id: string;
  citizen_id: string;
  text: string;
  wish_date: string;
  version: number;
  updated_by_id: string;
  updated_by_name: string;
  updated_at: Date;
}

const WISH_SELECT = `
  SELECT w.id, w.citizen_id, w.text, w.wish_date, w.version, w.updated_by AS updated_by_id, u.display_name AS updated_by_name, w.updated_at
    FROM citizen_wishes w
    JOIN users u ON u.municipality_id = w.municipality_id AND u.id = w.updated_by`;

/** The gated citizen's wishes, oldest first (the order they were told). */
export async function listWishes(tx: Queryable, ctx: RequestCtx, citizen: VisibleCitizen): Promise<WishRow[]> {
  return tx.query<WishRow>(`${WISH_SELECT} WHERE w.municipality_id = $1 AND w.citizen_id = $2 ORDER BY w.wish_date, w.created_at`, [
    ctx.actor.municipalityId,
    citizen.id,
  ]);
}

/** One wish by id (row security keeps it to the actor's municipality); undefined if unknown. */
export async function getWish(tx: Queryable, wishId: string): Promise<WishRow | undefined> {
  const [row] = await tx.query<WishRow>(`${WISH_SELECT} WHERE w.id = $1`, [wishId]);
  return row;
}

export async function insertWish(tx: Queryable, ctx: RequestCtx, citizen: VisibleCitizen, v: { text: string; wishDate: string }): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `INSERT INTO citizen_wishes (municipality_id, citizen_id, text, wish_date, created_by, updated_by) VALUES ($1, $2, $3, $4, $5, $5) RETURNING id`,
    [ctx.actor.municipalityId, citizen.id, v.text, v.wishDate, ctx.actor.userId],
  );
  return row.id;
}

/** Changes a wish if it still has the version the client read; false when stale. */
export async function updateWish(tx: Queryable, ctx: RequestCtx, wishId: string, version: number, v: { text?: string; wishDate?: string }): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE citizen_wishes SET text = coalesce($3, text), wish_date = coalesce($4::date, wish_date), version = version + 1,
            updated_by = $5, updated_at = now()
      WHERE municipality_id = $1 AND id = $2 AND version = $6 RETURNING id`,
    [ctx.actor.municipalityId, wishId, v.text ?? null, v.wishDate ?? null, ctx.actor.userId, version],
  );
  return rows.length === 1;
}
