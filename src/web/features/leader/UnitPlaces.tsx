import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { FacilityPlace, FacilityUnit } from '../../api/leader-types';
import { Tag } from '../../components/Badges';
import { byName } from './format';
import { DataTable } from '../../components/DataTable';
import { placeColumns } from './placeColumns';

/**
 * One unit's places: name, legal basis, target groups, and who lives there. The residents column
 * shows only when the user may know some of them (`showOccupants`).
 */
export function UnitPlaces({ unit, showOccupants }: { unit: FacilityUnit; showOccupants: boolean }) {
  const { t } = useTranslation();
  const headingId = `unit-${unit.id}`;
  const now = unit.occupancy.now;
  return (
    <section className="unit-places" aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1}>
        {unit.name} {!unit.active && <Tag variant="muted">{t('leader.inactive')}</Tag>}
      </h3>
      <p className="muted">
        {[
          t('leader.facility.unitPlaces', { count: now.places }),
          t('leader.facility.unitOccupied', { count: now.occupied }),
          t('leader.facility.unitVacant', { count: now.vacant }),
        ].join(' · ')}
      </p>
      {unit.places.length === 0 ? (
        <p className="empty-state">{t('leader.facility.noPlaces')}</p>
      ) : (
        <DataTable
          rows={[...unit.places].sort(byName)}
          rowClassName={(p) => (p.active ? undefined : 'row-inactive')}
          labelledBy={headingId}
          variant="compact"
          className="places-table"
          columns={[
            ...placeColumns({ name: t('leader.facility.place'), legalBasis: t('leader.facility.legalBasis'), targetGroups: t('leader.facility.targetGroups') }),
            { header: t('leader.facility.status'), cell: (p) => <PlaceStatus place={p} /> },
            showOccupants && {
              header: t('leader.facility.occupant'),
              cell: (p) =>
                p.occupant ? <Link to={`/borgere/${p.occupant.citizenId}`}>{p.occupant.name}</Link> : p.occupied ? <span className="muted">{t('leader.facility.occupantHidden')}</span> : '–',
            },
          ]}
        />
      )}
    </section>
  );
}

/** Ledig stands out (it is what a leader looks for); deactivated places are said so. */
function PlaceStatus({ place }: { place: FacilityPlace }) {
  const { t } = useTranslation();
  if (!place.active) return <Tag variant="muted">{t('leader.inactive')}</Tag>;
  return place.occupied ? <>{t('leader.facility.occupied')}</> : <span className="place-vacant">{t('leader.facility.vacant')}</span>;
}
