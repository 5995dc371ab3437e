import { useEffect, useId, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import type { Note, NoteKind } from '../../../contracts/journal';
import { SelectField } from '../../components/SelectField';
import { Checkbox } from '../../components/Checkbox';
import { ErrorSummary, fieldError } from '../../components/ErrorSummary';
import { TextArea } from '../../components/TextArea';
import { formatTime } from '../../lib/dates';
import { clearDraft, loadDraft, saveDraft } from '../../lib/draft';
import { useMe } from '../auth/session';
import { useGoals } from '../plans/api';
import { createNote, invalidateAfterNoteChange, NOTE_KINDS, showSavedNote, useNoteTopics } from './api';
import { Alert } from '../../components/Alert';
import { Confirmation } from '../../components/Confirmation';

interface Props {
  citizenId: string;
  /** Whether to offer the citizen's active goals to link (needs the plan). */
  linkGoals?: boolean;
  autoFocus?: boolean;
  /** Called with the saved note; without it the form confirms the save itself. */
  onSaved?: (note: Note) => void;
}

/**
 * The daily note: text, optional links to active goals, Gem. What is typed is kept as a draft
 * in sessionStorage (per citizen and user) until saved, so an idle logout loses nothing.
 */
export function NoteForm({ citizenId, linkGoals = true, autoFocus, onSaved }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const qc = useQueryClient();
  const id = useId();
  const [restored] = useState(() => loadDraft(citizenId, me.id));
  const [body, setBody] = useState(restored?.body ?? '');
  const [goalIds, setGoalIds] = useState<string[]>(restored?.goalIds ?? []);
  const [kind, setKind] = useState<NoteKind>('daily');
  const [topicCode, setTopicCode] = useState('');
  const topics = useNoteTopics();
  const [showRestored, setShowRestored] = useState(Boolean(restored));
  const [saved, setSaved] = useState<Note | null>(null);
  const goals = useGoals(citizenId, 'active', linkGoals);

  useEffect(() => saveDraft(citizenId, { userId: me.id, body, goalIds }), [citizenId, me.id, body, goalIds]);

  const mutation = useMutation({
    mutationFn: () => {
      if (!body.trim()) throw new ApiError(400, 'invalid_input', t('journal.bodyRequired'), { body: t('journal.bodyRequired') });
      // A restored draft may name a goal that is no longer active.
      const linkable = goals.data ? goalIds.filter((g) => goals.data.some((a) => a.id === g)) : goalIds;
      return createNote(citizenId, body, linkable, kind, topicCode);
    },
    onSuccess: (note) => {
      clearDraft(citizenId, me.id);
      setBody('');
      setGoalIds([]);
      setKind('daily');
      setTopicCode('');
      setShowRestored(false);
      showSavedNote(qc, note);
      invalidateAfterNoteChange(qc, citizenId);
      if (onSaved) onSaved(note);
      else setSaved(note);
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    mutation.mutate();
  };
  const type = (text: string) => {
    // The next note begins: the confirmation of the last one has been seen.
    setSaved(null);
    setBody(text);
  };
  const discardDraft = () => {
    setBody('');
    setGoalIds([]);
    setShowRestored(false);
  };
  const toggleGoal = (goalId: string, on: boolean) =>
    setGoalIds((ids) => (on ? [...ids, goalId] : ids.filter((g) => g !== goalId)));

  const fieldIds = { body: `${id}-body`, goalIds: `${id}-goals`, kind: `${id}-kind`, topicCode: `${id}-topic` };
  const activeGoals = goals.data ?? [];
  return (
    <form onSubmit={submit} noValidate className="note-form">
      <ErrorSummary error={mutation.error} fieldIds={fieldIds} />
      {saved && (
        <Confirmation key={saved.id} onDismiss={() => setSaved(null)}>
          {t('journal.noteSaved.inJournal', { time: formatTime(saved.writtenAt) })}
        </Confirmation>
      )}
      {showRestored && restored && (
          <Alert variant="info" role="status" className="draft-notice">
          {t('journal.draftRestored', { time: formatTime(restored.savedAt) })}{' '}
          <button type="button" className="link-button" onClick={discardDraft}>
            {t('journal.discardDraft')}
          </button>
        </Alert>
      )}
      <div className="note-form-meta">
        <SelectField
          id={fieldIds.kind}
          label={t('journal.kind')}
          hint={kind === 'health' ? t('journal.healthHint') : undefined}
          value={kind}
          onChange={(v) => setKind(v as NoteKind)}
          options={NOTE_KINDS.map((k) => ({ value: k, label: t(`journal.kinds.${k}`) }))}
          error={fieldError(mutation.error, 'kind')}
        />
        <SelectField
          id={fieldIds.topicCode}
          label={t('journal.topic')}
          value={topicCode}
          onChange={setTopicCode}
          placeholder={t('journal.noTopic')}
          options={(topics.data ?? []).map((c) => ({ value: c.code, label: `${c.display} (${c.areaDisplay})` }))}
          error={fieldError(mutation.error, 'topicCode')}
        />
      </div>
      <TextArea
        id={fieldIds.body}
        label={t('journal.note')}
        value={body}
        onChange={type}
        rows={5}
        autoFocus={autoFocus}
        error={fieldError(mutation.error, 'body')}
      />
      {activeGoals.length > 0 && (
        <fieldset className="form-group goal-links" id={fieldIds.goalIds}>
          <legend className="form-label">{t('journal.linkGoals')}</legend>
          {fieldError(mutation.error, 'goalIds') && <span className="form-error-message">{fieldError(mutation.error, 'goalIds')}</span>}
          {activeGoals.map((g) => (
            <Checkbox
              key={g.id}
              id={`${id}-goal-${g.id}`}
              label={`“${g.title}”`}
              checked={goalIds.includes(g.id)}
              onChange={(on) => toggleGoal(g.id, on)}
            />
          ))}
        </fieldset>
      )}
      <button type="submit" className="button button-primary" disabled={mutation.isPending}>
        {mutation.isPending ? t('common.saving') : t('common.save')}
      </button>
    </form>
  );
}
