import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ModalForm } from '../../components/forms/ModalForm';
import { mutationForm } from '../../components/forms/formFields';
import { TextArea } from '../../components/TextArea';
import { registerDose, type Administration, type RoundDose } from './api';
import { doseText, newClientId } from './format';

const FIELD_IDS = { reason: 'dose-reason', scheduledFor: 'dose-reason', outcome: 'dose-reason' };

/** Refused or not given: the reason first, then registered once. */
export function ReasonModal({ dose, outcome, onClose, onDone }: { dose: RoundDose; outcome: 'refused' | 'not_given'; onClose: () => void; onDone: (a: Administration) => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [clientId] = useState(newClientId);
  const save = useMutation({
    mutationFn: () => registerDose({ clientId, lineId: dose.lineId, scheduledFor: dose.scheduledFor, outcome, reason: reason.trim() }),
    onSuccess: onDone,
  });
  const { submit, bind } = mutationForm(save, FIELD_IDS);
  return (
    <ModalForm id="dose-reason-form" title={t(`medicineRounds.reasonTitle.${outcome}`)} submitLabel={t('medicineRounds.register')} mutation={save} fieldIds={FIELD_IDS} onSubmit={submit} onClose={onClose}>
      <p>
        {dose.time} · <strong>{dose.genericName} {dose.strength}</strong> · {doseText(dose.dose, dose.doseUnit)}
      </p>
      <TextArea {...bind('reason', reason, setReason)} label={t('medicineRounds.reason')} hint={t('medicineRounds.reasonHint')} rows={3} maxLength={500} />
    </ModalForm>
  );
}
