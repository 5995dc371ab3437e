import type { FastifyRequest } from 'fastify';
import { can } from '../../access/index.js';
import { requireCitizen, type VisibleCitizen } from '../../access/gate.js';
import { gatedRoute, type AuditAs, type AuditNote } from '../../citizen-route.js';
import type { RequestCtx } from '../../context.js';
import type { Queryable } from '../../db/index.js';
import { forbidden } from '../../errors.js';

export const NO_MEDICINE_PERMISSION =
  'Du har ikke medicingodkendelse, så du kan ikke ændre medicinkortet. Bed din leder om at registrere, at du er sygeplejerske eller har medicinkursus.';

/**
 * A route on a citizen's medicine card: gated as a health record (those treating the citizen now:
 * 404 out of sight, 403 visible but not treating), and for a change of the card also the medicine
 * permission (403 saying so). Audited by the kernel in the same transaction.
 */
export function medicineRoute<T>(
  req: FastifyRequest & { params: { citizenId: string } },
  need: 'read' | 'observe' | 'change',
  auditAs: AuditAs,
  handler: (tx: Queryable, ctx: RequestCtx, citizen: VisibleCitizen, note: AuditNote) => Promise<T>,
): Promise<T> {
  const gate = async (tx: Queryable, ctx: RequestCtx) => {
    const citizen = await requireCitizen(tx, ctx, req.params.citizenId, need === 'observe' ? 'observeMedicine' : 'readMedicine');
    if (need === 'change' && !can(ctx.actor, 'changeMedicine', 'citizen', citizen)) throw forbidden(NO_MEDICINE_PERMISSION);
    return { citizen, entityId: citizen.id };
  };
  return gatedRoute(req, gate, auditAs, (tx, ctx, { citizen }, note) => handler(tx, ctx, citizen, note));
}
