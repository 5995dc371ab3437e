import type { WebFeature } from '../registry';

export const referralsFeature: WebFeature = {
  pages: [
    // Henvisninger: the case worker's referrals and the open re-visitation reports among their citizens.
    { path: 'henvisninger', load: () => import('./ReferralsPage'), menu: { labelKey: 'referrals.nav', show: 'referrals', order: 28 } },
    { path: 'henvisninger/ny', load: () => import('./ReferralFormPage') },
    { path: 'henvisninger/:referralId', load: () => import('./ReferralPage') },
    { path: 'henvisninger/:referralId/rediger', load: () => import('./ReferralFormPage') },
  ],
  // Re-visitation: staff and leaders where the citizen lives report changed needs from the record.
  citizenActions: [{ load: () => import('./RevisitationAction'), ability: 'reportRevisitation', order: 10 }],
};
