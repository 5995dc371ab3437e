import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { FacilityPlace } from '../../../contracts/organisation.js';
import { DateInput } from '../../components/DateInput';
import { Modal } from '../../components/Modal';
import { FormActions } from '../../components/forms/FormActions';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { todayIso } from '../../lib/dates';
import { useCatalogue } from '../plans/api';
import { createPlace, invalidateOrganisation, updatePlace, type PlaceInput } from './api';
import { FormError, isConflict } from '../../components/forms/FormError';
import { legalBasisOptions } from './labels';
import { TargetGroupFieldset } from '../../components/forms/TargetGroupFieldset';
import { mutationForm } from '../../components/forms/formFields';

interface Props {
  unitId: string;
  unitName: string;
  /** The place to edit; none to add a new one. */
  place?: FacilityPlace;
  /** A place of the same unit whose legal basis and target groups a new place starts from. */
  template?: FacilityPlace;
  onClose: () => void;
  onSaved: (name: string) => void;
}

const FIELD_IDS = { name: 'place-name', legalBasis: 'place-legal', targetGroupCodes: 'place-groups', activeFrom: 'place-active-from' };

/** Add a place to a unit, or change a place's name, legal basis, target groups and the day it started. */
export function PlaceFormModal({ unitId, unitName, place, template, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const catalogue = useCatalogue();
  const [input, setInput] = useState<PlaceInput>({
    name: place?.name ?? '',
    legalBasis: (place ?? template)?.legalBasis ?? '§108',
    targetGroupCodes: (place ?? template)?.targetGroups.map((g) => g.code) ?? [],
    activeFrom: place?.activeFrom ?? todayIso(),
  });
  const save = useMutation({
    mutationFn: () => (place ? updatePlace(place, input) : createPlace(unitId, input)),
    onSuccess: (saved) => {
      invalidateOrganisation(qc);
      onSaved(saved.name);
    },
    onError: (e) => {
      if (isConflict(e)) invalidateOrganisation(qc);
    },
  });
  const set = <K extends keyof PlaceInput>(key: K) => (value: PlaceInput[K]) => setInput((prev) => ({ ...prev, [key]: value }));
  const { submit, bind } = mutationForm(save, FIELD_IDS);
  return (
    <Modal title={place ? t('organisation.places.editTitle', { name: place.name }) : t('organisation.places.addTitle', { unit: unitName })} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <FormError error={save.error} fieldIds={FIELD_IDS} />
        <TextField
          {...bind('name', input.name, set('name'))}
          label={t('organisation.places.nameLabel')}
          hint={t('organisation.places.nameHint')}
          maxLength={100}
        />
        <SelectField
          {...bind('legalBasis', input.legalBasis, set('legalBasis'))}
          label={t('organisation.places.legalBasis')}
          hint={!place && template ? t('organisation.places.templateHint') : undefined}
          options={legalBasisOptions(catalogue.data, place?.legalBasis)}
        />
        <DateInput
          {...bind('activeFrom', input.activeFrom, set('activeFrom'))}
          label={t('organisation.places.activeFrom')}
          hint={t('organisation.places.activeFromHint')}
        />
        <TargetGroupFieldset
          {...bind('targetGroupCodes', input.targetGroupCodes, set('targetGroupCodes'))}
          groups={catalogue.data?.targetGroups}
        />
        <FormActions pending={save.isPending} onCancel={onClose} submitLabel={place ? t('common.save') : t('organisation.places.add')} />
      </form>
    </Modal>
  );
}
