import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Note } from '../../../contracts/journal';
import { Tag } from '../../components/Badges';
import { formatDateTime } from '../../lib/dates';
import { CorrectNoteForm } from './CorrectNoteForm';
import { MarkErrorModal } from './MarkErrorModal';
import { NoteHistory } from './NoteHistory';

interface Props {
  note: Note;
  /** Heading level of the note's own heading (the date and author). */
  headingLevel?: 3 | 4;
  /** Hide the correction actions (e.g. on the handover page). */
  readOnly?: boolean;
}

/** One journal note: when, who, linked goals, text; history, correction and marking in error. */
export function NoteItem({ note, headingLevel = 3, readOnly }: Props) {
  const { t } = useTranslation();
  const [showHistory, setShowHistory] = useState(false);
  const [correcting, setCorrecting] = useState(false);
  const [markingError, setMarkingError] = useState(false);
  const H = headingLevel === 3 ? 'h3' : 'h4';
  const historyId = `history-${note.id}`;
  return (
    <li className="note">
      <H className="note-head">
        <time dateTime={note.writtenAt}>{formatDateTime(note.writtenAt)}</time>
        <span className="note-author"> · {note.author.name}</span>
        {note.corrected && (
          <>
            {' '}
            <Tag variant="muted">{t('journal.corrected')}</Tag>
          </>
        )}
      </H>
      {note.goals.length > 0 && (
        <p className="note-goals">
          <span className="sr-only">{t('journal.linkedGoals')}: </span>
          {note.goals.map((g) => (
            <Tag key={g.id} variant="goal">
              “{g.title}”
            </Tag>
          ))}
        </p>
      )}
      {correcting ? (
        <CorrectNoteForm note={note} onDone={() => setCorrecting(false)} />
      ) : (
        <p className="note-body pre-wrap">{note.body}</p>
      )}
      <div className="note-actions">
        <div className="note-actions-main">
          {note.corrected && note.abilities.readHistory !== false && (
            <button type="button" className="link-button" aria-expanded={showHistory} aria-controls={historyId} onClick={() => setShowHistory((s) => !s)}>
              {showHistory ? t('journal.hideHistory') : t('journal.showHistory')}
            </button>
          )}
          {!readOnly && !correcting && note.abilities.correct && (
            <button type="button" className="button button-secondary" onClick={() => setCorrecting(true)}>
              {t('journal.correct')}
            </button>
          )}
        </div>
        {/* The destructive action stands apart, so a hurried tap on Ret never lands on it. */}
        {!readOnly && !correcting && note.abilities.markError && (
          <div className="note-actions-danger">
            <button type="button" className="link-button link-button--danger" onClick={() => setMarkingError(true)}>
              {t('journal.markError')}
            </button>
          </div>
        )}
      </div>
      {showHistory && (
        <div id={historyId}>
          <NoteHistory note={note} />
        </div>
      )}
      {markingError && <MarkErrorModal note={note} onClose={() => setMarkingError(false)} />}
    </li>
  );
}
