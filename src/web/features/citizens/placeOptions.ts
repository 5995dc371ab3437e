import type { FacilityDetail } from '../../../contracts/organisation.js';
import type { Option } from '../../components/SelectField';

/** The facility's vacant places (active, on active units, not occupied today) as select options "Plads – Afdeling". */
export function vacantPlaceOptions(facility: FacilityDetail | undefined): Option[] {
  if (!facility) return [];
  return facility.units
    .filter((u) => u.active)
    .flatMap((u) =>
      u.places
        .filter((p) => p.active && !p.occupied)
        .map((p) => ({ value: p.id, label: `${p.name} – ${u.name} (${p.legalBasis})` })),
    )
    .sort((a, b) => a.label.localeCompare(b.label, 'da'));
}
