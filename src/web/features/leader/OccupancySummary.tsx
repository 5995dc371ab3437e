import { useTranslation } from 'react-i18next';
import type { OccupancyNow, OccupancyPeriod } from '../../api/leader-types';
import { formatDate } from '../../lib/dates';
import { formatCount, formatPct } from './format';
import { OccupancyMeter } from './OccupancyMeter';
import { OccupancyValue } from './OccupancyValue';

/** Occupancy today and over the last year (place-days), each against the target. */
export function OccupancySummary({ now, period }: { now: OccupancyNow; period: OccupancyPeriod }) {
  const { t } = useTranslation();
  return (
    <div className="occ-summary">
      <section className="panel occ-panel" aria-labelledby="occ-now">
        <h2 id="occ-now" className="h3">
          {t('leader.occupancy.now')}
        </h2>
        <p className="occ-big">
          <OccupancyValue figure={now} />
        </p>
        <OccupancyMeter pct={now.occupancyPct} targetPct={now.targetPct} />
        <p className="occ-target">{t('leader.occupancy.target', { target: formatPct(now.targetPct) })}</p>
        <dl className="facts facts--inline occ-facts">
          <div>
            <dt>{t('leader.facilities.places')}</dt>
            <dd>{formatCount(now.places)}</dd>
          </div>
          <div>
            <dt>{t('leader.facilities.occupied')}</dt>
            <dd>{formatCount(now.occupied)}</dd>
          </div>
          <div>
            <dt>{t('leader.facilities.vacant')}</dt>
            <dd>{formatCount(now.vacant)}</dd>
          </div>
        </dl>
      </section>
      <section className="panel occ-panel" aria-labelledby="occ-period">
        <h2 id="occ-period" className="h3">
          {t('leader.occupancy.period')}
        </h2>
        <p className="occ-big">
          <OccupancyValue figure={period} />
        </p>
        <OccupancyMeter pct={period.occupancyPct} targetPct={period.targetPct} />
        <p className="occ-target">{t('leader.occupancy.target', { target: formatPct(period.targetPct) })}</p>
        <p className="occ-placedays">
          {t('leader.occupancy.placeDays', { occupied: formatCount(period.occupiedPlaceDays), available: formatCount(period.availablePlaceDays) })}
          <br />
          <span className="muted">{t('leader.occupancy.periodRange', { from: formatDate(period.from), to: formatDate(period.to), days: formatCount(period.days) })}</span>
        </p>
      </section>
    </div>
  );
}
