import type { WebFeature } from '../registry';
import { registerReferralAction } from '../referrals/slots';
import ReferralMatchingLink from './ReferralMatchingLink';

registerReferralAction('matching', ReferralMatchingLink);

/**
 * Matching (issue 14): a referral's places ranked with reasons, opened from the referral
 * (/henvisninger/:referralId/matchning); Administration's tab for the weights versions.
 */
export const matchingFeature: WebFeature = {
  pages: [{ path: 'henvisninger/:referralId/matchning', load: () => import('./MatchingPage') }],
  tabs: {
    admin: [{ path: 'matchning-vaegte', load: () => import('./WeightsTab'), labelKey: 'matching.weightsTab', order: 70 }],
  },
};
