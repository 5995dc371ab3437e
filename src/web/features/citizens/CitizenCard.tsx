import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CitizenListItem } from '../../../contracts/citizens';
import type { Note } from '../../../contracts/journal';
import { OverdueBadge, Tag } from '../../components/Badges';
import { Confirmation } from '../../components/Confirmation';
import { formatDate, formatDateTime, formatTime } from '../../lib/dates';
import { Fact } from '../../components/Fact';

interface Props {
  citizen: CitizenListItem;
  onWriteNote: (citizen: CitizenListItem) => void;
  /** The note just written from this card: confirmed here, where the user's eyes are. */
  savedNote?: Note | null;
  onDismissSaved?: () => void;
}

/** One citizen on Mine borgere: who, where, what is due and, for those who keep the journal, what was last written and "Skriv notat". */
export function CitizenCard({ citizen: c, onWriteNote, savedNote, onDismissSaved = () => {} }: Props) {
  const { t } = useTranslation();
  const place = [c.unitName, c.facilityName].filter(Boolean).join(', ');
  // The server sends the latest note (null: none yet) exactly when the user works with this
  // citizen's journal; without it (a case worker's citizen) there is nothing to show or write.
  const journal = c.latestNote !== undefined;
  return (
    <li className="citizen-card">
      <div className="citizen-card-who">
        <h2 className="citizen-card-name">
          <Link to={`/borgere/${c.id}`}>{c.name}</Link>
        </h2>
        <p className="citizen-card-meta">
          {t('citizens.age', { age: c.age })}
          {place && <> · {place}</>}
        </p>
        {c.isContactPerson && <Tag variant="contact">{t('citizens.contactPersonTag')}</Tag>}
      </div>
      <dl className="citizen-card-facts">
        <Fact term={t('citizens.nextFollowUp')}>
          {c.nextFollowUp ? (
            <>
              <span className="nowrap">{formatDate(c.nextFollowUp.date)}</span> {c.nextFollowUp.overdue && <OverdueBadge />}
              <br />
              <Link to={`/borgere/${c.id}/mal/${c.nextFollowUp.goalId}`} className="goal-link">
                “{c.nextFollowUp.title}”
              </Link>
            </>
          ) : (
            <span className="muted">{t('citizens.noFollowUp')}</span>
          )}
        </Fact>
        {journal && (
          <Fact term={t('citizens.latestNote')}>
            {c.latestNote ? (
              <>
                <span className="nowrap">{formatDateTime(c.latestNote.writtenAt)}</span>, {c.latestNote.authorName}
                <br />
                <span className="excerpt">{c.latestNote.body}</span>
              </>
            ) : (
              <span className="muted">{t('citizens.noNotes')}</span>
            )}
          </Fact>
        )}
      </dl>
      {journal && (
        <div className="citizen-card-actions">
          <button type="button" className="button button-primary" onClick={() => onWriteNote(c)}>
            {t('citizens.writeNote')}
            <span className="sr-only"> {t('citizens.about', { name: c.name })}</span>
          </button>
        </div>
      )}
      {savedNote && (
        <div className="citizen-card-saved">
          <Confirmation key={savedNote.id} onDismiss={onDismissSaved}>
            {t('journal.noteSaved.onCard', { time: formatTime(savedNote.writtenAt) })}
          </Confirmation>
        </div>
      )}
    </li>
  );
}
