import { useTranslation } from 'react-i18next';
import type { Placement } from '../../../contracts/citizens';
import { formatDate } from '../../lib/dates';

/** Where the citizen lives now and on what legal basis (e.g. §108), since when. */
export function PlacementFacts({ placement: p }: { placement: Placement | null }) {
  const { t } = useTranslation();
  if (!p) return <p className="muted">{t('citizens.citizen.noPlacement')}</p>;
  const rows: Array<[string, string | null]> = [
    [t('citizens.citizen.facility'), p.facilityName],
    [t('citizens.citizen.unit'), p.unitName],
    [t('citizens.citizen.place'), p.placeName],
    [t('citizens.citizen.legalBasis'), p.legalBasis],
    [t('citizens.citizen.since'), formatDate(p.since)],
    ...(p.until ? [[t('citizens.citizen.until'), formatDate(p.until)] as [string, string]] : []),
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
