import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Note } from '../../../contracts/journal';
import { ErrorSummary, fieldError } from '../../components/ErrorSummary';
import { TextArea } from '../../components/TextArea';
import { correctNote, invalidateAfterNoteChange } from './api';
import { onSubmitRun } from '../../components/forms/submit';

/** Ret: new text and why; the earlier text stays in the note's history. */
export function CorrectNoteForm({ note, onDone }: { note: Note; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [body, setBody] = useState(note.body);
  const [reason, setReason] = useState('');
  const ids = { body: `correct-${note.id}-body`, reason: `correct-${note.id}-reason` };
  const mutation = useMutation({
    mutationFn: () => correctNote(note, body, reason),
    onSuccess: () => {
      invalidateAfterNoteChange(qc, note.citizenId);
      onDone(true);
    },
    onError: () => invalidateAfterNoteChange(qc, note.citizenId),
  });
  const submit = onSubmitRun(() => mutation.mutate());
  return (
    <form onSubmit={submit} noValidate className="note-correct">
      <ErrorSummary error={mutation.error} fieldIds={ids} />
      <TextArea id={ids.body} label={t('journal.correctedText')} value={body} onChange={setBody} rows={5} autoFocus error={fieldError(mutation.error, 'body')} />
      <TextArea id={ids.reason} label={t('journal.correctionReason')} hint={t('journal.correctionReasonHint')} value={reason} onChange={setReason} rows={2} error={fieldError(mutation.error, 'reason')} />
      <div className="button-group-inline">
        <button type="submit" className="button button-primary" disabled={mutation.isPending}>
          {t('journal.saveCorrection')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => onDone(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
