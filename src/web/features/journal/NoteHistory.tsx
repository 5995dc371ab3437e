import { useTranslation } from 'react-i18next';
import type { Note } from '../../../contracts/journal';
import { LoadError, Loading } from '../../components/QueryState';
import { formatDateTime } from '../../lib/dates';
import { useNoteHistory } from './api';

/** Earlier versions of a corrected note, with who corrected it and why. */
export function NoteHistory({ note }: { note: Note }) {
  const { t } = useTranslation();
  const history = useNoteHistory(note.id, note.version, true);
  if (history.isPending) return <Loading />;
  if (history.isError) return <LoadError error={history.error} />;
  const versions = [...history.data].sort((a, b) => b.version - a.version);
  return (
    <ol className="note-history plain-list no-max-width">
      {versions.map((v) => (
        <li key={v.version}>
          <p className="timeline-head">
            <strong>{t('journal.version', { n: v.version })}</strong> · {formatDateTime(v.createdAt)} · {v.authorName}
            {v.version === note.version && <> · {t('journal.currentVersion')}</>}
          </p>
          {v.reason && (
            <p>
              <strong>{t('journal.reason')}:</strong> {v.reason}
            </p>
          )}
          <p className="pre-wrap">{v.body}</p>
        </li>
      ))}
    </ol>
  );
}
