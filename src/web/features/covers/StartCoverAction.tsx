import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCoverableUnits, type Cover } from './api';
import { StartCoverModal } from './StartCoverModal';

/** "Dæk en anden afdeling" and its dialog, for those who have another unit of their facility to cover. */
export function StartCoverAction({ onStarted }: { onStarted: (cover: Cover) => void }) {
  const { t } = useTranslation();
  const units = useCoverableUnits();
  const [open, setOpen] = useState(false);
  // The server leaves out units one covers already.
  const choices = units.data ?? [];
  if (choices.length === 0) return null;
  return (
    <>
      <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
        {t('covers.open')}
      </button>
      {open && (
        <StartCoverModal
          units={choices}
          onClose={() => setOpen(false)}
          onStarted={(cover) => {
            setOpen(false);
            onStarted(cover);
          }}
        />
      )}
    </>
  );
}
