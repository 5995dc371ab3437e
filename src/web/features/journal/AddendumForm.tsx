import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Note } from '../../../contracts/journal';
import { ErrorSummary, fieldError } from '../../components/ErrorSummary';
import { TextArea } from '../../components/TextArea';
import { addAddendum, invalidateAfterNoteChange } from './api';
import { FormActions } from '../../components/forms/FormActions';
import { onSubmitRun } from '../../components/forms/submit';

/** Tilføj: a colleague adds to a note they did not write; the note's own text stays the author's. */
export function AddendumForm({ note, onDone }: { note: Note; onDone: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [body, setBody] = useState('');
  const ids = { body: `addendum-${note.id}-body` };
  const mutation = useMutation({
    mutationFn: () => addAddendum(note, body),
    onSuccess: () => {
      invalidateAfterNoteChange(qc, note.citizenId);
      onDone();
    },
  });
  const submit = onSubmitRun(() => mutation.mutate());
  return (
    <form onSubmit={submit} noValidate className="note-correct">
      <ErrorSummary error={mutation.error} fieldIds={ids} />
      <TextArea id={ids.body} label={t('journal.addendum')} hint={t('journal.addendumHint')} value={body} onChange={setBody} rows={3} autoFocus error={fieldError(mutation.error, 'body')} />
      <FormActions pending={mutation.isPending} submitLabel={t('journal.saveAddendum')} onCancel={onDone} />
    </form>
  );
}
