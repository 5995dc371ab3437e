import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MedicineLine } from '../../../contracts/medication';
import { fieldError } from '../../components/ErrorSummary';
import { TextArea } from '../../components/TextArea';
import { ModalForm } from '../../components/forms/ModalForm';
import { isConflict } from '../../components/forms/FormError';
import { onSubmitRun } from '../../components/forms/submit';
import { setLineStatus } from './api';

export type StatusAction = 'pause' | 'resume' | 'stop';

interface Props {
  citizenId: string;
  line: MedicineLine;
  action: StatusAction;
  onClose: () => void;
  onSaved: () => void;
}

/** Pause, resume or stop (seponér) a line, saying why. */
export function StatusModal({ citizenId, line, action, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const save = useMutation({
    mutationFn: () => setLineStatus(citizenId, line.id, { version: line.version, action, reason }),
    onSuccess: onSaved,
    onError: (e) => {
      if (isConflict(e)) onSaved();
    },
  });
  const id = `medicine-status-${action}`;
  return (
    <ModalForm
      id={id} title={t(`medication.status.${action}Title`, { name: line.genericName })} submitLabel={t(`medication.status.${action}`)}
      mutation={save} fieldIds={{ reason: `${id}-reason`, action: `${id}-reason` }} onSubmit={onSubmitRun(() => save.mutate())} onClose={onClose}
    >
      {action === 'stop' && <p>{t('medication.status.stopIntro')}</p>}
      <TextArea
        id={`${id}-reason`} label={t(action === 'resume' ? 'medication.status.noteOptional' : 'medication.status.reason')} hint={t('medication.status.reasonHint')}
        value={reason} onChange={setReason} rows={2} error={fieldError(save.error, 'reason')}
      />
    </ModalForm>
  );
}
