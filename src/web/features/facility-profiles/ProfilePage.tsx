import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon';
import { PageHeading } from '../../components/PageHeading';
import { LoadError, Loading } from '../../components/QueryState';
import { SelectField } from '../../components/SelectField';
import { useOrgUnits } from '../organisation/api';
import { ProfileSection } from './ProfileSection';

/**
 * A facility's profile and public description outside Administration (tilbud/:facilityId/profil):
 * where its leaders keep it and anyone of the municipality reads it; ?afdeling= picks a unit.
 */
export default function ProfilePage() {
  const { t } = useTranslation();
  const { facilityId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const tree = useOrgUnits();
  const back = (
    <Link to={`/tilbud/${facilityId}`} className="back-link">
      <Icon name="arrow-back" />
      {t('facilityProfiles.back')}
    </Link>
  );
  if (tree.isPending) return <>{back}<Loading /></>;
  if (tree.isError) return <>{back}<LoadError error={tree.error} onRetry={() => void tree.refetch()} /></>;
  const facility = tree.data.find((u) => u.id === facilityId && u.kind === 'facility');
  if (!facility) return <>{back}<p className="empty-state">{t('facilityProfiles.unknownFacility')}</p></>;
  const units = tree.data.filter((u) => u.parentId === facility.id && u.kind === 'unit' && u.active);
  const chosen = units.find((u) => u.id === params.get('afdeling'))?.id ?? facility.id;
  return (
    <>
      {back}
      <PageHeading>{t('facilityProfiles.pageTitle', { name: facility.name })}</PageHeading>
      {units.length > 0 && (
        <div className="profile-unit-picker">
          <SelectField
            id="profile-unit"
            label={t('facilityProfiles.chooseUnit')}
            value={chosen}
            onChange={(id) => setParams(id === facility.id ? {} : { afdeling: id }, { replace: true })}
            options={[{ value: facility.id, label: t('facilityProfiles.wholeFacility', { name: facility.name }) }, ...units.map((u) => ({ value: u.id, label: u.name }))]}
          />
        </div>
      )}
      <ProfileSection key={chosen} orgUnitId={chosen} />
    </>
  );
}
