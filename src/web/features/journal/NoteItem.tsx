import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Note } from '../../../contracts/journal';
import { Tag } from '../../components/Badges';
import { formatDateTime } from '../../lib/dates';
import { CorrectNoteForm } from './CorrectNoteForm';
import { AddendumForm } from './AddendumForm';
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
  const [adding, setAdding] = useState(false);
  const H = headingLevel === 3 ? 'h3' : 'h4';
  const historyId = `history-${note.id}`;
  return (
    <li className="note">
      <H className="note-head">
        <time dateTime={note.writtenAt}>{formatDateTime(note.writtenAt)}</time>
        <span className="note-author"> · {note.author.name}</span>
        {note.kind !== 'daily' && (
          <>
            {' '}
            <Tag variant={note.kind === 'health' ? 'contact' : undefined}>{t(`journal.kinds.${note.kind}`)}</Tag>
          </>
        )}
        {note.corrected && (
          <>
            {' '}
            <Tag variant="muted">{t('journal.corrected')}</Tag>
          </>
        )}
      </H>
      {(note.topic || note.service) && (
        <p className="note-goals">
          {note.topic && <Tag variant="muted">{t('journal.topicTag', { topic: note.topic.display })}</Tag>}
          {note.service && <span className="note-author"> {t('journal.writtenOn', { unit: note.service.unitName })}</span>}
        </p>
      )}
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
      {note.addenda.length > 0 && (
        <ul className="plain-list note-addenda" aria-label={t('journal.addenda')}>
          {note.addenda.map((a) => (
            <li key={a.id} className="note-addendum">
              <p className="note-author">
                {t('journal.addendumBy', { name: a.author.name })} · <time dateTime={a.createdAt}>{formatDateTime(a.createdAt)}</time>
              </p>
              <p className="pre-wrap">{a.body}</p>
            </li>
          ))}
        </ul>
      )}
      {adding && <AddendumForm note={note} onDone={() => setAdding(false)} />}
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
          {!readOnly && !correcting && !adding && !note.abilities.correct && note.abilities.addAddendum && (
            <button type="button" className="button button-secondary" onClick={() => setAdding(true)}>
              {t('journal.addAddendum')}
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
