import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { LoadError, Loading } from '../../components/QueryState';
import { RadioGroup } from '../../components/RadioGroup';
import { useHandover } from './api';
import { NoteItem } from './NoteItem';
import { Alert } from '../../components/Alert';

/** The periods offered (the API takes 1–72 hours): a day, or back over a weekend. */
export const HANDOVER_HOURS = [24, 48, 72] as const;

/** The chosen period from ?timer=, 24 hours unless it names one of the offered periods. */
function useHandoverHours(): [number, (hours: number) => void] {
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('timer'));
  const hours = HANDOVER_HOURS.find((h) => h === asked) ?? HANDOVER_HOURS[0];
  const choose = (h: number) => setParams(h === HANDOVER_HOURS[0] ? {} : { timer: String(h) }, { replace: true });
  return [hours, choose];
}

/** Vagtoverlevering: the last 24, 48 or 72 hours' notes on my units, grouped by citizen. */
export default function HandoverPage() {
  const { t } = useTranslation();
  const [hours, chooseHours] = useHandoverHours();
  const handover = useHandover(hours);
  return (
    <>
      <PageHeading>{t('journal.handover.title')}</PageHeading>
      <p className="lead">{t('journal.handover.intro', { hours })}</p>
      <div className="radio-inline">
        <RadioGroup
          name="handover-hours"
          legend={t('journal.handover.period')}
          options={HANDOVER_HOURS.map((h) => ({ value: String(h), label: t('journal.handover.hours', { count: h }) }))}
          value={String(hours)}
          onChange={(v) => chooseHours(Number(v))}
        />
      </div>
      {handover.isPending && <Loading />}
      {handover.isError && <LoadError error={handover.error} onRetry={() => void handover.refetch()} />}
      {handover.data?.truncated && (
        <Alert variant="warning" role="status">{t('journal.handover.truncated')}</Alert>
      )}
      <div aria-busy={handover.isPlaceholderData}>
        {handover.data && handover.data.data.length === 0 && <p className="empty-state">{t('journal.handover.empty')}</p>}
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
      </div>
    </>
  );
}
