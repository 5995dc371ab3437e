import type { Db, Queryable } from '../../db/index.js';
import { can } from '../../access/index.js';
import { todayInCopenhagen } from '../../../domain/dates.js';
import { hasCurrentOrFutureCare, loadPlace } from '../placements/queries.js';
import { inTenant, type RequestCtx } from '../../context.js';
import { audit } from '../../audit/index.js';
import { AppError, tooManyRequests } from '../../errors.js';
import { maskCpr } from '../../../domain/cpr.js';

/** Registrations with an already known CPR number a user may try within the window, before every attempt answers 429. */
export const CPR_MATCH_LIMIT = 5;
const WINDOW_MINUTES = 15;

/**
 * 409 for a CPR number already registered in this municipality (the unique key is per municipality,
 * so no other is revealed). `movableCitizenId`: the known citizen, named only when the registrar may
 * move them into the place they chose (nobody has them in care), so they can do that instead.
 */
export const duplicateCpr = (opts: { commit?: boolean; movableCitizenId?: string } = {}) =>
  new AppError(409, 'duplicate_cpr', 'Der er allerede registreret en borger med dette CPR-nummer i kommunen.', {
    cpr: 'CPR-nummeret er allerede registreret.',
  }, opts.movableCitizenId ? { current: { movableCitizenId: opts.movableCitizenId } } : undefined, opts);

/** May the actor move this known citizen into the place: a place they register on, in use, and nobody has the citizen in care now or later? */
async function movableInto(tx: Queryable, ctx: RequestCtx, citizenId: string, placeId: string): Promise<boolean> {
  const place = await loadPlace(tx, placeId);
  if (!place?.active || !can(ctx.actor, 'registerCitizens', 'org', { municipalityId: place.municipalityId, path: place.path })) return false;
  return !(await hasCurrentOrFutureCare(tx, citizenId, todayInCopenhagen()));
}

/**
 * Run before a registration (and again if the insert meets the unique key): a 409 for a known CPR
 * number tells the registrar that the person is known here, even one they cannot see, so a match
 * is a lookup of that citizen. It is audited in a transaction of its own, so it stays whatever
 * the registration then does (a citizen nobody has in care, registered again with a place the
 * registrar may fill, is named so they can move the known citizen in), and limited per user: past the limit, every registration attempt of
 * that user answers 429, match or not, so the answer tells nothing. The count lives in the audit
 * log (PostgreSQL, so it holds across processes); a per-user lock makes parallel attempts count
 * one after the other.
 */
export async function checkCprMatch(db: Db, ctx: RequestCtx, cpr: string, placeId?: string): Promise<void> {
  await inTenant(db, ctx, async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`cpr_match:${ctx.actor.userId}`]);
    const [recent] = await tx.query<{ n: number; wait: number | null }>(
      `SELECT count(*)::int AS n, extract(epoch FROM min(at) + make_interval(mins => $2) - now())::int AS wait
         FROM audit_log WHERE user_id = $1 AND entity = 'cpr_match' AND at > now() - make_interval(mins => $2)`,
      [ctx.actor.userId, WINDOW_MINUTES],
    );
    if (recent.n >= CPR_MATCH_LIMIT) throw tooManyRequests(Math.max(recent.wait ?? 60, 1));
    const [match] = await tx.query<{ id: string }>('SELECT id FROM citizens WHERE cpr = $1', [cpr]);
    if (!match) return;
    await audit(tx, ctx, { action: 'search', entity: 'cpr_match', entityId: match.id, citizenIds: [match.id], detail: { cpr: maskCpr(cpr) } });
    const movableCitizenId = placeId && (await movableInto(tx, ctx, match.id, placeId)) ? match.id : undefined;
    throw duplicateCpr({ commit: true, movableCitizenId }); // commits the audit row, then answers 409
  });
}
