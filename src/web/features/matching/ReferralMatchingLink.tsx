import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ReferralSlotProps } from '../referrals/slots';

/** On the referral page: the places ranked for it, with why. */
export default function ReferralMatchingLink({ referral }: ReferralSlotProps) {
  const { t } = useTranslation();
  return (
    <p>
      <Link className="button button-secondary" to={`/henvisninger/${referral.id}/matchning`}>
        {t('matching.openRanking')}
      </Link>
    </p>
  );
}
