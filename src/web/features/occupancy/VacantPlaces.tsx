import { useTranslation } from 'react-i18next';
import type { FacilityUnit } from '../../../contracts/organisation.js';
import { byName, isPlanned } from './format';

/** The facility's vacant places in one line, each linking to its unit's table: what a leader looks for first (planned ones are not vacant yet). */
export function VacantPlaces({ units }: { units: FacilityUnit[] }) {
  const { t } = useTranslation();
  const vacant = units
    .filter((u) => u.active)
    .flatMap((u) => [...u.places].sort(byName).filter((p) => p.active && !p.occupied && !isPlanned(p)).map((p) => ({ place: p, unit: u })));
  return (
    <p className="vacant-places">
      <strong>{t('occupancy.facility.vacantPlaces', { count: vacant.length })}</strong>{' '}
      {vacant.length === 0
        ? t('occupancy.facility.noVacant')
        : vacant.map(({ place, unit }, i) => (
            <span key={place.id}>
              {i > 0 && ', '}
              <a href={`#unit-${unit.id}`}>{t('occupancy.facility.vacantPlace', { place: place.name, unit: unit.name })}</a>
            </span>
          ))}
    </p>
  );
}
