import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredProfile } from '../../../contracts/facility-profiles.js';
import { Fact } from '../../components/Fact';
import { LoadError, Loading } from '../../components/QueryState';
import { SuccessMessage } from '../../components/SuccessMessage';
import { formatDate } from '../../lib/dates';
import { useCatalogue } from '../plans/api';
import { useProfile, type OrgUnitProfile } from './api';
import { formatRate, LEVELS } from './format';
import { PlacesSummaryView } from './PlacesSummaryView';
import { ProfileForm } from './ProfileForm';
import { PublicDescriptionView } from './PublicDescriptionView';
import './facility-profiles.css';

type View = 'profile' | 'description';

interface Props {
  orgUnitId: string;
  /** Where the places' approvals and standards are edited, said under their summary. */
  placesEditedWhere?: string;
  /** The section's heading level: 2 on its own page, 3 inside Administration's unit panel. */
  level?: 2 | 3;
}

/**
 * Profil and Tilbudsbeskrivelse of a facility or unit: the form for those who keep it (admins there,
 * its leaders), the merged profile read only for everyone else, and the public description.
 */
export function ProfileSection({ orgUnitId, placesEditedWhere, level = 2 }: Props) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const { t } = useTranslation();
  const profile = useProfile(orgUnitId);
  const [view, setView] = useState<View>('profile');
  const [saved, setSaved] = useState(false);
  return (
    <section className="profile-section" aria-labelledby="profile-heading">
      <div className="section-head">
        <Heading id="profile-heading">{t('facilityProfiles.heading')}</Heading>
        <div className="profile-switch" role="group" aria-label={t('facilityProfiles.viewLabel')}>
          {(['profile', 'description'] as const).map((v) => (
            <button
              key={v}
              type="button"
              className={`button button-small ${view === v ? 'button-primary' : 'button-secondary'}`}
              aria-pressed={view === v}
              onClick={() => setView(v)}
            >
              {t(`facilityProfiles.views.${v}`)}
            </button>
          ))}
        </div>
      </div>
      {view === 'description' ? (
        <PublicDescriptionView orgUnitId={orgUnitId} />
      ) : profile.isPending ? (
        <Loading />
      ) : profile.isError ? (
        <LoadError error={profile.error} onRetry={() => void profile.refetch()} />
      ) : (
        <>
          <ProfileMeta profile={profile.data} />
          {saved && <SuccessMessage text={t('facilityProfiles.saved')} onDone={() => setSaved(false)} />}
          <PlacesSummaryView places={profile.data.places} editedWhere={placesEditedWhere ?? t('facilityProfiles.places.editedOnPlaces')} />
          {profile.data.abilities.edit ? (
            <ProfileForm key={`${profile.data.orgUnit.id}-${profile.data.version}`} profile={profile.data} onSaved={() => setSaved(true)} />
          ) : (
            <ProfileFacts profile={profile.data.effective} methods={profile.data.methodOptions} />
          )}
        </>
      )}
    </section>
  );
}

function ProfileMeta({ profile }: { profile: OrgUnitProfile }) {
  const { t } = useTranslation();
  const unit = profile.orgUnit.kind === 'unit';
  return (
    <p className="muted profile-meta">
      {unit ? t('facilityProfiles.unitIntro', { facility: profile.orgUnit.facilityName }) : t('facilityProfiles.facilityIntro')}{' '}
      {profile.updatedAt
        ? t('facilityProfiles.updated', { date: formatDate(profile.updatedAt.slice(0, 10)), name: profile.updatedByName })
        : t('facilityProfiles.neverSaved')}
    </p>
  );
}

/** The merged profile, read only (for those who may not keep it). */
function ProfileFacts({ profile: p, methods }: { profile: StoredProfile; methods: OrgUnitProfile['methodOptions'] }) {
  const { t } = useTranslation();
  const catalogue = useCatalogue();
  const none = t('facilityProfiles.notStated');
  const name = new Map(methods.map((m) => [m.code, m.name]));
  const municipality = catalogue.data?.municipalities.find((m) => m.code === p.areaMunicipalityCode)?.name ?? p.areaMunicipalityCode;
  return (
    <dl className="facts profile-facts">
      <Fact term={t('facilityProfiles.form.ageHeading')}>{p.ageFrom !== null ? t('facilityProfiles.ageRange', { from: p.ageFrom, to: p.ageTo }) : none}</Fact>
      <Fact term={t('facilityProfiles.form.maxSupportLevel')}>
        {p.maxSupportLevel !== null ? `${p.maxSupportLevel} – ${t(`facilityProfiles.levels.${LEVELS[p.maxSupportLevel]}`)}` : none}
      </Fact>
      <Fact term={t('facilityProfiles.form.dailyRate')}>{p.dailyRateDkk !== null ? formatRate(p.dailyRateDkk) : none}</Fact>
      <Fact term={t('facilityProfiles.form.pets')}>{p.petsAllowed === null ? none : p.petsAllowed ? t('facilityProfiles.form.petsYes') : t('facilityProfiles.form.petsNo')}</Fact>
      <Fact term={t('facilityProfiles.form.methodsHeading')}>{p.methods.length ? p.methods.map((c) => name.get(c) ?? c).join(', ') : none}</Fact>
      <Fact term={t('facilityProfiles.form.exclusionsHeading')}>
        {p.exclusionCriteria.length ? p.exclusionCriteria.map((f) => t(`facilityProfiles.flags.${f}`)).join(', ') : t('facilityProfiles.noExclusions')}
      </Fact>
      <Fact term={t('facilityProfiles.form.areaHeading')}>{municipality ? [municipality, p.district].filter(Boolean).join(', ') : none}</Fact>
    </dl>
  );
}
