import { useTranslation } from 'react-i18next';
import type { PlacesSummary } from '../../../contracts/facility-profiles.js';
import { Fact } from '../../components/Fact';

/** What the active places are approved for and their physical standards, summed up (kept on each place). */
export function PlacesSummaryView({ places, editedWhere }: { places: PlacesSummary; editedWhere: string }) {
  const { t } = useTranslation();
  const all = places.places;
  const count = (pred: (p: PlacesSummary['places'][number]) => boolean) => all.filter(pred).length;
  const areas = all.map((p) => p.areaM2).filter((a): a is number => a !== null);
  const noArea = all.length - areas.length;
  return (
    <section className="profile-places" aria-labelledby="profile-places-heading">
      <h3 id="profile-places-heading">{t('facilityProfiles.places.heading')}</h3>
      <p className="form-hint">{editedWhere}</p>
      {all.length === 0 ? (
        <p className="empty-state">{t('facilityProfiles.places.none')}</p>
      ) : (
        <dl className="facts profile-facts">
          <Fact term={t('facilityProfiles.places.legalBases')}>
            {places.legalBases.map((lb) => (
              <div key={lb.code}>{t('facilityProfiles.places.withCount', { name: `${lb.code} ${lb.name}`, count: lb.places })}</div>
            ))}
          </Fact>
          <Fact term={t('facilityProfiles.places.targetGroups')}>
            {places.targetGroups.length === 0
              ? t('facilityProfiles.notStated')
              : places.targetGroups.map((g) => <div key={g.code}>{t('facilityProfiles.places.withCount', { name: g.name, count: g.places })}</div>)}
          </Fact>
          <Fact term={t('facilityProfiles.places.wheelchair')}>{t('facilityProfiles.places.ofAll', { n: count((p) => p.wheelchairAccessible), total: all.length })}</Fact>
          <Fact term={t('facilityProfiles.places.ownBath')}>{t('facilityProfiles.places.ofAll', { n: count((p) => p.ownBath), total: all.length })}</Fact>
          <Fact term={t('facilityProfiles.places.ownKitchen')}>{t('facilityProfiles.places.ofAll', { n: count((p) => p.ownKitchen), total: all.length })}</Fact>
          <Fact term={t('facilityProfiles.places.area')}>
            {areas.length === 0
              ? t('facilityProfiles.notStated')
              : t('facilityProfiles.places.areaRange', { min: fmt(Math.min(...areas)), max: fmt(Math.max(...areas)) })}
            {noArea > 0 && <div className="muted">{t('facilityProfiles.places.noArea', { count: noArea })}</div>}
          </Fact>
        </dl>
      )}
    </section>
  );
}

const fmt = (n: number) => n.toLocaleString('da-DK', { maximumFractionDigits: 1 });
