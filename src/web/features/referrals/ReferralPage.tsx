import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { Alert } from '../../components/Alert';
import { DataTable } from '../../components/DataTable';
import { Fact } from '../../components/Fact';
import { PageHeading } from '../../components/PageHeading';
import { Panel } from '../../components/Panel';
import { LoadError, Loading } from '../../components/QueryState';
import { isApiError } from '../../api/client';
import { formatDate, formatDateTime } from '../../lib/dates';
import { referralKeys, uploadDocument, useReferral, type Referral } from './api';
import { DOCUMENT_ACCEPT, MAX_DOCUMENT_BYTES, otherMatters } from './labels';
import { hasReferralActions, ReferralActionsSlot } from './slots';
import { StateTag, UrgencyTag } from './tags';
import './referrals.css';

const kb = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB` : `${Math.max(1, Math.round(bytes / 1024))} kB`);

/** One referral with everything: the action plan, assessment and its roll-up, wishes, the committee's steps so far, documents. */
export default function ReferralPage() {
  const { t } = useTranslation();
  const { referralId } = useParams();
  const referral = useReferral(referralId);
  const queryClient = useQueryClient();
  if (referral.isPending) return <Loading />;
  if (referral.isError) return <LoadError error={referral.error} onRetry={() => void referral.refetch()} />;
  const r = referral.data;
  const reload = () => void queryClient.invalidateQueries({ queryKey: referralKeys.all });
  const yes = (b: boolean) => (b ? t('referrals.yes') : t('referrals.no'));
  return (
    <>
      <PageHeading title={t('referrals.pageTitle', { name: r.citizen.name })}>
        {t('referrals.pageHeading', { name: r.citizen.name })} <StateTag state={r.state} />
      </PageHeading>
      <div className="referral-actions-bar">
        {r.abilities.edit && (
          <Link className="button button-secondary" to={`/henvisninger/${r.id}/rediger`}>
            {t('referrals.edit')}
          </Link>
        )}
        <Link to="/henvisninger">{t('referrals.back')}</Link>
      </div>
      <div className="referral-columns">
        <Panel id="ref-facts" heading={t('referrals.sections.basics')}>
          <dl className="fact-list">
            <Fact term={t('referrals.type')}>{r.type.name}</Fact>
            <Fact term={t('referrals.state')}>{t('referrals.stateSince', { state: t(`referrals.states.${r.state}`), date: formatDateTime(r.stateSince) })}</Fact>
            <Fact term={t('referrals.urgency')}><UrgencyTag urgency={r.urgency} /></Fact>
            <Fact term={t('referrals.legalBasisSought')}>{r.legalBasis}</Fact>
            <Fact term={t('referrals.receivedOn')}>{formatDate(r.receivedOn)}</Fact>
            <Fact term={t('referrals.caseWorker')}>{r.caseWorker.name}</Fact>
            {r.offeredTo && <Fact term={t('referrals.offeredTo')}>{r.offeredTo.name}</Fact>}
            <Fact term={t('referrals.expectedMoveIn')}>{r.expectedMoveIn ? formatDate(r.expectedMoveIn) : t('referrals.notGiven')}</Fact>
            <Fact term={t('referrals.supportNeed')}>{r.supportNeed?.name ?? t('referrals.notGiven')}</Fact>
            {r.previousReferralId && <Fact term={t('referrals.previous')}><Link to={`/henvisninger/${r.previousReferralId}`}>{t('referrals.openPrevious')}</Link></Fact>}
            {r.decidedAt && <Fact term={t('referrals.decidedAt')}>{formatDateTime(r.decidedAt)}</Fact>}
          </dl>
        </Panel>
        <Panel id="ref-next" heading={t('referrals.nextHeading')} className="referral-next">
          {/* Extension point: the committee feature registers its step buttons (slots.ts). */}
          <ReferralActionsSlot referral={r} onChanged={reload} />
          {!hasReferralActions() && <p className="empty-state">{t('referrals.nextEmpty')}</p>}
        </Panel>
      </div>
      <Panel id="ref-plan" heading={t('referrals.sections.plan')}>
        <dl className="fact-list referral-plan">
          <Fact term={t('referrals.plan.purpose')}>{r.actionPlan.purpose}</Fact>
          <Fact term={t('referrals.plan.interventionsNeeded')}>{r.actionPlan.interventionsNeeded}</Fact>
          <Fact term={t('referrals.plan.expectedDuration')}>{r.actionPlan.expectedDuration}</Fact>
          {otherMatters.filter((k) => r.actionPlan.otherMatters[k].trim()).map((k) => (
            <Fact key={k} term={t(`referrals.plan.${k}`)}>{r.actionPlan.otherMatters[k]}</Fact>
          ))}
        </dl>
      </Panel>
      <div className="referral-columns">
        <Panel id="ref-groups" heading={t('referrals.sections.groups')}>
          <dl className="fact-list">
            <Fact term={t('referrals.targetGroups')}>
              <ol className="referral-ordered">{r.targetGroups.map((g) => <li key={g.code}>{g.name}{g.position === 1 ? ` (${t('referrals.primary')})` : ''}</li>)}</ol>
            </Fact>
            <Fact term={t('referrals.flagsLabel')}>{r.flags.length ? r.flags.map((f) => t(`referrals.flags.${f}`)).join(', ') : t('referrals.noneShort')}</Fact>
            <Fact term={t('referrals.methodsWanted')}>{r.methodsWanted.length ? r.methodsWanted.map((m) => m.name).join(', ') : t('referrals.noneShort')}</Fact>
          </dl>
        </Panel>
        <Panel id="ref-wishes" heading={t('referrals.sections.wishes')}>
          <dl className="fact-list">
            <Fact term={t('referrals.wishesText')}>{r.wishes.text || t('referrals.notGiven')}</Fact>
            <Fact term={t('referrals.wishArea')}>{[r.wishes.municipality?.name, r.wishes.district].filter(Boolean).join(', ') || t('referrals.notGiven')}</Fact>
            <Fact term={t('referrals.familyArea')}>{[r.wishes.familyMunicipality?.name, r.wishes.familyDistrict].filter(Boolean).join(', ') || t('referrals.notGiven')}</Fact>
            <Fact term={t('referrals.pets')}>{yes(r.wishes.pets)}</Fact>
            <Fact term={t('referrals.physical')}>
              {[r.needs.ownBath && t('referrals.ownBath'), r.needs.ownKitchen && t('referrals.ownKitchen'), r.needs.minAreaM2 !== null && t('referrals.minAreaValue', { m2: r.needs.minAreaM2 })].filter(Boolean).join(', ') || t('referrals.noneShort')}
            </Fact>
          </dl>
        </Panel>
      </div>
      <Panel id="ref-assessment" heading={t('referrals.sections.assessment')}>
        <DataTable
          rows={r.areas}
          rowKey={(a) => a.area.code}
          caption={t('referrals.rollUpCaption')}
          showCaption
          variant="compact"
          columns={[
            { header: t('referrals.area'), rowHeader: true, cell: (a) => a.area.name },
            { header: t('referrals.rollUpLevel'), cell: (a) => (a.level === null ? t('referrals.notAssessed') : <LevelBar level={a.level} />) },
          ]}
        />
        {r.assessment.length > 0 && (
          <DataTable
            rows={r.assessment}
            rowKey={(a) => a.condition.code}
            caption={t('referrals.conditionsCaption')}
            showCaption
            variant="compact"
            columns={[
              { header: t('referrals.condition'), rowHeader: true, cell: (a) => a.condition.name },
              { header: t('referrals.area'), cell: (a) => a.area.name },
              { header: t('referrals.level'), cell: (a) => a.level.name },
              { header: t('referrals.note'), cell: (a) => a.note },
            ]}
          />
        )}
      </Panel>
      <Panel id="ref-history" heading={t('referrals.historyHeading')}>
        <DataTable
          rows={r.transitions}
          rowKey={(s) => s.seq}
          labelledBy="ref-history"
          columns={[
            { header: t('referrals.when'), rowHeader: true, cell: (s) => formatDateTime(s.at) },
            { header: t('referrals.step'), cell: (s) => s.actionLabel },
            { header: t('referrals.state'), cell: (s) => s.toStateLabel },
            { header: t('referrals.who'), cell: (s) => s.actor.name },
            { header: t('referrals.details'), cell: (s) => [s.orgUnit?.name, s.reason, s.condition].filter(Boolean).join(' · ') },
          ]}
        />
      </Panel>
      <Documents referral={r} onUploaded={reload} />
    </>
  );
}

function LevelBar({ level }: { level: number }) {
  const { t } = useTranslation();
  return (
    <span className="referral-level">
      <span className={`referral-level-bar referral-level-${level}`} aria-hidden="true" />
      {t('referrals.levelOf', { level })}
    </span>
  );
}

function Documents({ referral: r, onUploaded }: { referral: Referral; onUploaded: () => void }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const upload = async (file: File | undefined) => {
    if (!file) return;
    setMessage(null);
    if (file.size > MAX_DOCUMENT_BYTES) {
      setMessage({ kind: 'error', text: t('referrals.tooLarge') });
      return;
    }
    setBusy(true);
    try {
      await uploadDocument(r.id, file);
      setMessage({ kind: 'success', text: t('referrals.uploaded', { name: file.name }) });
      onUploaded();
    } catch (e) {
      setMessage({ kind: 'error', text: isApiError(e) ? e.message : t('referrals.uploadFailed') });
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };
  return (
    <Panel id="ref-documents" heading={t('referrals.documentsHeading')}>
      {r.documents.length === 0 ? (
        <p className="empty-state">{t('referrals.noDocuments')}</p>
      ) : (
        <ul className="nobullet-list referral-documents">
          {r.documents.map((d) => (
            <li key={d.id}>
              <a href={`/api/referrals/${r.id}/documents/${d.id}`} download={d.fileName}>{d.fileName}</a>{' '}
              <span className="form-hint">({kb(d.sizeBytes)}, {d.uploadedBy.name}, {formatDateTime(d.uploadedAt)})</span>
            </li>
          ))}
        </ul>
      )}
      {r.abilities.upload && (
        <div className="form-group">
          <label className="form-label" htmlFor="ref-upload">{t('referrals.attach')}</label>
          <span className="form-hint" id="ref-upload-hint">{t('referrals.attachHint')}</span>
          <input id="ref-upload" ref={input} type="file" className="form-input" accept={DOCUMENT_ACCEPT} aria-describedby="ref-upload-hint" disabled={busy} onChange={(e) => void upload(e.target.files?.[0])} />
        </div>
      )}
      {message && <Alert variant={message.kind}>{message.text}</Alert>}
    </Panel>
  );
}
