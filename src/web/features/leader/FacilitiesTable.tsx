import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { FacilitySummary } from '../../api/leader-types';
import { formatCount, pctOf } from './format';
import { OccupancyValue } from './OccupancyValue';

interface Props {
  facilities: FacilitySummary[];
  caption: string;
  targetPct: number;
  /** Name each facility's center under it; off when all share one center (the page says which). */
  showCenter: boolean;
}

/**
 * The facilities side by side: places, occupied, vacant and occupancy against the target, then
 * the follow-ups overdue and the covers running now (counts: no one is named); totals below.
 */
export function FacilitiesTable({ facilities, caption, targetPct, showCenter }: Props) {
  const { t } = useTranslation();
  const places = facilities.reduce((n, f) => n + f.places, 0);
  const occupied = facilities.reduce((n, f) => n + f.occupied, 0);
  const totalPct = pctOf(occupied, places);
  const overdue = facilities.reduce((n, f) => n + f.overdueFollowUps, 0);
  const covers = facilities.reduce((n, f) => n + f.runningCovers, 0);
  return (
    <div className="table-scroll">
      <table className="table table--zebra figures-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('leader.facilities.facility')}</th>
            <th scope="col" className="num">{t('leader.facilities.places')}</th>
            <th scope="col" className="num">{t('leader.facilities.occupied')}</th>
            <th scope="col" className="num">{t('leader.facilities.vacant')}</th>
            <th scope="col" className="num">{t('leader.facilities.occupancy')}</th>
            <th scope="col" className="num">{t('leader.facilities.overdueFollowUps')}</th>
            <th scope="col" className="num">{t('leader.facilities.runningCovers')}</th>
          </tr>
        </thead>
        <tbody>
          {facilities.map((f) => (
            <tr key={f.id} className={f.belowTarget ? 'row-below-target' : undefined}>
              <th scope="row">
                <Link to={`/tilbud/${f.id}`}>{f.name}</Link>
                {showCenter && f.centerName && <span className="figures-sub">{f.centerName}</span>}
              </th>
              <td className="num">{formatCount(f.places)}</td>
              <td className="num">{formatCount(f.occupied)}</td>
              <td className="num">{formatCount(f.vacant)}</td>
              <td className="num">
                <OccupancyValue figure={f} />
              </td>
              <td className="num">
                <OverdueCount count={f.overdueFollowUps} />
              </td>
              <td className="num">{formatCount(f.runningCovers)}</td>
            </tr>
          ))}
        </tbody>
        {facilities.length > 1 && (
          <tfoot>
            <tr>
              <th scope="row">
                {t('leader.facilities.total')}
              </th>
              <td className="num">{formatCount(places)}</td>
              <td className="num">{formatCount(occupied)}</td>
              <td className="num">{formatCount(places - occupied)}</td>
              <td className="num">
                <OccupancyValue figure={{ occupancyPct: totalPct, targetPct, belowTarget: totalPct !== null && totalPct < targetPct }} />
              </td>
              <td className="num">
                <OverdueCount count={overdue} />
              </td>
              <td className="num">{formatCount(covers)}</td>
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}

/** Overdue follow-ups stand out in red when there are any; none is a plain 0. */
function OverdueCount({ count }: { count: number }) {
  return count > 0 ? <span className="badge badge-overdue">{formatCount(count)}</span> : <>{formatCount(count)}</>;
}
