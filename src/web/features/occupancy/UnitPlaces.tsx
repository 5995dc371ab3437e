import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { FacilityPlace, FacilityUnit } from '../../../contracts/organisation.js';
import { Tag } from '../../components/Badges';
import { byName, isPlanned } from './format';
import { formatDate } from '../../lib/dates';
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
        {unit.name} {!unit.active && <Tag variant="muted">{t('common.inactive')}</Tag>}
      </h3>
      <p className="muted">
        {[
          t('occupancy.facility.unitPlaces', { count: now.places }),
          t('occupancy.facility.unitOccupied', { count: now.occupied }),
          t('occupancy.facility.unitVacant', { count: now.vacant }),
        ].join(' · ')}
      </p>
      {unit.places.length === 0 ? (
        <p className="empty-state">{t('occupancy.facility.noPlaces')}</p>
      ) : (
        <DataTable
          rows={[...unit.places].sort(byName)}
          rowClassName={(p) => (p.active ? undefined : 'row-inactive')}
          labelledBy={headingId}
          variant="compact"
          className="places-table"
          columns={[
            ...placeColumns({ name: t('occupancy.facility.place'), legalBasis: t('occupancy.facility.legalBasis'), targetGroups: t('occupancy.facility.targetGroups') }),
            { header: t('occupancy.facility.status'), cell: (p) => <PlaceStatus place={p} /> },
            showOccupants && {
              header: t('occupancy.facility.occupant'),
              cell: (p) =>
                p.occupant ? <Link to={`/borgere/${p.occupant.citizenId}`}>{p.occupant.name}</Link> : p.occupied ? <span className="muted">{t('occupancy.facility.occupantHidden')}</span> : '–',
            },
          ]}
        />
      )}
    </section>
  );
}

/** Ledig stands out (it is what a leader looks for); deactivated and planned places are said so. */
function PlaceStatus({ place }: { place: FacilityPlace }) {
  const { t } = useTranslation();
  if (!place.active) return <Tag variant="muted">{t('common.inactive')}</Tag>;
  if (isPlanned(place)) return <PlannedFrom place={place} />;
  return place.occupied ? <>{t('occupancy.facility.occupied')}</> : <span className="place-vacant">{t('occupancy.facility.vacant')}</span>;
}

/** "Planlagt fra 1. mar. 2027": a place that counts and takes move-ins only from then. */
export function PlannedFrom({ place }: { place: { activeFrom: string } }) {
  const { t } = useTranslation();
  return <Tag variant="muted">{t('occupancy.facility.plannedFrom', { date: formatDate(place.activeFrom) })}</Tag>;
}
