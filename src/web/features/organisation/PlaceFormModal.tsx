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
import { Checkbox } from '../../components/Checkbox';

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

const FIELD_IDS = { name: 'place-name', legalBasis: 'place-legal', targetGroupCodes: 'place-groups', activeFrom: 'place-active-from', areaM2: 'place-area' };

/** m² as typed ('32', '32,5'); what cannot be read goes as typed, so the server names the error. */
const areaOf = (typed: string): number | null => {
  const s = typed.trim().replace(',', '.');
  if (s === '') return null;
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : (typed as unknown as number);
};

/** Add a place to a unit, or change a place's name, legal basis, target groups, the day it started and its physical standard. */
export function PlaceFormModal({ unitId, unitName, place, template, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const catalogue = useCatalogue();
  const [input, setInput] = useState<Omit<PlaceInput, 'areaM2'>>({
    name: place?.name ?? '',
    legalBasis: (place ?? template)?.legalBasis ?? '§108',
    targetGroupCodes: (place ?? template)?.targetGroups.map((g) => g.code) ?? [],
    activeFrom: place?.activeFrom ?? todayIso(),
    wheelchairAccessible: place?.wheelchairAccessible ?? false,
    ownBath: place?.ownBath ?? false,
    ownKitchen: place?.ownKitchen ?? false,
  });
  const [area, setArea] = useState(place?.areaM2 == null ? '' : String(place.areaM2).replace('.', ','));
  const save = useMutation({
    mutationFn: () => {
      const body: PlaceInput = { ...input, areaM2: areaOf(area) };
      return place ? updatePlace(place, body) : createPlace(unitId, body);
    },
    onSuccess: (saved) => {
      invalidateOrganisation(qc);
      onSaved(saved.name);
    },
    onError: (e) => {
      if (isConflict(e)) invalidateOrganisation(qc);
    },
  });
  const set = <K extends keyof typeof input>(key: K) => (value: (typeof input)[K]) => setInput((prev) => ({ ...prev, [key]: value }));
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
        <fieldset className="place-standards">
          <legend className="form-label">{t('organisation.places.standards')}</legend>
          <div className="checkbox-columns">
            <Checkbox id="place-wheelchair" label={t('organisation.places.wheelchair')} checked={input.wheelchairAccessible} onChange={set('wheelchairAccessible')} />
            <Checkbox id="place-bath" label={t('organisation.places.ownBath')} checked={input.ownBath} onChange={set('ownBath')} />
            <Checkbox id="place-kitchen" label={t('organisation.places.ownKitchen')} checked={input.ownKitchen} onChange={set('ownKitchen')} />
          </div>
          <TextField {...bind('areaM2', area, setArea)} label={t('organisation.places.area')} hint={t('organisation.places.areaHint')} inputMode="decimal" className="input-width-s" />
        </fieldset>
        <FormActions pending={save.isPending} onCancel={onClose} submitLabel={place ? t('common.save') : t('organisation.places.add')} />
      </form>
    </Modal>
  );
}
