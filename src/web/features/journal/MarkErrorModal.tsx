import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Note } from '../../../contracts/journal';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Modal } from '../../components/Modal';
import { TextArea } from '../../components/TextArea';
import { invalidateAfterNoteChange, markNoteError } from './api';
import { mutationForm } from '../../components/forms/formFields';
import { FormActions } from '../../components/forms/FormActions';

/** Markér som fejlregistreret: the note is hidden from the journal but kept, with the reason. */
export function MarkErrorModal({ note, onClose }: { note: Note; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [reason, setReason] = useState('');
  const mutation = useMutation({
    mutationFn: () => markNoteError(note, reason),
    onSuccess: () => {
      invalidateAfterNoteChange(qc, note.citizenId);
      onClose();
    },
    onError: () => invalidateAfterNoteChange(qc, note.citizenId),
  });
  const { submit, fieldIds, bind } = mutationForm(mutation, { reason: 'mark-error-reason' });
  return (
    <Modal title={t('journal.markError')} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <p>{t('journal.markErrorExplained')}</p>
        <ErrorSummary error={mutation.error} fieldIds={fieldIds} />
        <TextArea
          {...bind('reason', reason, setReason)}
          label={t('journal.markErrorReason')}
          hint={t('journal.markErrorReasonHint')}
          rows={3}
          autoFocus
        />
        <FormActions pending={mutation.isPending} submitLabel={t('journal.markError')} variant="warning" onCancel={onClose} />
      </form>
    </Modal>
  );
}
