import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { Tabs } from '../../components/Tabs';
import { useMe } from '../auth/session';
import './visitation-insight.css';

/** The heading and tabs of Indsigt: the forecast and, for those who read figures, the ladder's flow. */
export function InsightTabs({ title }: { title: string }) {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <>
      <PageHeading title={`${title} – ${t('visitationInsight.nav')}`}>{t('visitationInsight.nav')}</PageHeading>
      {me.navigation.facilities && (
        <Tabs
          label={t('visitationInsight.nav')}
          items={[
            { to: '/indsigt', label: t('visitationInsight.forecast.heading') },
            { to: '/indsigt/flow', label: t('visitationInsight.flow.heading') },
          ]}
        />
      )}
    </>
  );
}
