import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { FacilityPlace, FacilityUnit } from '../../api/leader-types';
import { Tag } from '../../components/Badges';
import { byName } from './format';

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
        <div className="table-scroll">
          <table className="table table--compact places-table" aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">{t('leader.facility.place')}</th>
                <th scope="col">{t('leader.facility.legalBasis')}</th>
                <th scope="col">{t('leader.facility.targetGroups')}</th>
                <th scope="col">{t('leader.facility.status')}</th>
                {showOccupants && <th scope="col">{t('leader.facility.occupant')}</th>}
              </tr>
            </thead>
            <tbody>
              {[...unit.places].sort(byName).map((p) => (
                <tr key={p.id} className={!p.active ? 'row-inactive' : undefined}>
                  <th scope="row">{p.name}</th>
                  <td className="nowrap">{p.legalBasis}</td>
                  <td>{p.targetGroups.map((g) => g.name).join(', ') || '–'}</td>
                  <td>
                    <PlaceStatus place={p} />
                  </td>
                  {showOccupants && <td>{p.occupant ? <Link to={`/borgere/${p.occupant.citizenId}`}>{p.occupant.name}</Link> : p.occupied ? <span className="muted">{t('leader.facility.occupantHidden')}</span> : '–'}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
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
