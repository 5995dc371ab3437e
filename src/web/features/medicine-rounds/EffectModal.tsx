import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ModalForm } from '../../components/forms/ModalForm';
import { mutationForm } from '../../components/forms/formFields';
import { TextArea } from '../../components/TextArea';
import { formatDateTime } from '../../lib/dates';
import { recordEffect, type Administration } from './api';

const FIELD_IDS = { effect: 'pn-effect' };

/** The observed effect of a PN dose: until it is recorded the dose shows "Mangler effekt". */
export function EffectModal({ dose, name, onClose, onDone }: { dose: Administration; name: string; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [effect, setEffect] = useState('');
  const save = useMutation({ mutationFn: () => recordEffect(dose.id, effect.trim()), onSuccess: onDone });
  const { submit, bind } = mutationForm(save, FIELD_IDS);
  return (
    <ModalForm id="pn-effect-form" title={t('medicineRounds.effectTitle')} submitLabel={t('medicineRounds.saveEffect')} mutation={save} fieldIds={FIELD_IDS} onSubmit={submit} onClose={onClose}>
      <p>{t('medicineRounds.effectIntro', { name, time: formatDateTime(dose.givenAt), reason: dose.pnReason })}</p>
      <TextArea {...bind('effect', effect, setEffect)} label={t('medicineRounds.effect')} hint={t('medicineRounds.effectHint')} rows={3} maxLength={2000} />
    </ModalForm>
  );
}
