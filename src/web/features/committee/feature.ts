import type { WebFeature } from '../registry';
import { registerReferralAction } from '../referrals/slots';
import ReferralCommitteeLink from './ReferralCommitteeLink';

registerReferralAction('committee', ReferralCommitteeLink);

export const committeeFeature: WebFeature = {
  pages: [
    // The committee (case workers): the queue, with purchased places and their extra cost.
    { path: 'venteliste', load: () => import('./WaitingListPage'), menu: { labelKey: 'committee.navWaiting', show: 'waitingList', order: 35 } },
    // A facility's leaders: the referrals offered to them, to accept, accept on a condition or decline.
    { path: 'henvisninger-til-tilbud', load: () => import('./FacilityReferralsPage'), menu: { labelKey: 'committee.navInbox', show: 'facilityReferrals', order: 36 } },
    // The authority and management: deadlines and the share decided within them.
    { path: 'sagsbehandlingsfrister', load: () => import('./DeadlinesPage'), menu: { labelKey: 'committee.navDeadlines', show: 'referralDeadlines', order: 48 } },
    // One referral in the committee: its steps and history.
    { path: 'matchingudvalg/:referralId', load: () => import('./ReferralCommitteePage') },
  ],
  tabs: {
    // The § 141 action plan that came with the citizen's services: whoever reads the plan.
    citizen: [{ path: 'handleplan', load: () => import('./ActionPlanTab'), labelKey: 'committee.planTab', order: 33, ability: 'readPlan' }],
  },
};
