import { Suspense, useEffect } from 'react';
import { Outlet, useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { LoadError, Loading } from '../../components/QueryState';
import { Tabs, type TabItem } from '../../components/Tabs';
import { useCitizen } from './api';

/** The citizen record: name and placement on top, then the tabs Overblik, Plan, Journal, Adgangslog. */
export default function CitizenPage() {
  const { t } = useTranslation();
  const { citizenId = '' } = useParams();
  const { pathname } = useLocation();
  const citizen = useCitizen(citizenId);
  // Fetch the other tabs' code while the user reads, so switching tab shows no "Henter …".
  useEffect(() => {
    void import('../plans/PlanTab');
    void import('../journal/JournalTab');
  }, []);

  if (citizen.isPending) return <Loading />;
  if (citizen.isError) return <LoadError error={citizen.error} onRetry={() => void citizen.refetch()} />;
  const c = citizen.data;
  const base = `/borgere/${c.id}`;
  const tabs: TabItem[] = [
    { to: base, label: t('citizens.citizen.tabs.overview') },
    ...(c.abilities.readPlan ? [{ to: `${base}/plan`, label: t('citizens.citizen.tabs.plan'), alsoFor: [`${base}/mal/`] }] : []),
    ...(c.abilities.readJournal ? [{ to: `${base}/journal`, label: t('citizens.citizen.tabs.journal') }] : []),
    ...(c.abilities.readAccessLog ? [{ to: `${base}/adgangslog`, label: t('citizens.citizen.tabs.accessLog') }] : []),
  ];
  const current = [...tabs].reverse().find((tab) => pathname.startsWith(tab.to) || tab.alsoFor?.some((p) => pathname.startsWith(p)));
  const place = [c.placement?.unitName, c.placement?.facilityName].filter(Boolean).join(', ');
  return (
    <>
      <div className="citizen-head">
        <PageHeading title={current && current !== tabs[0] ? `${current.label} – ${c.name}` : c.name}>{c.name}</PageHeading>
        <p className="citizen-head-meta">
          {t('citizens.age', { age: c.age })}
          {place && <> · {place}</>}
        </p>
      </div>
      <Tabs label={t('citizens.citizen.tabsLabel', { name: c.name })} items={tabs} />
      <div className="tab-content">
        <Suspense fallback={<Loading />}>
          <Outlet context={c} />
        </Suspense>
      </div>
    </>
  );
}
