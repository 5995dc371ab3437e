import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { FacilitySummary } from '../../../contracts/organisation.js';
import { DataTable } from '../../components/DataTable';
import { formatCount, formatPct, pctOf } from './format';
import { OccupancyValue } from './OccupancyValue';

interface Props {
  facilities: FacilitySummary[];
  caption: string;
  /** Name each facility's center under it; off when all share one center (the page says which). */
  showCenter: boolean;
}

/** Do the facilities answer to different targets (occupancy_targets per facility or center and year)? */
export const targetsDiffer = (facilities: FacilitySummary[]) => new Set(facilities.map((f) => f.targetPct)).size > 1;

/**
 * The total's target: each facility's target weighted by its places, so the total is held against
 * what the facilities' targets add up to (the one target when they share it).
 */
export function totalTarget(facilities: FacilitySummary[]): number {
  const places = facilities.reduce((n, f) => n + f.places, 0);
  if (places === 0 || !targetsDiffer(facilities)) return facilities[0]?.targetPct ?? 0;
  return Math.round((facilities.reduce((n, f) => n + f.targetPct * f.places, 0) / places) * 10) / 10;
}

/**
 * The facilities side by side: places, occupied, vacant and occupancy against each one's target
 * (a target column when they differ), then the follow-ups overdue and the covers running now
 * (counts: no one is named); totals below.
 */
export function FacilitiesTable({ facilities, caption, showCenter }: Props) {
  const { t } = useTranslation();
  const sum = (of: (f: FacilitySummary) => number) => facilities.reduce((n, f) => n + of(f), 0);
  const places = sum((f) => f.places);
  const occupied = sum((f) => f.occupied);
  const totalPct = pctOf(occupied, places);
  const targetPct = totalTarget(facilities);
  return (
    <DataTable
      rows={facilities}
      rowClassName={(f) => (f.belowTarget ? 'row-below-target' : undefined)}
      caption={caption}
      className="figures-table"
      showFooter={facilities.length > 1}
      columns={[
        {
          header: t('occupancy.facilities.facility'),
          rowHeader: true,
          cell: (f) => (
            <>
              <Link to={`/tilbud/${f.id}`}>{f.name}</Link>
              {showCenter && f.centerName && <span className="figures-sub">{f.centerName}</span>}
            </>
          ),
          footer: t('occupancy.facilities.total'),
        },
        { header: t('occupancy.facilities.places'), className: 'num', cell: (f) => formatCount(f.places), footer: formatCount(places) },
        { header: t('occupancy.facilities.occupied'), className: 'num', cell: (f) => formatCount(f.occupied), footer: formatCount(occupied) },
        { header: t('occupancy.facilities.vacant'), className: 'num', cell: (f) => formatCount(f.vacant), footer: formatCount(places - occupied) },
        {
          header: t('occupancy.facilities.occupancy'),
          className: 'num',
          cell: (f) => <OccupancyValue figure={f} />,
          footer: <OccupancyValue figure={{ occupancyPct: totalPct, targetPct, belowTarget: totalPct !== null && totalPct < targetPct }} />,
        },
        targetsDiffer(facilities) && {
          header: t('occupancy.facilities.target'),
          className: 'num',
          cell: (f) => formatPct(f.targetPct),
          footer: formatPct(targetPct),
        },
        {
          header: t('occupancy.facilities.overdueFollowUps'),
          className: 'num',
          cell: (f) => <OverdueCount count={f.overdueFollowUps} />,
          footer: <OverdueCount count={sum((f) => f.overdueFollowUps)} />,
        },
        { header: t('occupancy.facilities.runningCovers'), className: 'num', cell: (f) => formatCount(f.runningCovers), footer: formatCount(sum((f) => f.runningCovers)) },
      ]}
    />
  );
}

/** Overdue follow-ups stand out in red when there are any; none is a plain 0. */
function OverdueCount({ count }: { count: number }) {
  return count > 0 ? <span className="badge badge-overdue">{formatCount(count)}</span> : <>{formatCount(count)}</>;
}
