import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { LoadError, Loading } from '../../components/QueryState';
import { useHandover } from './api';
import { NoteItem } from './NoteItem';
import { Alert } from '../../components/Alert';

/** Vagtoverlevering: the last 24 hours' notes on my units, grouped by citizen. */
export default function HandoverPage() {
  const { t } = useTranslation();
  const handover = useHandover(24);
  return (
    <>
      <PageHeading>{t('handover.title')}</PageHeading>
      <p className="lead">{t('handover.intro', { hours: handover.data?.hours ?? 24 })}</p>
      {handover.isPending && <Loading />}
      {handover.isError && <LoadError error={handover.error} onRetry={() => void handover.refetch()} />}
      {handover.data?.truncated && (
        <Alert variant="warning" role="status">{t('handover.truncated')}</Alert>
      )}
      {handover.data && handover.data.data.length === 0 && <p className="empty-state">{t('handover.empty')}</p>}
      {handover.data?.data.map((group) => (
        <section key={group.citizen.id} className="handover-group" aria-labelledby={`ho-${group.citizen.id}`}>
          <h2 id={`ho-${group.citizen.id}`} className="h3">
            <Link to={`/borgere/${group.citizen.id}/journal`}>{group.citizen.name}</Link>{' '}
            <span className="handover-unit">{group.citizen.unitName}</span>
          </h2>
          <ol className="note-list plain-list no-max-width">
            {group.notes.map((n) => (
              <NoteItem key={n.id} note={n} readOnly />
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}
