import { useTranslation } from 'react-i18next';
import type { Citizen } from '../../../contracts/citizens';
import { formatDate } from '../../lib/dates';
import { homeService } from './home-service';

/** Where the citizen lives now — a place, or their own home with the team supporting them — on what legal basis, since when. */
export function PlacementFacts({ citizen }: { citizen: Citizen }) {
  const { t } = useTranslation();
  const p = citizen.placement;
  const home = homeService(citizen);
  if (!p && !home) return <p className="muted">{t('citizens.citizen.noPlacement')}</p>;
  const rows: Array<[string, string | null]> = p
    ? [
        [t('citizens.citizen.facility'), p.facilityName],
        [t('citizens.citizen.unit'), p.unitName],
        [t('citizens.citizen.place'), p.placeName],
        [t('citizens.citizen.legalBasis'), p.legalBasis],
        [t('citizens.citizen.since'), formatDate(p.since)],
        ...(p.until ? [[t('citizens.citizen.until'), formatDate(p.until)] as [string, string]] : []),
      ]
    : [
        [t('citizens.citizen.place'), t('visits.ownHome')],
        [t('citizens.citizen.facility'), home!.facilityName],
        [t('citizens.citizen.deliveredBy'), home!.unitName],
        [t('citizens.citizen.legalBasis'), home!.legalBasis],
        [t('citizens.citizen.since'), formatDate(home!.startDate)],
      ];
  return (
    <dl className="facts">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value || '–'}</dd>
        </div>
      ))}
    </dl>
  );
}
