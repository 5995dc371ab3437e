import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { DueItem, DueList } from '../../../contracts/plans.js';
import { PageHeading } from '../../components/PageHeading';
import { LoadError, Loading } from '../../components/QueryState';
import { DUE_DAYS, useDueList } from './due-api';
import { DueTable, dueColumns, type DueColumns } from './DueTable';
import { DueUnitFilter, useDueUnitOptions } from './DueUnitFilter';
import './due.css';

/** Opfølgninger: goals whose follow-up is overdue or due within the next 14 days. */
export default function DueListPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const orgUnitId = params.get('enhed') ?? '';
  const options = useDueUnitOptions();
  const due = useDueList(orgUnitId);
  const choose = (id: string) => setParams(id ? { enhed: id } : {}, { replace: true });
  const spansUnits = !orgUnitId && options.length > 1;

  return (
    <>
      <PageHeading>{t('plans.due.title')}</PageHeading>
      <p className="lead">{t('plans.due.intro', { days: DUE_DAYS })}</p>
      {(options.length > 1 || orgUnitId) && <DueUnitFilter value={orgUnitId} onChange={choose} options={options} />}
      {due.isPending && <Loading />}
      {due.isError && <LoadError error={due.error} onRetry={() => void due.refetch()} />}
      {due.data && <DueSections data={due.data} busy={due.isFetching} spansUnits={spansUnits} />}
    </>
  );
}

/** The two sections; the unit column shows when the list spans units, the facility when it spans facilities. */
function DueSections({ data, busy, spansUnits }: { data: DueList; busy: boolean; spansUnits: boolean }) {
  const { t } = useTranslation();
  const found = dueColumns([...data.overdue, ...data.upcoming]);
  const columns = { unit: found.unit || spansUnits, facility: found.facility };
  return (
    <div aria-busy={busy}>
      <DueSection
        id="due-overdue"
        title={t('plans.due.overdueHeading', { count: data.overdue.length })}
        items={data.overdue}
        empty={t('plans.due.overdueEmpty')}
        overdue
        columns={columns}
      />
      <DueSection
        id="due-upcoming"
        title={t('plans.due.upcomingHeading', { days: DUE_DAYS, count: data.upcoming.length })}
        items={data.upcoming}
        empty={t('plans.due.upcomingEmpty', { days: DUE_DAYS })}
        overdue={false}
        columns={columns}
      />
    </div>
  );
}

interface SectionProps {
  id: string;
  title: string;
  items: DueItem[];
  empty: string;
  overdue: boolean;
  columns: DueColumns;
}

function DueSection({ id, title, items, empty, overdue, columns }: SectionProps) {
  return (
    <section className="due-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {items.length === 0 ? <p className="empty-state">{empty}</p> : <DueTable items={items} labelledBy={id} overdue={overdue} columns={columns} />}
    </section>
  );
}
