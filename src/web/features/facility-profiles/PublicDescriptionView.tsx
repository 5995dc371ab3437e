import { useTranslation } from 'react-i18next';
import { Fact } from '../../components/Fact';
import { LoadError, Loading } from '../../components/QueryState';
import { usePublicDescription } from './api';

/** Tilbudsbeskrivelse: the facility's published facts as Tilbudsportalen shows them (read only). */
export function PublicDescriptionView({ orgUnitId }: { orgUnitId: string }) {
  const { t } = useTranslation();
  const description = usePublicDescription(orgUnitId);
  if (description.isPending) return <Loading />;
  if (description.isError) return <LoadError error={description.error} onRetry={() => void description.refetch()} />;
  const d = description.data;
  const none = t('facilityProfiles.notStated');
  return (
    <section className="profile-description" aria-labelledby="profile-description-heading">
      <h3 id="profile-description-heading">{t('facilityProfiles.description.heading')}</h3>
      <p className="form-hint">{t('facilityProfiles.description.intro')}</p>
      <dl className="facts profile-facts">
        <Fact term={t('facilityProfiles.description.name')}>{d.unitName ? `${d.name} – ${d.unitName}` : d.name}</Fact>
        <Fact term={t('facilityProfiles.description.address')}>{d.address ?? none}</Fact>
        <Fact term={t('facilityProfiles.description.contact')}>
          <div>
            {t('facilityProfiles.description.phoneShort')} {d.contact.phone ?? none}
          </div>
          <div>
            {t('facilityProfiles.description.website')}:{' '}
            {d.contact.website ? (
              <a href={d.contact.website} target="_blank" rel="noreferrer">
                {d.contact.website}
              </a>
            ) : (
              none
            )}
          </div>
        </Fact>
        <Fact term={t('facilityProfiles.description.offerTypes')}>
          {d.offerTypes.length ? d.offerTypes.map((o) => <div key={o}>{o}</div>) : none}
        </Fact>
        <Fact term={t('facilityProfiles.description.targetGroups')}>{d.targetGroups ?? none}</Fact>
        <Fact term={t('facilityProfiles.description.placesTotal')}>{d.placesTotal}</Fact>
        <Fact term={t('facilityProfiles.description.methods')}>{d.methods.length ? d.methods.join(', ') : none}</Fact>
        <Fact term={t('facilityProfiles.description.area')}>{d.area ?? none}</Fact>
        <Fact term={t('facilityProfiles.description.tilbudsportalenId')}>{d.tilbudsportalenId ?? none}</Fact>
      </dl>
      {d.description && (
        <>
          <h4>{t('facilityProfiles.description.description')}</h4>
          <p className="profile-description-text">{d.description}</p>
        </>
      )}
    </section>
  );
}
