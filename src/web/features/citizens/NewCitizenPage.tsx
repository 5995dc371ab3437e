import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation } from '@tanstack/react-query';
import { ApiError, isApiError } from '../../api/client';
import { Alert } from '../../components/Alert';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, fieldError } from '../../components/ErrorSummary';
import { Icon } from '../../components/Icon';
import { PageHeading } from '../../components/PageHeading';
import { DateInput } from '../../components/DateInput';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { todayIso } from '../../lib/dates';
import { TargetGroupFieldset } from '../../components/forms/TargetGroupFieldset';
import { useFacilities, useFacility } from '../occupancy/api';
import { useCatalogue } from '../plans/api';
import { InterventionKindSelect } from './InterventionKindSelect';
import { vacantPlaceOptions } from './placeOptions';
import { createCitizen, startIntervention, useRefreshCitizen } from './write-api';
import { mutationForm } from '../../components/forms/formFields';

const FIELD_IDS = {
  cpr: 'nc-cpr',
  firstName: 'nc-first',
  lastName: 'nc-last',
  targetGroupCodes: 'nc-groups',
  'placement.placeId': 'nc-place',
  placement: 'nc-place',
  'placement.kindCode': 'nc-kind',
  'placement.startDate': 'nc-start',
};

/** Registrér ny borger: CPR, name, target groups and, if they move in now, a vacant place. */
export default function NewCitizenPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const refresh = useRefreshCitizen();
  const catalogue = useCatalogue();
  const facilities = useFacilities();
  const [cpr, setCpr] = useState('');
  const [firstName, setFirstName] = useState('');
  const [lastName, setLastName] = useState('');
  const [groups, setGroups] = useState<string[]>([]);
  const [facilityId, setFacilityId] = useState('');
  const [placeId, setPlaceId] = useState('');
  const [kindCode, setKindCode] = useState('');
  const [startDate, setStartDate] = useState(todayIso());
  const facility = useFacility(facilityId, facilityId !== '');
  const save = useMutation({
    mutationFn: () => {
      if (facilityId && (!placeId || !kindCode)) {
        const fields: Record<string, string> = {};
        if (!placeId) fields['placement.placeId'] = t('citizens.newCitizen.choosePlace');
        if (!kindCode) fields['placement.kindCode'] = t('citizens.interventions.chooseKind');
        return Promise.reject(new ApiError(400, 'validation', t('common.errors.summaryHeading'), fields));
      }
      return createCitizen({
        cpr: cpr.trim(),
        firstName: firstName.trim(),
        lastName: lastName.trim(),
        targetGroupCodes: groups,
        ...(placeId ? { placement: { placeId, kindCode, startDate } } : {}),
      });
    },
    onSuccess: (c) => {
      refresh(c.id);
      void navigate(`/borgere/${c.id}`);
    },
  });
  // A known citizen nobody has in care, registered again into a place this leader may fill: move them in instead.
  const knownId = isApiError(save.error) && save.error.code === 'duplicate_cpr' ? (save.error.current as { movableCitizenId?: string } | undefined)?.movableCitizenId : undefined;
  const knownRef = useRef<HTMLDivElement>(null);
  // Shown above the form after a submit at its foot: brought into view and focused, as the error summary is.
  useEffect(() => knownRef.current?.focus(), [knownId]);
  const moveIn = useMutation({
    mutationFn: (citizenId: string) => startIntervention(citizenId, { kindCode, placeId, startDate }).then(() => citizenId),
    onSuccess: (id) => {
      refresh(id);
      void navigate(`/borgere/${id}`);
    },
  });
  const places = vacantPlaceOptions(facility.data);
  const { submit, bind } = mutationForm(save, FIELD_IDS);
  return (
    <>
      <Link to="/" className="back-link">
        <Icon name="arrow-back" />
        {t('citizens.newCitizen.back')}
      </Link>
      <PageHeading>{t('citizens.newCitizen.title')}</PageHeading>
      <form onSubmit={submit} noValidate className="form-narrow">
        {knownId ? (
          <Alert variant="info" role="alert" heading={t('citizens.newCitizen.knownHeading')} ref={knownRef} tabIndex={-1}>
            <p>{t('citizens.newCitizen.knownText')}</p>
            <ErrorSummary error={moveIn.error} />
            <button type="button" className="button button-primary" disabled={moveIn.isPending} onClick={() => moveIn.mutate(knownId)}>
              {moveIn.isPending ? t('common.saving') : t('citizens.newCitizen.knownMoveIn')}
            </button>
          </Alert>
        ) : (
          <ErrorSummary error={save.error} fieldIds={FIELD_IDS} />
        )}
        <TextField
          {...bind('cpr', cpr, setCpr)}
          label={t('citizens.newCitizen.cpr')}
          hint={t('citizens.newCitizen.cprHint')}
          inputMode="numeric"
          autoComplete="off"
          className="input-width-s"
        />
        <TextField {...bind('firstName', firstName, setFirstName)} label={t('citizens.edit.firstName')} autoComplete="off" />
        <TextField {...bind('lastName', lastName, setLastName)} label={t('citizens.edit.lastName')} autoComplete="off" />
        <TargetGroupFieldset {...bind('targetGroupCodes', groups, setGroups)} groups={catalogue.data?.targetGroups} />

        <fieldset className="form-group">
          <legend className="form-label h3">{t('citizens.newCitizen.placement')}</legend>
          <p className="form-hint">{t('citizens.newCitizen.placementHint')}</p>
          <SelectField
            id="nc-facility"
            label={t('citizens.citizen.facility')}
            placeholder={t('citizens.newCitizen.noPlacement')}
            value={facilityId}
            onChange={(v) => {
              setFacilityId(v);
              setPlaceId('');
            }}
            options={(facilities.data ?? []).map((f) => ({ value: f.id, label: f.name }))}
          />
          {facilityId && (
            <>
              <SelectField
                id="nc-place"
                label={t('citizens.interventions.place')}
                hint={facility.isSuccess && places.length === 0 ? t('citizens.interventions.noVacant', { facility: facility.data.name }) : undefined}
                placeholder={facility.isPending ? t('common.loading') : t('common.choose')}
                value={placeId}
                onChange={setPlaceId}
                options={places}
                error={fieldError(save.error, 'placement.placeId') ?? fieldError(save.error, 'placement')}
              />
              <InterventionKindSelect
                {...bind('placement.kindCode', kindCode, setKindCode)}
              />
              <DateInput {...bind('placement.startDate', startDate, setStartDate)} label={t('citizens.interventions.startDate')} />
            </>
          )}
        </fieldset>

        <div className="button-group-inline">
          <button type="submit" className="button button-primary" disabled={save.isPending}>
            {save.isPending ? t('common.saving') : t('citizens.newCitizen.submit')}
          </button>
          <Link to="/" className="button button-secondary">
            {t('common.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}
