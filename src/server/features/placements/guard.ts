import type { Queryable } from '../../db/index.js';
import type { RequestCtx } from '../../context.js';
import { badRequest, notFound } from '../../errors.js';
import { todayInCopenhagen } from '../../../domain/dates.js';
import { admitThrough, loadCitizenFacts } from '../../access/gate.js';
import type { Admitted } from '../../citizen-route.js';
import { getIntervention, hasCurrentOrFutureCare, loadPlace, type InterventionRow, type PlaceRow } from './queries.js';

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

/** A start admitted: the citizen and the place they move into (null: other support). */
export interface AdmittedStart extends Admitted {
  place: PlaceRow | null;
}

/**
 * The gate for starting an intervention for an existing citizen: a move-in when `placeId` is
 * given (leaders where the place is, also of a citizen nobody has in care), other support otherwise
 * (the citizen's leaders). 404 unknown or out of sight, 403 seen but not the actor's to start.
 */
export async function requireStart(tx: Queryable, ctx: RequestCtx, citizenId: string, placeId: string | undefined): Promise<AdmittedStart> {
  const facts = await loadCitizenFacts(tx, ctx, citizenId);
  if (!facts) throw notFound('Borgeren');
  const place = placeId ? await requirePlace(tx, placeId, 'placeId') : null;
  const citizen = admitThrough(ctx, 'start', 'intervention', {
    municipalityId: facts.municipalityId,
    citizen: facts,
    citizenInCare: place ? await hasCurrentOrFutureCare(tx, citizenId, todayInCopenhagen()) : true,
    place: place && { unitId: place.unitId, path: place.path },
    ongoing: true,
  }, 'Borgeren');
  if (place) assertPlaceInUse(place, 'placeId');
  return { citizen, place, entityId: citizen.id };
}

/** An end admitted: the intervention and its citizen. */
export interface AdmittedEnd extends Admitted {
  intervention: InterventionRow;
}

/** The gate for ending an intervention (move out, end support): 404 unknown or out of scope, 403 not the actor's. */
export async function requireEnd(tx: Queryable, ctx: RequestCtx, interventionId: string): Promise<AdmittedEnd> {
  const intervention = await getIntervention(tx, interventionId);
  if (!intervention) throw notFound('Indsatsen');
  const facts = await loadCitizenFacts(tx, ctx, intervention.citizenId);
  if (!facts) throw notFound('Indsatsen');
  const place = intervention.placeId ? await loadPlace(tx, intervention.placeId) : undefined;
  const today = todayInCopenhagen();
  const citizen = admitThrough(ctx, 'end', 'intervention', {
    municipalityId: facts.municipalityId,
    citizen: facts,
    citizenInCare: true,
    place: place ? { unitId: place.unitId, path: place.path } : null,
    ongoing: intervention.endDate === null || intervention.endDate > today,
  }, 'Indsatsen');
  return { citizen, intervention, entityId: intervention.id };
}
