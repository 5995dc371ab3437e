import type { Queryable } from '../../db/index.js';
import type { RequestCtx } from '../../context.js';
import { can, type CitizenFacts, type InterventionFacts } from '../../access/index.js';
import { badRequest, forbidden, notFound } from '../../errors.js';
import { todayInCopenhagen } from '../../../domain/dates.js';
import { loadCitizenFacts } from '../../access/gate.js';
import { getIntervention, hasCurrentOrFutureCare, loadPlace, type InterventionRow, type PlaceRow } from './queries.js';

/**
 * Decides an intervention action: allowed → return; else 404 when the citizen is outside the
 * actor's scope (ids cannot be probed), 403 when the actor sees the citizen but may not act.
 */
function decide(ctx: RequestCtx, action: 'start' | 'end', facts: InterventionFacts, what: string): void {
  if (can(ctx.actor, action, 'intervention', facts)) return;
  if (!can(ctx.actor, 'read', 'citizen', facts.citizen)) throw notFound(what);
  throw forbidden();
}

/** A place named in a request body, or 400 on `field` when the municipality has no such place (a field error, like any bad reference in a body). */
export async function requirePlace(tx: Queryable, placeId: string, field: string): Promise<PlaceRow> {
  const place = await loadPlace(tx, placeId);
  if (!place) throw badRequest('Pladsen findes ikke.', { [field]: 'Pladsen findes ikke.' });
  return place;
}

/** 400 on `field` unless the place is in use (it and its unit are active). Checked after access, so it tells nothing to outsiders. */
export function assertPlaceInUse(place: PlaceRow, field: string): void {
  if (!place.active) throw badRequest('Pladsen er ikke i brug.', { [field]: 'Pladsen er ikke i brug.' });
}

/**
 * The gate for starting an intervention for an existing citizen: a move-in when `placeId` is
 * given (leaders where the place is), other support otherwise (the citizen's leaders).
 */
export async function requireStart(
  tx: Queryable,
  ctx: RequestCtx,
  citizenId: string,
  placeId: string | undefined,
): Promise<{ citizen: CitizenFacts; place: PlaceRow | null }> {
  const citizen = await loadCitizenFacts(tx, ctx, citizenId);
  if (!citizen) throw notFound('Borgeren');
  const place = placeId ? await requirePlace(tx, placeId, 'placeId') : null;
  decide(ctx, 'start', {
    municipalityId: citizen.municipalityId,
    citizen,
    citizenInCare: place ? await hasCurrentOrFutureCare(tx, citizenId, todayInCopenhagen()) : true,
    place: place && { unitId: place.unitId, path: place.path },
    ongoing: true,
  }, 'Borgeren');
  if (place) assertPlaceInUse(place, 'placeId');
  return { citizen, place };
}

/** The gate for ending an intervention (move out, end support): 404 unknown or out of scope, 403 not the actor's. */
export async function requireEnd(tx: Queryable, ctx: RequestCtx, interventionId: string): Promise<InterventionRow> {
  const intervention = await getIntervention(tx, interventionId);
  if (!intervention) throw notFound('Indsatsen');
  const citizen = await loadCitizenFacts(tx, ctx, intervention.citizenId);
  if (!citizen) throw notFound('Indsatsen');
  const place = intervention.placeId ? await loadPlace(tx, intervention.placeId) : undefined;
  const today = todayInCopenhagen();
  decide(ctx, 'end', {
    municipalityId: citizen.municipalityId,
    citizen,
    citizenInCare: true,
    place: place ? { unitId: place.unitId, path: place.path } : null,
    ongoing: intervention.endDate === null || intervention.endDate > today,
  }, 'Indsatsen');
  return intervention;
}
