/**
 * The referral's way through the matching committee (Primero's transition model): each step is one
 * transition record (who, when, why) from a state by an action; any other step is refused.
 */
export const REFERRAL_STATES = ['submitted', 'offered', 'accepted', 'accepted_on_condition', 'declined', 'waiting', 'placed', 'refused', 'withdrawn'] as const;
export type ReferralState = (typeof REFERRAL_STATES)[number];

export const STATE_LABELS: Record<ReferralState, string> = {
  submitted: 'Modtaget',
  offered: 'Tilbudt et tilbud',
  accepted: 'Accepteret af tilbuddet',
  accepted_on_condition: 'Accepteret på betingelse',
  declined: 'Afvist af tilbuddet',
  waiting: 'På venteliste',
  placed: 'Anvist plads',
  refused: 'Afslag',
  withdrawn: 'Trukket tilbage',
};

export type Actor = 'committee' | 'facility' | 'case_worker';

interface Step {
  from: readonly ReferralState[];
  to: ReferralState;
  actor: Actor;
  label: string;
  /** What the transition record must carry besides who and when. */
  needs: readonly ('facilityId' | 'placeId' | 'reason' | 'condition')[];
}

export const STEPS = {
  offer: { from: ['submitted', 'declined', 'waiting'], to: 'offered', actor: 'committee', label: 'Tilbyd et tilbud', needs: ['facilityId'] },
  accept: { from: ['offered'], to: 'accepted', actor: 'facility', label: 'Accepter', needs: [] },
  accept_on_condition: { from: ['offered'], to: 'accepted_on_condition', actor: 'facility', label: 'Accepter på betingelse', needs: ['condition'] },
  decline: { from: ['offered'], to: 'declined', actor: 'facility', label: 'Afvis', needs: ['reason'] },
  place: { from: ['accepted', 'accepted_on_condition'], to: 'placed', actor: 'committee', label: 'Anvis plads', needs: ['placeId'] },
  wait: { from: ['submitted', 'accepted', 'accepted_on_condition', 'declined'], to: 'waiting', actor: 'committee', label: 'Sæt på venteliste', needs: [] },
  refuse: { from: ['submitted', 'declined', 'waiting'], to: 'refused', actor: 'committee', label: 'Giv afslag', needs: ['reason'] },
  withdraw: { from: ['submitted', 'offered', 'accepted', 'accepted_on_condition', 'declined', 'waiting'], to: 'withdrawn', actor: 'case_worker', label: 'Træk tilbage', needs: ['reason'] },
} as const satisfies Record<string, Step>;
export type ReferralAction = keyof typeof STEPS;

/** A state no step leaves: the referral is decided or withdrawn. */
export const isFinal = (state: ReferralState) => allowedActions(state).length === 0;

/** The actions allowed from `state` (the buttons to show). */
export function allowedActions(state: ReferralState): ReferralAction[] {
  return (Object.keys(STEPS) as ReferralAction[]).filter((a) => (STEPS[a].from as readonly ReferralState[]).includes(state));
}

export interface TransitionInput {
  facilityId?: string | null;
  placeId?: string | null;
  reason?: string | null;
  condition?: string | null;
}

const MESSAGES = {
  facilityId: 'Vælg det tilbud, henvisningen tilbydes.',
  placeId: 'Vælg den plads, borgeren anvises.',
  reason: 'Skriv en begrundelse.',
  condition: 'Skriv betingelsen, fx kompetenceudvikling af personalet.',
};

/** The state after `action` from `state`, or field errors (`state` when the step itself is not allowed). */
export function transition(state: ReferralState, action: ReferralAction, input: TransitionInput): { to: ReferralState } | { errors: Record<string, string> } {
  const step: Step = STEPS[action];
  if (!step.from.includes(state)) {
    return { errors: { state: `En henvisning med status "${STATE_LABELS[state]}" kan ikke få skridtet "${step.label}".` } };
  }
  const errors: Record<string, string> = {};
  for (const field of step.needs) if (!input[field]?.trim()) errors[field] = MESSAGES[field];
  return Object.keys(errors).length ? { errors } : { to: step.to };
}
