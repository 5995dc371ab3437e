import type { Queryable } from '../../db/index.js';
import type { VisibleCitizen } from '../../access/gate.js';
import type { RequestCtx } from '../../context.js';
import { badRequest } from '../../errors.js';
import { duplicateCpr } from './cpr-match.js';

/**
 * 400 on `contactPersonId` unless it is an active user of the actor's municipality. Checked here
 * because a foreign key alone would accept another municipality's user (keys ignore row-level security).
 */
export async function assertContactPerson(tx: Queryable, userId: string | null | undefined): Promise<void> {
  if (!userId) return;
  const [user] = await tx.query('SELECT 1 FROM users WHERE id = $1 AND active', [userId]);
  if (!user) throw badRequest('Ukendt medarbejder.', { contactPersonId: 'Medarbejderen findes ikke.' });
}

/** Inserts the person; 409 when the CPR number is already known in the municipality (registered meanwhile: see cpr-match.ts). */
export async function insertCitizen(
  tx: Queryable,
  ctx: RequestCtx,
  c: { cpr: string; birthDate: string; firstName: string; lastName: string; contactPersonId: string | null },
): Promise<string> {
  try {
    const [row] = await tx.query<{ id: string }>(
      `INSERT INTO citizens (municipality_id, cpr, first_name, last_name, birth_date, contact_person_id)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [ctx.actor.municipalityId, c.cpr, c.firstName, c.lastName, c.birthDate, c.contactPersonId],
    );
    return row.id;
  } catch (err) {
    if ((err as { code?: string }).code === '23505') throw duplicateCpr();
    throw err;
  }
}

/** Sets the gated citizen's target groups to exactly `codes`. */
export async function replaceTargetGroups(tx: Queryable, ctx: RequestCtx, citizen: VisibleCitizen, codes: string[]): Promise<void> {
  await tx.query('DELETE FROM citizen_target_groups WHERE citizen_id = $1 AND NOT (target_group_code = ANY($2::text[]))', [citizen.id, codes]);
  await tx.query(
    `INSERT INTO citizen_target_groups (municipality_id, citizen_id, target_group_code)
     SELECT $1, $2, code FROM unnest($3::text[]) AS code ON CONFLICT DO NOTHING`,
    [ctx.actor.municipalityId, citizen.id, codes],
  );
}

/**
 * Updates the person's own fields if `version` is still current (and bumps it, also when only the
 * target groups change, since they are part of the record). False when someone else was first.
 */
export async function updateCitizen(
  tx: Queryable,
  citizen: VisibleCitizen,
  version: number,
  f: { firstName?: string; lastName?: string; contactPersonId?: string | null },
): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE citizens SET first_name = coalesce($3, first_name), last_name = coalesce($4, last_name),
            contact_person_id = CASE WHEN $5::boolean THEN $6::uuid ELSE contact_person_id END, version = version + 1
      WHERE id = $1 AND version = $2 RETURNING id`,
    [citizen.id, version, f.firstName ?? null, f.lastName ?? null, f.contactPersonId !== undefined, f.contactPersonId ?? null],
  );
  return rows.length === 1;
}
