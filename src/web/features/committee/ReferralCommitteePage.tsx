import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable';
import { Fact } from '../../components/Fact';
import { PageHeading } from '../../components/PageHeading';
import { Panel } from '../../components/Panel';
import { Tag } from '../../components/Badges';
import { LoadError, Loading } from '../../components/QueryState';
import { SuccessMessage } from '../../components/SuccessMessage';
import { formatDate, formatDateTime } from '../../lib/dates';
import { committeeKeys, formatKr, useCommitteeReferral, type CommitteeReferral, type PurchasedPlace } from './api';
import { StepModal } from './StepModal';
import { ActionPlanFacts } from './ActionPlanFacts';
import { BuyModal, EndModal } from './PurchaseModals';
import './committee.css';

type Action = CommitteeReferral['steps'][number]['action'];

/** One referral in the matching committee: what it asks for, the § 141 plan, the steps this user may take, and each step so far. */
export default function ReferralCommitteePage() {
  const { t } = useTranslation();
  const { referralId = '' } = useParams();
  const qc = useQueryClient();
  const referral = useCommitteeReferral(referralId);
  const [action, setAction] = useState<Action | null>(null);
  const [buying, setBuying] = useState(false);
  const [ending, setEnding] = useState<PurchasedPlace | null>(null);
  const [message, setMessage] = useState('');
  if (referral.isPending) return <Loading />;
  if (referral.isError) return <LoadError error={referral.error} onRetry={() => void referral.refetch()} />;
  const r = referral.data;
  const refresh = (text: string) => {
    setMessage(text);
    void qc.invalidateQueries({ queryKey: committeeKeys.all });
  };
  const running = r.purchasedPlaces.find((p) => p.endDate === null);
  const mayBuy = r.facilities.length > 0 || r.steps.some((s) => s.action === 'wait' || s.action === 'refuse');
  return (
    <div className="committee">
      <PageHeading>{t('committee.referralHeading', { name: r.citizen.name })}</PageHeading>
      {message && <SuccessMessage text={message} onDone={() => setMessage('')} />}
      <div className="committee-state">
        <Tag>{r.stateLabel}</Tag>
        {r.offeredFacility && ['offered', 'accepted', 'accepted_on_condition', 'declined'].includes(r.state) && <span>{t('committee.offeredTo', { name: r.offeredFacility.name })}</span>}
      </div>
      {r.steps.length > 0 && (
        <div className="committee-steps" role="group" aria-label={t('committee.stepsLabel')}>
          {r.steps.map((s, i) => (
            <button key={s.action} type="button" className={i === 0 ? 'button button-primary' : 'button button-secondary'} onClick={() => setAction(s.action)}>
              {s.label}
            </button>
          ))}
        </div>
      )}
      <div className="committee-grid">
        <Panel id="referral-facts" heading={t('committee.referral')}>
          <dl className="facts">
            <Fact term={t('committee.type')}>{r.type.name}</Fact>
            <Fact term={t('committee.received')}>{formatDate(r.receivedOn)}</Fact>
            <Fact term={t('committee.legalBasis')}>{r.legalBasis}</Fact>
            <Fact term={t('committee.targetGroups')}>{r.targetGroups.map((g) => g.name).join(', ') || '–'}</Fact>
            <Fact term={t('committee.urgency')}>{t(`committee.urgencies.${r.urgency}`)}</Fact>
            {r.flags.length > 0 && <Fact term={t('committee.flags')}>{r.flags.map((f) => t(`committee.flagNames.${f}`, { defaultValue: f })).join(', ')}</Fact>}
            <Fact term={t('committee.caseWorker')}>{r.caseWorkerName}</Fact>
            {r.decidedAt && <Fact term={t('committee.decidedAt')}>{formatDateTime(r.decidedAt)}</Fact>}
          </dl>
          {r.interventionId && <p><Link to={`/borgere/${r.citizen.id}/handleplan`}>{t('committee.seeService')}</Link></p>}
        </Panel>
        <Panel id="referral-plan" heading={t('committee.planHeading')}>
          <ActionPlanFacts plan={r.plan} />
        </Panel>
      </div>
      <Panel id="referral-history" heading={t('committee.history')}>
        <DataTable
          rows={r.transitions}
          rowKey={(s) => String(s.seq)}
          labelledBy="referral-history"
          columns={[
            { header: t('committee.when'), rowHeader: true, cell: (s) => formatDateTime(s.at) },
            { header: t('committee.step'), cell: (s) => s.actionLabel },
            { header: t('committee.who'), cell: (s) => s.actorName },
            { header: t('committee.where'), cell: (s) => [s.orgUnit?.name, s.place?.name].filter(Boolean).join(', ') || '–' },
            { header: t('committee.why'), cell: (s) => s.reason ?? s.condition ?? '–' },
          ]}
        />
      </Panel>
      {(r.purchasedPlaces.length > 0 || mayBuy) && (
        <Panel id="referral-purchased" heading={t('committee.purchasedHeading')}>
          {r.purchasedPlaces.length === 0 ? <p className="empty-state">{t('committee.noPurchased')}</p> : (
            <DataTable
              rows={r.purchasedPlaces}
              rowKey={(p) => p.id}
              labelledBy="referral-purchased"
              columns={[
                { header: t('committee.provider'), rowHeader: true, cell: (p) => p.providerName },
                { header: t('committee.period'), cell: (p) => `${formatDate(p.startDate)} – ${p.endDate ? formatDate(p.endDate) : ''}` },
                { header: t('committee.dailyRate'), cell: (p) => formatKr(p.dailyRateDkk), className: 'num' },
                { header: t('committee.ownRateShort'), cell: (p) => formatKr(p.ownDailyRateDkk), className: 'num' },
                { header: t('committee.extraCost'), cell: (p) => formatKr(p.extraCostDkk), className: 'num' },
                {
                  header: t('committee.end'), hiddenHeader: true,
                  cell: (p) => (p.endDate === null ? <button type="button" className="button button-secondary" onClick={() => setEnding(p)}>{t('committee.end')}</button> : null),
                },
              ]}
            />
          )}
          {!running && mayBuy && <button type="button" className="button button-secondary" onClick={() => setBuying(true)}>{t('committee.buy')}</button>}
        </Panel>
      )}
      {action && (
        <StepModal referral={r} action={action} onClose={() => setAction(null)}
          onDone={(next) => { setAction(null); qc.setQueryData(committeeKeys.referral(r.id), next); refresh(t('committee.stepDone', { state: next.stateLabel })); }} />
      )}
      {buying && (
        <BuyModal referralId={r.id} citizenName={r.citizen.name} ownRate={null} onClose={() => setBuying(false)}
          onDone={() => { setBuying(false); refresh(t('committee.bought')); }} />
      )}
      {ending && <EndModal place={ending} onClose={() => setEnding(null)} onDone={() => { setEnding(null); refresh(t('committee.ended')); }} />}
    </div>
  );
}
