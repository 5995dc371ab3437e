import { useTranslation } from 'react-i18next';
import { DialogButton } from '../../components/forms/DialogButton';
import { useCoverableUnits, type Cover } from './api';
import { StartCoverModal } from './StartCoverModal';

/** "Dæk en anden afdeling" and its dialog, for those who have another unit of their facility to cover. */
export function StartCoverAction({ onStarted }: { onStarted: (cover: Cover) => void }) {
  const { t } = useTranslation();
  const units = useCoverableUnits();
  // The server leaves out units one covers already.
  const choices = units.data ?? [];
  if (choices.length === 0) return null;
  return (
    <DialogButton
      label={t('covers.open')}
      dialog={(close) => (
        <StartCoverModal
          units={choices}
          onClose={close}
          onStarted={(cover) => {
            close();
            onStarted(cover);
          }}
        />
      )}
    />
  );
}
