import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { ApiError } from '../../api/client';
import { useTranslation } from 'react-i18next';
import type { Intervention } from '../../../contracts/placements';
import { DateInput } from '../../components/DateInput';
import { Modal } from '../../components/Modal';
import { FormActions } from '../../components/forms/FormActions';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { todayIso } from '../../lib/dates';
import { FormError, isConflict } from '../../components/forms/FormError';
import { useFacility } from '../occupancy/api';
import { useCatalogue } from '../plans/api';
import { InterventionKindSelect } from './InterventionKindSelect';
import { vacantPlaceOptions } from './placeOptions';
import { endIntervention, startIntervention, useRefreshCitizen } from './write-api';
import { mutationForm } from '../../components/forms/formFields';


/** Flyt ud / afslut indsats: the last day of the intervention, saved against the version read. */
export function EndInterventionModal({ citizenId, intervention: i, onClose, onSaved }: { citizenId: string; intervention: Intervention; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshCitizen();
  const [endDate, setEndDate] = useState(todayIso());
  const save = useMutation({
    mutationFn: () => endIntervention(i.id, { version: i.version, endDate }),
    onSuccess: () => {
      refresh(citizenId);
      onSaved();
    },
    onError: (e) => {
      if (isConflict(e)) refresh(citizenId);
    },
  });
  const what = i.placeName ? `${i.kindName}, ${i.placeName}` : i.kindName;
  const { submit, fieldIds, bind } = mutationForm(save, { endDate: 'iv-end' });
  return (
    <Modal title={i.placeId ? t('citizens.interventions.moveOutTitle', { what }) : t('citizens.interventions.endTitle', { what })} onClose={onClose} footer={<FormActions formId="end-intervention-form" pending={save.isPending} submitLabel={t('citizens.interventions.endConfirm')} onCancel={onClose} />}>
      <form id="end-intervention-form" onSubmit={submit} noValidate>
        <FormError error={save.error} fieldIds={fieldIds} />
        <DateInput {...bind('endDate', endDate, setEndDate)} label={t('citizens.interventions.endDate')} hint={t('citizens.interventions.endDateHint')} required />
      </form>
    </Modal>
  );
}

const NEW_FIELD_IDS = { kindCode: 'iv-kind', legalBasis: 'iv-legal', placeId: 'iv-place', startDate: 'iv-start' };

/** Ny indsats: the kind (with its ladder step), legal basis, an optional vacant place on the citizen's facility, start date. */
export function NewInterventionModal({ citizenId, facilityId, onClose, onSaved }: { citizenId: string; facilityId: string | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshCitizen();
  const catalogue = useCatalogue();
  const facility = useFacility(facilityId ?? '', !!facilityId);
  const [kindCode, setKindCode] = useState('');
  const [legalBasis, setLegalBasis] = useState('');
  const [placeId, setPlaceId] = useState('');
  const [startDate, setStartDate] = useState(todayIso());
  const kinds = catalogue.data?.interventionKinds ?? [];
  const kind = kinds.find((k) => k.code === kindCode);
  const save = useMutation({
    mutationFn: () => {
      // Say it in plain Danish before asking the server, whose message for an empty code is technical.
      if (!kindCode) return Promise.reject(new ApiError(400, 'validation', t('common.errors.summaryHeading'), { kindCode: t('citizens.interventions.chooseKind') }));
      return startIntervention(citizenId, { kindCode, legalBasis: legalBasis.trim() || undefined, placeId: placeId || undefined, startDate });
    },
    onSuccess: () => {
      refresh(citizenId);
      onSaved();
    },
  });
  const places = vacantPlaceOptions(facility.data);
  const { submit, bind } = mutationForm(save, NEW_FIELD_IDS);
  return (
    <Modal title={t('citizens.interventions.newTitle')} onClose={onClose} footer={<FormActions formId="new-intervention-form" pending={save.isPending} submitLabel={t('citizens.interventions.create')} onCancel={onClose} />}>
      <form id="new-intervention-form" onSubmit={submit} noValidate>
        <FormError error={save.error} fieldIds={NEW_FIELD_IDS} />
        <InterventionKindSelect
          {...bind('kindCode', kindCode, setKindCode)}
          required
        />
        <TextField
          {...bind('legalBasis', legalBasis, setLegalBasis)}
          label={t('citizens.interventions.legalBasis')}
          hint={kind?.defaultLegalBasis ? t('citizens.interventions.legalBasisHint', { code: kind.defaultLegalBasis }) : t('citizens.interventions.legalBasisHintNone')}
          className="input-width-s"
          autoComplete="off"
        />
        {facilityId && facility.isSuccess && (
          <SelectField
            {...bind('placeId', placeId, setPlaceId)}
            label={t('citizens.interventions.place')}
            hint={places.length ? t('citizens.interventions.placeHint', { facility: facility.data.name }) : t('citizens.interventions.noVacant', { facility: facility.data.name })}
            placeholder={t('citizens.interventions.noPlace')}
            options={places}
          />
        )}
        <DateInput {...bind('startDate', startDate, setStartDate)} label={t('citizens.interventions.startDate')} required />
      </form>
    </Modal>
  );
}
