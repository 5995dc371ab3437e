import { useState } from 'react';
import { Link } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable';
import { Fact } from '../../components/Fact';
import { PageHeading } from '../../components/PageHeading';
import { Tag } from '../../components/Badges';
import { LoadError, Loading } from '../../components/QueryState';
import { SuccessMessage } from '../../components/SuccessMessage';
import { formatDate } from '../../lib/dates';
import { committeeKeys, formatKr, useWaitingList, type WaitingRow } from './api';
import { BuyModal } from './PurchaseModals';
import './committee.css';

/** Venteliste: who waits for what, since when and how urgently, in queue order; interim purchased places and their extra cost. */
export default function WaitingListPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const list = useWaitingList();
  const [buying, setBuying] = useState<WaitingRow | null>(null);
  const [message, setMessage] = useState('');
  // Five columns, so the table fits a portrait tablet: urgency under the name, the extra cost under the purchased place.
  const columns = (withPosition: boolean) => [
    withPosition && { header: t('committee.position'), cell: (r: WaitingRow) => r.position, className: 'num' },
    {
      header: t('committee.citizen'), rowHeader: true,
      cell: (r: WaitingRow) => (
        <>
          <Link to={`/matchingudvalg/${r.referralId}`}>{r.citizen.name}</Link>
          <br />
          {r.urgency === 'normal' ? <span className="muted">{t('committee.urgencies.normal')}</span> : <Tag>{t(`committee.urgencies.${r.urgency}`)}</Tag>}
          {!withPosition && <> <span className="muted">· {r.stateLabel}</span></>}
        </>
      ),
    },
    { header: t('committee.forWhat'), cell: (r: WaitingRow) => <>{r.legalBasis}<br /><span className="muted">{r.targetGroups.join(', ')}</span></> },
    { header: t('committee.since'), cell: (r: WaitingRow) => <>{formatDate(r.since)}<br /><span className="muted">{t('committee.days', { count: r.waitingDays })}</span></> },
    {
      header: t('committee.purchased'),
      cell: (r: WaitingRow) => r.purchased
        ? (
          <>
            {r.purchased.providerName}
            <br /><span className="muted">{t('committee.rateVsOwn', { daily: formatKr(r.purchased.dailyRateDkk), own: formatKr(r.purchased.ownDailyRateDkk) })}</span>
            <br /><strong>{t('committee.extraSoFar', { amount: formatKr(r.purchased.extraCostDkk), days: r.purchased.days })}</strong>
          </>
        )
        : <button type="button" className="button button-secondary button-small" onClick={() => setBuying(r)} aria-label={`${t('committee.buy')}: ${r.citizen.name}`}>{t('committee.buy')}</button>,
    },
  ].filter(Boolean) as Array<{ header: string; cell: (r: WaitingRow) => React.ReactNode; className?: string; rowHeader?: boolean }>;
  return (
    <div className="committee">
      <PageHeading>{t('committee.waitingHeading')}</PageHeading>
      <p><a className="button button-secondary" href="/api/waiting-list/export.xlsx" download>{t('committee.exportXlsx')}</a></p>
      {message && <SuccessMessage text={message} onDone={() => setMessage('')} />}
      {list.isPending && <Loading />}
      {list.isError && <LoadError error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && (
        <>
          <dl className="facts facts--inline committee-totals">
            <Fact term={t('committee.totalWaiting')}>{list.data.totals.waiting}</Fact>
            <Fact term={t('committee.totalPending')}>{list.data.totals.pending}</Fact>
            <Fact term={t('committee.totalPurchased')}>{list.data.totals.purchased}</Fact>
            <Fact term={t('committee.totalDailyExtra')}>{formatKr(list.data.totals.dailyExtraDkk)}</Fact>
            <Fact term={t('committee.totalExtra')}>{formatKr(list.data.totals.extraCostDkk)}</Fact>
          </dl>
          <section aria-labelledby="waiting-queue">
            <h2 id="waiting-queue" className="h3">{t('committee.queueHeading')}</h2>
            <p className="muted">{t('committee.queueIntro')}</p>
            {list.data.waiting.length === 0 ? <p className="empty-state">{t('committee.noneWaiting')}</p>
              : <DataTable rows={list.data.waiting} rowKey={(r) => r.referralId} labelledBy="waiting-queue" columns={columns(true)} />}
          </section>
          <section aria-labelledby="waiting-pending">
            <h2 id="waiting-pending" className="h3">{t('committee.pendingHeading')}</h2>
            {list.data.pending.length === 0 ? <p className="empty-state">{t('committee.nonePending')}</p>
              : <DataTable rows={list.data.pending} rowKey={(r) => r.referralId} labelledBy="waiting-pending" columns={columns(false)} />}
          </section>
        </>
      )}
      {buying && (
        <BuyModal referralId={buying.referralId} citizenName={buying.citizen.name} ownRate={buying.ownRateDkk} onClose={() => setBuying(null)}
          onDone={() => { setBuying(null); setMessage(t('committee.bought')); void qc.invalidateQueries({ queryKey: committeeKeys.all }); }} />
      )}
    </div>
  );
}
