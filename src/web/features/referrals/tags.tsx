import { useTranslation } from 'react-i18next';

export function StateTag({ state }: { state: string }) {
  const { t } = useTranslation();
  return <span className={`referral-state referral-state-${state}`}>{t(`referrals.states.${state}`)}</span>;
}

export function UrgencyTag({ urgency }: { urgency: string }) {
  const { t } = useTranslation();
  if (urgency === 'normal') return <span className="referral-urgency-normal">{t('referrals.urgencies.normal')}</span>;
  return <strong className={`referral-urgency referral-urgency-${urgency}`}>{t(`referrals.urgencies.${urgency}`)}</strong>;
}
