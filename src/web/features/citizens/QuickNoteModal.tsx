import { useTranslation } from 'react-i18next';
import type { CitizenListItem } from '../../../contracts/citizens';
import type { Note } from '../../../contracts/journal';
import { Modal } from '../../components/Modal';
import { NoteForm } from '../journal/NoteForm';

interface Props {
  citizen: CitizenListItem;
  onClose: () => void;
  onSaved: (note: Note) => void;
}

/** "Skriv notat" straight from Mine borgere: type, Gem, done (the citizen's card confirms it). */
export function QuickNoteModal({ citizen, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  return (
    <Modal title={t('citizens.noteAbout', { name: citizen.name })} onClose={onClose}>
      <NoteForm citizenId={citizen.id} autoFocus onSaved={onSaved} />
      <p className="modal-hint">{t('journal.draftKept')}</p>
    </Modal>
  );
}
