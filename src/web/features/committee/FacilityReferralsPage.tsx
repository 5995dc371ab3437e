import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable';
import { PageHeading } from '../../components/PageHeading';
import { Tag } from '../../components/Badges';
import { LoadError, Loading } from '../../components/QueryState';
import { formatDate } from '../../lib/dates';
import { useInbox } from './api';
import './committee.css';

/** Henvisninger til tilbuddet: referrals offered to the facilities the leader leads, to answer (the rest of the queue is not theirs). */
export default function FacilityReferralsPage() {
  const { t } = useTranslation();
  const inbox = useInbox();
  return (
    <div className="committee">
      <PageHeading>{t('committee.inboxHeading')}</PageHeading>
      <p>{t('committee.inboxIntro')}</p>
      {inbox.isPending && <Loading />}
      {inbox.isError && <LoadError error={inbox.error} onRetry={() => void inbox.refetch()} />}
      {inbox.data && (inbox.data.length === 0 ? <p className="empty-state">{t('committee.inboxEmpty')}</p> : (
        <DataTable
          rows={inbox.data}
          rowKey={(r) => r.referralId}
          caption={t('committee.inboxHeading')}
          columns={[
            {
              header: t('committee.citizen'), rowHeader: true,
              cell: (r) => (
                <>
                  <Link to={`/matchingudvalg/${r.referralId}`}>{r.citizen.name}</Link>
                  {r.urgency !== 'normal' && <><br /><Tag>{t(`committee.urgencies.${r.urgency}`)}</Tag></>}
                </>
              ),
            },
            { header: t('committee.facility'), cell: (r) => r.facility.name },
            { header: t('committee.status'), cell: (r) => (r.state === 'offered' ? <Tag>{t('committee.toAnswer')}</Tag> : r.stateLabel) },
            {
              header: t('committee.forWhat'),
              cell: (r) => (
                <>
                  {r.legalBasis}<br /><span className="muted">{r.targetGroups.join(', ')}</span>
                  {r.flags.length > 0 && <><br />{r.flags.map((f) => t(`committee.flagNames.${f}`, { defaultValue: f })).join(', ')}</>}
                </>
              ),
            },
            { header: t('committee.offeredOn'), cell: (r) => (r.offeredAt ? formatDate(r.offeredAt.slice(0, 10)) : '–') },
          ]}
        />
      ))}
    </div>
  );
}
