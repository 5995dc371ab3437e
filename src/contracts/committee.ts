/**
 * The matching committee (issue 14 items 4, 5, 7): a referral's steps through the committee, the
 * facility's inbox of referrals offered to it, the waiting list with interim purchased places and
 * their extra cost, case-processing deadlines and the share decided within them, and the § 141
 * action plan that travels with the service to the facility.
 */
import { z } from 'zod';
import { CareDate, dataOf, Ref, Version } from './common.js';
import { REFERRAL_STATES, STEPS } from '../domain/visitation/committee.js';

const actions = Object.keys(STEPS) as [keyof typeof STEPS, ...(keyof typeof STEPS)[]];
export const ReferralActionSchema = z.enum(actions, 'Ukendt skridt.');
export const ReferralStateSchema = z.enum(REFERRAL_STATES);
export const urgencies = ['normal', 'urgent', 'acute'] as const;

export const ReferralParams = z.strictObject({ referralId: z.uuid('Ukendt henvisning.') });
export const PurchasedPlaceParams = z.strictObject({ purchasedPlaceId: z.uuid('Ukendt købt plads.') });
export const DeadlineTypeParams = z.strictObject({ typeCode: z.string().min(1).max(40) });

const optionalText = (max: number, message: string) => z.string().trim().max(max, message).optional();

/** One step through the committee, on the referral as the client read it (`version`). */
export const TransitionBody = z.strictObject({
  action: ReferralActionSchema,
  version: Version,
  /** offer: the facility the referral is offered to. */
  facilityId: z.uuid('Vælg et tilbud.').optional(),
  /** place: the concrete place in the facility that accepted. */
  placeId: z.uuid('Vælg en plads.').optional(),
  /** place: the move-in day (default today). */
  startDate: CareDate.optional(),
  /** decline, refuse, withdraw: why. */
  reason: optionalText(2000, 'Højst 2000 tegn.'),
  /** accept_on_condition: the condition (e.g. competence development). */
  condition: optionalText(2000, 'Højst 2000 tegn.'),
});
export type TransitionBody = z.infer<typeof TransitionBody>;

/** The § 141 action plan: purpose, interventions needed, expected duration and other matters. */
export const ActionPlan = z.object({
  purpose: z.string(),
  interventions: z.string(),
  expectedDuration: z.string(),
  housing: z.string(),
  employment: z.string(),
  personalHelp: z.string(),
  treatment: z.string(),
  aids: z.string(),
});
export type ActionPlan = z.infer<typeof ActionPlan>;

export const Transition = z.object({
  seq: z.number(),
  /** 'submit' is the referral's first record (the referral feature writes it); the rest are the committee's steps. */
  action: z.enum(['submit', ...actions]),
  actionLabel: z.string(),
  fromState: ReferralStateSchema.nullable(),
  toState: ReferralStateSchema,
  orgUnit: Ref.nullable(),
  place: Ref.nullable(),
  reason: z.string().nullable(),
  condition: z.string().nullable(),
  actorName: z.string(),
  at: z.string(),
});
export type Transition = z.infer<typeof Transition>;

/** An interim place bought from another provider while the citizen waits, with its running extra cost. */
export const PurchasedPlace = z.object({
  id: z.string(),
  referralId: z.string(),
  providerName: z.string(),
  providerMunicipality: Ref.nullable(),
  legalBasis: z.string(),
  dailyRateDkk: z.number(),
  ownDailyRateDkk: z.number(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  /** Days it has run: from the start to its end (exclusive) or today. */
  days: z.number(),
  /** days × (daily rate − own rate). */
  extraCostDkk: z.number(),
  version: z.number(),
});
export type PurchasedPlace = z.infer<typeof PurchasedPlace>;

const StepOption = z.object({ action: ReferralActionSchema, label: z.string() });

/** A referral as the committee (and the facility it is offered to) sees it. */
export const CommitteeReferral = z.object({
  id: z.string(),
  citizen: Ref,
  type: z.object({ code: z.string(), name: z.string() }),
  receivedOn: z.string(),
  legalBasis: z.string(),
  urgency: z.enum(urgencies),
  targetGroups: z.array(z.object({ code: z.string(), name: z.string() })),
  flags: z.array(z.string()),
  caseWorkerName: z.string(),
  state: ReferralStateSchema,
  stateLabel: z.string(),
  offeredFacility: Ref.nullable(),
  decidedAt: z.string().nullable(),
  interventionId: z.string().nullable(),
  version: z.number(),
  plan: ActionPlan,
  transitions: z.array(Transition),
  /** The steps this user may take now. */
  steps: z.array(StepOption),
  /** offer: active facilities with their free places of the referral's legal basis (the committee only). */
  facilities: z.array(z.object({ id: z.string(), name: z.string(), freePlaces: z.number() })),
  /** place: free places of the referral's legal basis in the facility that accepted (the committee only). */
  freePlaces: z.array(z.object({ id: z.string(), name: z.string(), unitName: z.string() })),
  purchasedPlaces: z.array(PurchasedPlace),
});
export type CommitteeReferral = z.infer<typeof CommitteeReferral>;
export const CommitteeReferralResponse = dataOf(CommitteeReferral);

/** One row of the waiting list. */
export const WaitingRow = z.object({
  /** Place in the queue (urgency first, then since); null outside the queue (not yet on the list). */
  position: z.number().nullable(),
  referralId: z.string(),
  citizen: Ref,
  state: ReferralStateSchema,
  stateLabel: z.string(),
  legalBasis: z.string(),
  targetGroups: z.array(z.string()),
  urgency: z.enum(urgencies),
  /** The day the referral was received: what the queue counts from. */
  since: z.string(),
  waitingDays: z.number(),
  offeredFacility: Ref.nullable(),
  /** The running interim place, if any. */
  purchased: PurchasedPlace.nullable(),
  /** The municipality's own daily rate for the legal basis (average of its facilities' rates), the purchase's default. */
  ownRateDkk: z.number().nullable(),
  version: z.number(),
});
export type WaitingRow = z.infer<typeof WaitingRow>;

export const WaitingList = dataOf(
  z.object({
    /** On the waiting list (state waiting), in queue order. */
    waiting: z.array(WaitingRow),
    /** Received or declined, not yet placed nor on the list. */
    pending: z.array(WaitingRow),
    totals: z.object({ waiting: z.number(), pending: z.number(), purchased: z.number(), dailyExtraDkk: z.number(), extraCostDkk: z.number() }),
  }),
);
export type WaitingList = z.infer<typeof WaitingList>;

const Money = (what: string) =>
  z.number(`Angiv ${what} som et tal.`).positive(`${what[0].toUpperCase()}${what.slice(1)} skal være over 0 kr.`).max(99_999_999, 'Beløbet er for stort.');

export const CreatePurchasedPlaceBody = z.strictObject({
  providerName: z.string('Skriv leverandørens navn.').trim().min(1, 'Skriv leverandørens navn.').max(200, 'Højst 200 tegn.'),
  providerMunicipalityCode: z.string().regex(/^[0-9]{3}$/, 'Vælg en kommune.').optional(),
  dailyRateDkk: Money('døgntaksten'),
  /** The own rate it is compared with; default: the average of the municipality's facilities of the legal basis. */
  ownDailyRateDkk: z.number('Angiv den egne takst som et tal.').min(0, 'Taksten kan ikke være negativ.').max(99_999_999, 'Beløbet er for stort.').optional(),
  startDate: CareDate,
});
export type CreatePurchasedPlaceBody = z.infer<typeof CreatePurchasedPlaceBody>;
export const PurchasedPlaceResponse = dataOf(PurchasedPlace);

export const EndPurchasedPlaceBody = z.strictObject({ version: Version, endDate: CareDate });
export type EndPurchasedPlaceBody = z.infer<typeof EndPurchasedPlaceBody>;

/** A referral offered to a facility the user leads. */
export const InboxRow = z.object({
  referralId: z.string(),
  citizen: Ref,
  facility: Ref,
  state: ReferralStateSchema,
  stateLabel: z.string(),
  legalBasis: z.string(),
  targetGroups: z.array(z.string()),
  flags: z.array(z.string()),
  urgency: z.enum(urgencies),
  receivedOn: z.string(),
  /** When it was offered (the last 'offer' step); null when it was put there without one. */
  offeredAt: z.string().nullable(),
  version: z.number(),
});
export type InboxRow = z.infer<typeof InboxRow>;
export const FacilityInbox = dataOf(z.array(InboxRow));
export type FacilityInbox = z.infer<typeof FacilityInbox>;

export const DeadlineType = z.object({
  code: z.string(),
  name: z.string(),
  defaultDays: z.number(),
  /** The deadline in force: the municipality's own, else the default. */
  days: z.number(),
  /** Where the municipality's own deadline comes from; null: the default is in force. */
  source: z.string().nullable(),
});
export const DeadlineMonth = z.object({
  /** YYYY-MM of the decision. */
  month: z.string(),
  decided: z.number(),
  withinDeadline: z.number(),
  /** withinDeadline / decided, 0–1. */
  share: z.number(),
});
export const DeadlineOverview = dataOf(z.object({ types: z.array(DeadlineType), months: z.array(DeadlineMonth) }));
export type DeadlineOverview = z.infer<typeof DeadlineOverview>;

export const SetDeadlineBody = z.strictObject({
  days: z.int('Angiv antal dage som et helt tal.').min(1, 'Mindst 1 dag.').max(365, 'Højst 365 dage.'),
  source: z.string('Skriv hvor fristen kommer fra.').trim().min(3, 'Skriv hvor fristen kommer fra (mindst 3 tegn).').max(2000, 'Højst 2000 tegn.'),
});
export type SetDeadlineBody = z.infer<typeof SetDeadlineBody>;

/** The § 141 action plans that came with the citizen's services (placed referrals). */
export const CitizenActionPlans = dataOf(
  z.array(z.object({ referralId: z.string(), interventionId: z.string(), receivedOn: z.string(), legalBasis: z.string(), facility: Ref.nullable(), plan: ActionPlan })),
);
export type CitizenActionPlans = z.infer<typeof CitizenActionPlans>;
