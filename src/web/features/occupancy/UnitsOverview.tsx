import { useTranslation } from 'react-i18next';
import type { FacilityUnit } from '../../../contracts/organisation.js';
import { Tag } from '../../components/Badges';
import { DataTable } from '../../components/DataTable';
import { formatCount } from './format';
import { OccupancyValue } from './OccupancyValue';

/** The facility's units in one table: places and occupancy today and over the year; each links to its places below. */
export function UnitsOverview({ units }: { units: FacilityUnit[] }) {
  const { t } = useTranslation();
  return (
    <DataTable
      rows={units}
      caption={t('occupancy.facility.unitsCaption')}
      className="figures-table units-overview"
      columns={[
        {
          header: t('occupancy.facility.unit'),
          rowHeader: true,
          cell: (u) => (
            <>
              <a href={`#unit-${u.id}`}>{u.name}</a>
              {!u.active && <Tag variant="muted">{t('common.inactive')}</Tag>}
            </>
          ),
        },
        { header: t('occupancy.facilities.places'), className: 'num', cell: (u) => formatCount(u.occupancy.now.places) },
        { header: t('occupancy.facilities.occupied'), className: 'num', cell: (u) => formatCount(u.occupancy.now.occupied) },
        { header: t('occupancy.facilities.vacant'), className: 'num', cell: (u) => formatCount(u.occupancy.now.vacant) },
        { header: t('occupancy.nowShort'), className: 'num', cell: (u) => <OccupancyValue figure={u.occupancy.now} /> },
        { header: t('occupancy.periodShort'), className: 'num', cell: (u) => <OccupancyValue figure={u.occupancy.period} /> },
      ]}
    />
  );
}
