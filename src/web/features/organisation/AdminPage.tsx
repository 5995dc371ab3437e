import { Suspense } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { PageHeading } from '../../components/PageHeading';
import { Loading } from '../../components/QueryState';
import { Tabs } from '../../components/Tabs';
import { hostTabItems } from '../host-tabs';
import { useMe } from '../auth/session';
import './organisation.css';

/** Administration: the features' admin tabs (the organisation tree with its places, the users). Admins only. */
export default function AdminPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { pathname } = useLocation();
  const tabs = hostTabItems('admin', '/admin', t);
  const current = [...tabs].reverse().find((tab) => pathname.startsWith(tab.to)) ?? tabs[0];
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
