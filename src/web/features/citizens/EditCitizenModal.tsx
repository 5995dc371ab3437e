import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Citizen } from '../../../contracts/citizens';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { isConflict } from '../../components/forms/FormError';
import { TargetGroupFieldset } from '../../components/forms/TargetGroupFieldset';
import { useUsers } from '../users/api';
import { useCatalogue } from '../plans/api';
import { updateCitizen, useRefreshCitizen } from './write-api';
import { ModalForm } from '../../components/forms/ModalForm';
import { mutationForm } from '../../components/forms/formFields';

const FIELD_IDS = { firstName: 'cz-first', lastName: 'cz-last', targetGroupCodes: 'cz-groups', contactPersonId: 'cz-contact' };

/** Redigér stamdata: name, target groups and contact person, saved against the version read. */
export function EditCitizenModal({ citizen, onClose, onSaved }: { citizen: Citizen; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const catalogue = useCatalogue();
  const users = useUsers();
  const refresh = useRefreshCitizen();
  const [firstName, setFirstName] = useState(citizen.firstName);
  const [lastName, setLastName] = useState(citizen.lastName);
  const [groups, setGroups] = useState(citizen.targetGroups.map((g) => g.code));
  const [contact, setContact] = useState(citizen.contactPerson?.id ?? '');
  const save = useMutation({
    mutationFn: () =>
      updateCitizen(citizen.id, {
        version: citizen.version,
        firstName: firstName.trim(),
        lastName: lastName.trim(),
        targetGroupCodes: groups,
        contactPersonId: contact || null,
      }),
    onSuccess: () => {
      refresh(citizen.id);
      onSaved();
    },
    onError: (e) => {
      // Someone else saved first: fetch the record as it is now, so the next save names its version.
      if (isConflict(e)) refresh(citizen.id);
    },
  });
  const userOptions = (users.data ?? [])
    .filter((u) => u.active || u.id === citizen.contactPerson?.id)
    .map((u) => ({ value: u.id, label: u.displayName }));
  if (citizen.contactPerson && !userOptions.some((o) => o.value === citizen.contactPerson?.id))
    userOptions.unshift({ value: citizen.contactPerson.id, label: citizen.contactPerson.name });
  const { submit, bind } = mutationForm(save, FIELD_IDS);
  return (
    <ModalForm id="citizen-edit-form" title={t('citizens.edit.title', { name: citizen.name })} mutation={save} fieldIds={FIELD_IDS} onSubmit={submit} onClose={onClose}>
      <TextField {...bind('firstName', firstName, setFirstName)} label={t('citizens.edit.firstName')} autoComplete="off" />
      <TextField {...bind('lastName', lastName, setLastName)} label={t('citizens.edit.lastName')} autoComplete="off" />
      <TargetGroupFieldset {...bind('targetGroupCodes', groups, setGroups)} groups={catalogue.data?.targetGroups} />
      <SelectField
        {...bind('contactPersonId', contact, setContact)}
        label={t('citizens.citizen.contactPerson')}
        placeholder={t('citizens.edit.noContactPerson')}
        options={userOptions}
      />
    </ModalForm>
  );
}
