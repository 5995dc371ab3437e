import { useTranslation } from 'react-i18next';
import type { AgainstTarget, OccupancyNow, OccupancyPeriod } from '../../../contracts/organisation.js';
import { formatDate } from '../../lib/dates';
import { formatCount, formatPct } from './format';
import { OccupancyMeter } from './OccupancyMeter';
import { OccupancyValue } from './OccupancyValue';
import { Panel } from '../../components/Panel';
import { Fact } from '../../components/Fact';

/** Occupancy today and over the last year (place-days), each against the target. */
export function OccupancySummary({ now, period }: { now: OccupancyNow; period: OccupancyPeriod }) {
  const { t } = useTranslation();
  return (
    <div className="occ-summary">
      <Panel id="occ-now" heading={t('occupancy.now')} className="occ-panel">
        <FigureAgainstTarget figure={now} />
        <dl className="facts facts--inline occ-facts">
          <Fact term={t('occupancy.facilities.places')}>{formatCount(now.places)}</Fact>
          <Fact term={t('occupancy.facilities.occupied')}>{formatCount(now.occupied)}</Fact>
          <Fact term={t('occupancy.facilities.vacant')}>{formatCount(now.vacant)}</Fact>
        </dl>
      </Panel>
      <Panel id="occ-period" heading={t('occupancy.period')} className="occ-panel">
        <FigureAgainstTarget figure={period} />
        <p className="occ-placedays">
          {t('occupancy.placeDays', { occupied: formatCount(period.occupiedPlaceDays), available: formatCount(period.availablePlaceDays) })}
          <br />
          <span className="muted">{t('occupancy.periodRange', { from: formatDate(period.from), to: formatDate(period.to), days: formatCount(period.days) })}</span>
        </p>
      </Panel>
    </div>
  );
}

/** The figure large, its meter and the target it is held against. */
function FigureAgainstTarget({ figure }: { figure: AgainstTarget }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="occ-big">
        <OccupancyValue figure={figure} />
      </p>
      <OccupancyMeter pct={figure.occupancyPct} targetPct={figure.targetPct} />
      <p className="occ-target">{t('occupancy.target', { target: formatPct(figure.targetPct) })}</p>
    </>
  );
}
