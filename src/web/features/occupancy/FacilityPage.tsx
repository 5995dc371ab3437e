import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Tag } from '../../components/Badges';
import { Icon } from '../../components/Icon';
import { PageHeading } from '../../components/PageHeading';
import { LoadError, Loading } from '../../components/QueryState';
import { FacilityCovers } from '../covers/FacilityCovers';
import { useFacility } from './api';
import { OccupancySummary } from './OccupancySummary';
import { RoleGrants } from '../users/RoleGrants';
import { FacilityMedication } from '../medication/FacilityMedication';
import { UnitPlaces } from './UnitPlaces';
import { UnitsOverview } from './UnitsOverview';
import { VacantPlaces } from './VacantPlaces';
import './occupancy.css';

/** One facility: occupancy now and over the year against the target, its units and their places. */
export default function FacilityPage() {
  const { t } = useTranslation();
  const { facilityId = '' } = useParams();
  const facility = useFacility(facilityId);
  const back = (
    <Link to="/tilbud" className="back-link">
      <Icon name="arrow-back" />
      {t('occupancy.facility.back')}
    </Link>
  );
  if (facility.isPending) return <>{back}<Loading /></>;
  if (facility.isError) return <>{back}<LoadError error={facility.error} onRetry={() => void facility.refetch()} /></>;
  const f = facility.data;
  const places = f.units.flatMap((u) => u.places);
  const showOccupants = places.some((p) => p.occupant);
  const unitIds = f.units.map((u) => u.id);
  return (
    <>
      {back}
      <PageHeading>{f.name}</PageHeading>
      <p className="citizen-head-meta">
        {f.centerName}
        {!f.active && <Tag variant="muted">{t('common.inactive')}</Tag>}
      </p>
      <p>
        <Link to={`/tilbud/${f.id}/profil`}>{t('facilityProfiles.link')}</Link>
      </p>
      <OccupancySummary now={f.occupancy.now} period={f.occupancy.period} />
      {f.units.length > 0 && <VacantPlaces units={f.units} />}
      {f.abilities.readCovers && <FacilityCovers unitIds={unitIds} />}
      {f.abilities.readRoleGrants && <RoleGrants facilityId={f.id} />}
      <FacilityMedication facilityId={f.id} />
      <section aria-labelledby="facility-units" className="facility-units">
        <h2 id="facility-units">{t('occupancy.facility.units', { count: f.units.length })}</h2>
        {f.units.length === 0 ? (
          <p className="empty-state">{t('occupancy.facility.noUnits')}</p>
        ) : (
          <>
            <UnitsOverview units={f.units} />
            {!showOccupants && places.some((p) => p.occupied) && <p className="muted">{t('occupancy.facility.namesHidden')}</p>}
            {f.units.map((u) => (
              <UnitPlaces key={u.id} unit={u} showOccupants={showOccupants} />
            ))}
          </>
        )}
      </section>
    </>
  );
}
