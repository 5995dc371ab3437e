import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ReferralSlotProps } from '../referrals/slots';

/** On the referral page, for its case worker: the places ranked for it, with why (a facility reading an offered referral does not see other facilities' ranking). */
export default function ReferralMatchingLink({ referral }: ReferralSlotProps) {
  const { t } = useTranslation();
  if (!referral.abilities.edit) return null;
  return (
    <p>
      <Link className="button button-secondary" to={`/henvisninger/${referral.id}/matchning`}>
        {t('matching.openRanking')}
      </Link>
    </p>
  );
}
