import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { allowedActions, isFinal, REFERRAL_STATES, STEPS, transition, type ReferralAction, type ReferralState } from './committee.js';

const full = { facilityId: 'f1', placeId: 'p1', reason: 'Begrundelse', condition: 'Kompetenceudvikling' };

describe('the committee transitions', () => {
  it('takes a referral from offer to placement, and a decline back to a new offer', () => {
    let state: ReferralState = 'submitted';
    for (const action of ['offer', 'decline', 'offer', 'accept_on_condition', 'place'] as ReferralAction[]) {
      const r = transition(state, action, full);
      if (!('to' in r)) throw new Error(JSON.stringify(r.errors));
      state = r.to;
    }
    expect(state).toBe('placed');
    expect(isFinal('placed')).toBe(true);
  });

  it('refuses an illegal step with a Danish message, and a step without what it must record', () => {
    expect(transition('submitted', 'place', full)).toEqual({ errors: { state: 'En henvisning med status "Modtaget" kan ikke få skridtet "Anvis plads".' } });
    expect(transition('placed', 'withdraw', full)).toEqual({ errors: { state: 'En henvisning med status "Anvist plads" kan ikke få skridtet "Træk tilbage".' } });
    expect(transition('offered', 'decline', { reason: '  ' })).toEqual({ errors: { reason: 'Skriv en begrundelse.' } });
    expect(transition('accepted', 'place', {})).toEqual({ errors: { placeId: 'Vælg den plads, borgeren anvises.' } });
  });

  it('lists the actions a state allows, and only the final states allow none', () => {
    expect(allowedActions('offered')).toEqual(['accept', 'accept_on_condition', 'decline', 'withdraw']);
    expect(allowedActions('waiting')).toEqual(['offer', 'refuse', 'withdraw']);
    expect(REFERRAL_STATES.filter(isFinal)).toEqual(['placed', 'refused', 'withdrawn']);
  });

  test.prop([fc.array(fc.constantFrom(...(Object.keys(STEPS) as ReferralAction[])), { maxLength: 30 })])(
    'no sequence of actions takes a referral anywhere the table does not allow; a placement always follows an acceptance',
    (actions) => {
      let state: ReferralState = 'submitted';
      for (const action of actions) {
        const r = transition(state, action, full);
        const allowed = (STEPS[action].from as readonly string[]).includes(state);
        expect('to' in r).toBe(allowed);
        if ('to' in r) {
          if (r.to === 'placed') expect(['accepted', 'accepted_on_condition']).toContain(state);
          state = r.to;
        }
      }
      if (isFinal(state)) expect(allowedActions(state)).toEqual([]);
    },
  );
});
