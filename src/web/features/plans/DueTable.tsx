import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { DueItem } from '../../../contracts/plans.js';
import { formatDate } from '../../lib/dates';
import { DataTable } from '../../components/DataTable';

/** Which place columns say something: no need to repeat one unit or facility on every row. */
export interface DueColumns {
  unit: boolean;
  facility: boolean;
}

interface Props {
  items: DueItem[];
  /** Id of the section heading that names the table. */
  labelledBy: string;
  overdue: boolean;
  columns: DueColumns;
}

/** One section of the due list: who, which goal, where, who follows up, and when the follow-up is due. */
export function DueTable({ items, labelledBy, overdue, columns }: Props) {
  const { t } = useTranslation();
  return (
    <DataTable
      rows={items}
      rowKey={(item) => item.goalId}
      labelledBy={labelledBy}
      className={`due-table${columns.unit ? '' : ' due-table--no-unit'}`}
      columns={[
        {
          header: t('plans.due.citizen'),
          headerClassName: 'due-col-citizen',
          cell: (item) => (
            <Link to={`/borgere/${item.citizenId}/mal/${item.goalId}`} className="due-citizen">
              {item.citizenName}
            </Link>
          ),
        },
        { header: t('plans.due.goal'), cell: (item) => item.goalTitle },
        columns.unit && {
          header: t('plans.due.unit'),
          headerClassName: 'due-col-unit',
          cell: (item) => (
            <>
              {item.unitName ?? t('plans.due.noUnit')}
              {columns.facility && item.facilityName && <span className="due-facility">{item.facilityName}</span>}
            </>
          ),
        },
        { header: t('plans.due.responsible'), headerClassName: 'due-col-responsible', cell: (item) => <Responsible who={item.responsible} /> },
        {
          header: t('plans.due.date'),
          headerClassName: 'due-col-date',
          cell: (item) => (
            <>
              <span className="nowrap">{formatDate(item.date)}</span>
              <DueWhen daysOverdue={item.daysOverdue} overdue={overdue} />
            </>
          ),
        },
      ]}
    />
  );
}

/** The place columns worth showing for these items. */
export function dueColumns(items: DueItem[]): DueColumns {
  const distinct = (values: Array<string | null>) => new Set(values).size;
  return { unit: distinct(items.map((i) => i.unitName)) > 1, facility: distinct(items.map((i) => i.facilityName)) > 1 };
}

/** The colleague or outside actor responsible for the goal, or a muted "Ingen ansvarlig". */
function Responsible({ who }: { who: DueItem['responsible'] }) {
  const { t } = useTranslation();
  const name = who.name ?? who.external;
  return name ? <>{name}</> : <span className="due-none">{t('plans.due.noResponsible')}</span>;
}

/** "41 dage over tid" as a red badge, or "i dag" / "om 3 dage" for those coming up. */
function DueWhen({ daysOverdue, overdue }: { daysOverdue: number; overdue: boolean }) {
  const { t } = useTranslation();
  if (overdue) return <span className="badge badge-overdue due-badge">{t('plans.due.daysOverdue', { count: daysOverdue })}</span>;
  return <span className="due-when">{daysOverdue === 0 ? t('plans.due.today') : t('plans.due.inDays', { count: -daysOverdue })}</span>;
}
