import { useTranslation } from 'react-i18next';
import { PageHeading } from './PageHeading';

/** Placeholder for a page another feature will fill in; replace its entry in App.tsx's routes table. */
export function comingSoon(titleKey: string) {
  return function ComingSoonPage() {
    const { t } = useTranslation();
    return (
      <>
        <PageHeading>{t(titleKey)}</PageHeading>
        <p>{t('common.comingSoon')}</p>
      </>
    );
  };
}
