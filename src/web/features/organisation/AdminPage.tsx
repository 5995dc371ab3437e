import { Suspense } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { PageHeading } from '../../components/PageHeading';
import { Loading } from '../../components/QueryState';
import { Tabs, type TabItem } from '../../components/Tabs';
import { useMe } from '../auth/session';
import './organisation.css';

/** Administration: the organisation tree with its places, and the users. Admins only. */
export default function AdminPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { pathname } = useLocation();
  const tabs: TabItem[] = [
    { to: '/admin', label: t('organisation.tabs.organisation') },
    { to: '/admin/brugere', label: t('organisation.tabs.users') },
  ];
  const current = pathname.startsWith('/admin/brugere') ? tabs[1] : tabs[0];
  if (!me.navigation.administration) {
    return (
      <>
        <PageHeading>{t('organisation.title')}</PageHeading>
        <Alert variant="info">{t('organisation.onlyAdmins')}</Alert>
      </>
    );
  }
  return (
    <>
      <PageHeading title={`${current.label} – ${t('organisation.title')}`}>{t('organisation.title')}</PageHeading>
      <Tabs label={t('organisation.tabsLabel')} items={tabs} />
      <div className="tab-content">
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </div>
    </>
  );
}
