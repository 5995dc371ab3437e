import type { Queryable } from '../../db/index.js';
import type { RequestCtx } from '../../context.js';
import { AppError, badRequest, conflict } from '../../errors.js';
import { can } from '../../access/policy.js';
import { allowedActions, STATE_LABELS, STEPS, transition } from '../../../domain/visitation/committee.js';
import { FFB_GROUPS } from '../../../domain/ffb.js';
import type { CommitteeReferral, TransitionBody } from '../../../contracts/committee.js';
import { requirePlace, assertPlaceInUse } from '../placements/guard.js';
import { requireKind, startIntervention } from '../placements/queries.js';
import type { AdmittedReferral, ReferralRow } from './guard.js';
import type { ReferralFacts } from './access.js';
import {
  dailyRateOf, endOpenPurchases, getReferralView, insertTransition, isSupportNeedLevel, listFacilitiesForOffer, listFreePlaces, listPurchasedOf,
  listTransitions, loadOrgUnit, nextSeq, stayKindFor, updateReferralState,
} from './queries.js';
import { presentPurchased, presentTransition } from './presenter.js';

export const staleReferral = () => conflict('Henvisningen er ændret af en anden i mellemtiden. Se den nye udgave og prøv igen.');
/** Two decisions for the last free place: the one that comes second is told so (the exclusion constraint decided). */
export const placeTaken = () => new AppError(409, 'place_taken', 'Pladsen er taget: en anden borger er netop anvist den. Vælg en anden plads.', { placeId: 'Pladsen er taget.' });

/** The service the decision 'place' creates: a stay of the referral's legal basis in the place, through the placements' move-in path. */
async function placeCitizen(tx: Queryable, ctx: RequestCtx, referral: ReferralRow, placeId: string, startDate: string): Promise<string> {
  const place = await requirePlace(tx, placeId, 'placeId');
  assertPlaceInUse(place, 'placeId');
  const facility = referral.offeredOrgUnitId ? await loadOrgUnit(tx, referral.offeredOrgUnitId) : undefined;
  if (!facility || !place.path.startsWith(facility.path)) {
    throw badRequest('Pladsen hører ikke til det tilbud, der har accepteret henvisningen.', { placeId: 'Vælg en plads i det tilbud, der har accepteret.' });
  }
  const kindCode = await stayKindFor(tx, referral.legalBasis);
  if (!kindCode) throw badRequest(`Der findes ingen opholdsindsats efter ${referral.legalBasis}.`, { placeId: `Ingen opholdsindsats efter ${referral.legalBasis}.` });
  const kind = await requireKind(tx, kindCode, 'placeId');
  const rate = await dailyRateOf(tx, place.unitId);
  const supportNeedCode = referral.supportNeedCode && (await isSupportNeedLevel(tx, referral.supportNeedCode, FFB_GROUPS.supportNeedLevel)) ? referral.supportNeedCode : undefined;
  try {
    // The acting and paying municipality default to the tenant's own (migration 016's trigger).
    return await startIntervention(tx, ctx, {
      citizenId: referral.citizenId, kind, legalBasis: referral.legalBasis, place, startDate,
      ...(rate === null ? {} : { rate: { amountDkk: rate, unit: 'day' as const } }),
      ...(supportNeedCode ? { supportNeedCode } : {}),
    });
  } catch (err) {
    if (err instanceof AppError && err.code === 'overlap') throw placeTaken();
    throw err;
  }
}

/**
 * One step through the committee on an admitted, locked referral: the domain decides whether the
 * step is legal (409 with its Danish message, or 400 on missing fields; nothing written), then one
 * transition row (seq = last + 1) and the referral's new state, in the request's transaction.
 */
export async function takeStep(tx: Queryable, ctx: RequestCtx, admitted: AdmittedReferral, body: TransitionBody, today: string) {
  const { referral } = admitted;
  if (body.version !== referral.version) throw staleReferral();
  const result = transition(referral.state, body.action, body);
  if ('errors' in result) {
    if (result.errors.state) throw new AppError(409, 'illegal_step', result.errors.state, result.errors);
    const fields = Object.keys(result.errors);
    throw badRequest(fields.length === 1 ? result.errors[fields[0]] : 'Skridtet mangler oplysninger. Se felterne.', result.errors);
  }
  let offered = referral.offeredOrgUnitId;
  let orgUnitId: string | null = referral.offeredOrgUnitId;
  let placeId: string | null = null;
  let interventionId: string | null = null;
  switch (body.action) {
    case 'offer': {
      const unit = await loadOrgUnit(tx, body.facilityId!);
      if (!unit || !['facility', 'unit'].includes(unit.kind) || !unit.active) {
        throw badRequest('Vælg et tilbud, der er i drift.', { facilityId: 'Vælg et tilbud, der er i drift.' });
      }
      offered = orgUnitId = unit.id;
      break;
    }
    case 'place': {
      const startDate = body.startDate ?? today;
      if (startDate < referral.receivedOn) throw badRequest('Indflytningen kan ikke ligge før henvisningen.', { startDate: 'Tidligst den dag henvisningen blev modtaget.' });
      placeId = body.placeId!;
      interventionId = await placeCitizen(tx, ctx, referral, placeId, startDate);
      await endOpenPurchases(tx, referral.id, startDate);
      break;
    }
    case 'wait':
    case 'refuse':
    case 'withdraw':
      offered = null;
      break;
    default:
      break;
  }
  const id = await insertTransition(tx, ctx, {
    referralId: referral.id, seq: await nextSeq(tx, referral.id), action: body.action, from: referral.state, to: result.to,
    orgUnitId, placeId, reason: body.reason?.trim() || null, condition: body.condition?.trim() || null,
  });
  // The row is locked and its version checked above: this cannot miss, but never commit half a step.
  if (!(await updateReferralState(tx, referral.id, body.version, result.to, offered, interventionId))) {
    throw new AppError(409, 'conflict', 'Henvisningen er ændret af en anden i mellemtiden. Se den nye udgave og prøv igen.');
  }
  return { transitionId: id, from: referral.state, to: result.to, interventionId };
}

/** The referral as the committee view shows it to this actor: its steps, history, and (for the committee) where it can go. */
export async function referralView(tx: Queryable, ctx: RequestCtx, facts: ReferralFacts, referralId: string, today: string): Promise<CommitteeReferral> {
  const { offeredPath, ...r } = await getReferralView(tx, referralId);
  const now: ReferralFacts = { ...facts, offeredOrgUnitId: r.offeredFacility?.id ?? null, offeredPath };
  const committee = can(ctx.actor, 'committee', 'referral_committee', now);
  const steps = allowedActions(r.state)
    .filter((a) => can(ctx.actor, STEPS[a].actor, 'referral_committee', now))
    .map((action) => ({ action, label: STEPS[action].label }));
  const offerable = committee && steps.some((s) => s.action === 'offer');
  const placeable = committee && steps.some((s) => s.action === 'place') && r.offeredFacility;
  return {
    ...r,
    decidedAt: r.decidedAt ? new Date(r.decidedAt).toISOString() : null,
    stateLabel: STATE_LABELS[r.state],
    transitions: (await listTransitions(tx, referralId)).map(presentTransition),
    steps,
    facilities: offerable ? await listFacilitiesForOffer(tx, r.legalBasis, today) : [],
    freePlaces: placeable ? await listFreePlaces(tx, r.offeredFacility!.id, r.legalBasis, today) : [],
    purchasedPlaces: committee ? (await listPurchasedOf(tx, referralId)).map((p) => presentPurchased(p, today)) : [],
  };
}
