import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { Tabs } from '../../components/Tabs';
import { useMe } from '../auth/session';
import './incidents.css';

const countsRoles = ['unit_leader', 'facility_leader', 'center_manager', 'consultant'];

/** The heading and tabs of Hændelser: adverse events, violence and threats, and (for leaders and the center) the overview. */
export function IncidentTabs({ title }: { title: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const readsCounts = me.roles.some((r) => countsRoles.includes(r.role));
  const reports = me.units.length > 0 || readsCounts;
  return (
    <>
      <PageHeading title={`${title} – ${t('incidents.nav')}`}>{t('incidents.nav')}</PageHeading>
      <Tabs
        label={t('incidents.nav')}
        items={[
          ...(reports ? [{ to: '/haendelser', label: t('incidents.events.heading') }, { to: '/haendelser/vold', label: t('incidents.violence.heading') }] : []),
          ...(readsCounts ? [{ to: '/haendelser/overblik', label: t('incidents.dashboard.heading') }] : []),
        ]}
      />
    </>
  );
}
