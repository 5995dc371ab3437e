import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Relative } from '../../../contracts/citizens';
import { Checkbox } from '../../components/Checkbox';
import { fieldError } from '../../components/ErrorSummary';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import { isConflict } from '../../components/forms/FormError';
import { addRelative, updateRelative, useRefreshCitizen } from './write-api';
import { ModalForm } from '../../components/forms/ModalForm';
import { onSubmitRun } from '../../components/forms/submit';

const FIELD_IDS = { name: 'rel-name', relation: 'rel-relation', phone: 'rel-phone', consentToShare: 'rel-consent', note: 'rel-note' };

interface Props {
  citizenId: string;
  /** The relative to edit; without it a new one is added. */
  relative?: Relative;
  onClose: () => void;
  onSaved: (name: string) => void;
}

/** Add or edit a relative: name, relation, phone, consent to share and a note. */
export function RelativeFormModal({ citizenId, relative, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const refresh = useRefreshCitizen();
  const [name, setName] = useState(relative?.name ?? '');
  const [relation, setRelation] = useState(relative?.relation ?? '');
  const [phone, setPhone] = useState(relative?.phone ?? '');
  const [consent, setConsent] = useState(relative?.consentToShare ?? false);
  const [note, setNote] = useState(relative?.note ?? '');
  const save = useMutation({
    mutationFn: () => {
      const input = { name: name.trim(), relation: relation.trim(), phone: phone.trim() || undefined, consentToShare: consent, note: note.trim() || undefined };
      return relative ? updateRelative(citizenId, relative.id, { ...input, version: relative.version ?? 1 }) : addRelative(citizenId, input);
    },
    onSuccess: (r) => {
      refresh(citizenId);
      onSaved(r.name);
    },
    onError: (e) => {
      if (isConflict(e)) refresh(citizenId);
    },
  });
  const submit = onSubmitRun(() => save.mutate());
  return (
    <ModalForm id="relative-form" title={relative ? t('citizens.relatives.editTitle', { name: relative.name }) : t('citizens.relatives.addTitle')} mutation={save} fieldIds={FIELD_IDS} onSubmit={submit} onClose={onClose}>
      <TextField id="rel-name" label={t('citizens.relatives.name')} value={name} onChange={setName} error={fieldError(save.error, 'name')} autoComplete="off" />
      <TextField id="rel-relation" label={t('citizens.relatives.relation')} hint={t('citizens.relatives.relationHint')} value={relation} onChange={setRelation} error={fieldError(save.error, 'relation')} autoComplete="off" />
      <TextField id="rel-phone" label={t('citizens.relatives.phone')} type="tel" value={phone} onChange={setPhone} error={fieldError(save.error, 'phone')} autoComplete="off" className="input-width-m" />
      <Checkbox id="rel-consent" label={t('citizens.relatives.consent')} checked={consent} onChange={setConsent} />
      <TextArea id="rel-note" label={t('citizens.relatives.note')} value={note} onChange={setNote} error={fieldError(save.error, 'note')} rows={3} />
    </ModalForm>
  );
}
