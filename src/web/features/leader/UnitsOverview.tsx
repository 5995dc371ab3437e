import { useTranslation } from 'react-i18next';
import type { FacilityUnit } from '../../api/leader-types';
import { Tag } from '../../components/Badges';
import { formatCount } from './format';
import { OccupancyValue } from './OccupancyValue';

/** The facility's units in one table: places and occupancy today and over the year; each links to its places below. */
export function UnitsOverview({ units }: { units: FacilityUnit[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="table table--zebra figures-table units-overview">
        <caption className="sr-only">{t('leader.facility.unitsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('leader.facility.unit')}</th>
            <th scope="col" className="num">{t('leader.facilities.places')}</th>
            <th scope="col" className="num">{t('leader.facilities.occupied')}</th>
            <th scope="col" className="num">{t('leader.facilities.vacant')}</th>
            <th scope="col" className="num">{t('leader.occupancy.nowShort')}</th>
            <th scope="col" className="num">{t('leader.occupancy.periodShort')}</th>
          </tr>
        </thead>
        <tbody>
          {units.map((u) => (
            <tr key={u.id}>
              <th scope="row">
                <a href={`#unit-${u.id}`}>{u.name}</a>
                {!u.active && <Tag variant="muted">{t('leader.inactive')}</Tag>}
              </th>
              <td className="num">{formatCount(u.occupancy.now.places)}</td>
              <td className="num">{formatCount(u.occupancy.now.occupied)}</td>
              <td className="num">{formatCount(u.occupancy.now.vacant)}</td>
              <td className="num">
                <OccupancyValue figure={u.occupancy.now} />
              </td>
              <td className="num">
                <OccupancyValue figure={u.occupancy.period} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
