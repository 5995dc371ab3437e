import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ReferralSlotProps } from '../referrals/slots';

/** On the referral page: where the committee's next step is taken (the waiting list's referral page). */
export default function ReferralCommitteeLink({ referral }: ReferralSlotProps) {
  const { t } = useTranslation();
  return (
    <p>
      <Link className="button button-secondary" to={`/matchingudvalg/${referral.id}`}>
        {t('committee.openInCommittee')}
      </Link>
    </p>
  );
}
