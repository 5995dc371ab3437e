import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable';
import { PageHeading } from '../../components/PageHeading';
import { LoadError, Loading } from '../../components/QueryState';
import { SelectField } from '../../components/SelectField';
import { formatDate } from '../../lib/dates';
import { referralStates } from './labels';
import { useOpenRevisitations, useReferrals } from './api';
import { StateTag, UrgencyTag } from './tags';
import './referrals.css';

/** Henvisninger: the case worker's referrals (most urgent and oldest first), and open re-visitation reports to answer. */
export default function ReferralsPage() {
  const { t } = useTranslation();
  const [state, setState] = useState('');
  const list = useReferrals(state);
  const reports = useOpenRevisitations();
  return (
    <>
      <PageHeading>{t('referrals.heading')}</PageHeading>
      <div className="referrals-toolbar">
        <SelectField
          id="referrals-state"
          label={t('referrals.filterState')}
          value={state}
          onChange={setState}
          placeholder={t('referrals.allStates')}
          options={referralStates.map((s) => ({ value: s, label: t(`referrals.states.${s}`) }))}
        />
        <Link className="button button-primary" to="/henvisninger/ny">
          {t('referrals.new')}
        </Link>
      </div>
      {reports.data && reports.data.length > 0 && (
        <section aria-labelledby="referrals-revisitations" className="referrals-revisitations">
          <h2 id="referrals-revisitations" className="h3">{t('referrals.revisitationsHeading')}</h2>
          <ul className="nobullet-list">
            {reports.data.map((r) => (
              <li key={r.id} className="referrals-report">
                <p>
                  <strong>{r.citizen.name}</strong> · {r.unit.name} · {formatDate(r.reportedAt.slice(0, 10))} ({r.reportedBy.name})
                </p>
                <p className="referrals-quote">{r.whatChanged}</p>
                <Link
                  className="button button-secondary"
                  to={`/henvisninger/ny?citizenId=${r.citizen.id}&revisitation=${r.id}${r.previousReferralId ? `&previous=${r.previousReferralId}` : ''}`}
                >
                  {t('referrals.answerRevisitation', { name: r.citizen.name })}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="referrals-list">
        <h2 id="referrals-list" className="h3">{state ? t(`referrals.states.${state}`) : t('referrals.allHeading')}</h2>
        {list.isPending && <Loading />}
        {list.isError && <LoadError error={list.error} onRetry={() => void list.refetch()} />}
        {list.data &&
          (list.data.length === 0 ? (
            <p className="empty-state">{t('referrals.none')}</p>
          ) : (
            <DataTable
              rows={list.data}
              labelledBy="referrals-list"
              columns={[
                { header: t('referrals.citizen'), rowHeader: true, cell: (r) => <Link to={`/henvisninger/${r.id}`}>{r.citizen.name}</Link> },
                { header: t('referrals.state'), cell: (r) => <StateTag state={r.state} /> },
                { header: t('referrals.urgency'), cell: (r) => <UrgencyTag urgency={r.urgency} /> },
                { header: t('referrals.legalBasis'), cell: (r) => r.legalBasis },
                { header: t('referrals.primaryTargetGroup'), cell: (r) => r.primaryTargetGroup?.name ?? '' },
                { header: t('referrals.receivedOn'), cell: (r) => formatDate(r.receivedOn) },
                { header: t('referrals.offeredTo'), cell: (r) => r.offeredTo?.name ?? '' },
              ]}
            />
          ))}
      </section>
    </>
  );
}
