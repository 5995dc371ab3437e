import { Suspense, useEffect } from 'react';
import { Outlet, useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { LoadError, Loading } from '../../components/QueryState';
import { Tabs } from '../../components/Tabs';
import { CitizenActions } from '../citizen-actions';
import { hostTabItems, prefetchTabs } from '../host-tabs';
import { useCitizen } from './api';
import { homeService } from './home-service';

/** The citizen record: name and placement on top with the features' actions its abilities allow, then their tabs (Overblik, Plan, Journal, Adgangslog). */
export default function CitizenPage() {
  const { t } = useTranslation();
  const { citizenId = '' } = useParams();
  const { pathname } = useLocation();
  const citizen = useCitizen(citizenId);
  useEffect(() => prefetchTabs('citizen'), []);

  if (citizen.isPending) return <Loading />;
  if (citizen.isError) return <LoadError error={citizen.error} onRetry={() => void citizen.refetch()} />;
  const c = citizen.data;
  const base = `/borgere/${c.id}`;
  const tabs = hostTabItems('citizen', base, t, (tab) => (!tab.ability || c.abilities[tab.ability] === true) && (!tab.appliesTo || tab.appliesTo(c)));
  const current = [...tabs].reverse().find((tab) => pathname.startsWith(tab.to) || tab.alsoFor?.some((p) => pathname.startsWith(p)));
  const home = homeService(c);
  const place = home
    ? `${t('visits.ownHome')} · ${[home.unitName, home.facilityName].filter(Boolean).join(', ')}`
    : [c.placement?.unitName, c.placement?.facilityName].filter(Boolean).join(', ');
  return (
    <>
      <div className="citizen-head">
        <PageHeading title={current && current !== tabs[0] ? `${current.label} – ${c.name}` : c.name}>{c.name}</PageHeading>
        <p className="citizen-head-meta">
          {t('citizens.age', { age: c.age })}
          {place && <> · {place}</>}
        </p>
        <CitizenActions citizen={c} />
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
