import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../components/forms/ConfirmModal';
import { removeItem, useRefreshKeyInfo, type ItemList } from './api';

/** A row to remove from one of the registers, named in the confirmation. */
export interface Removal {
  list: ItemList | 'representatives';
  id: string;
  name: string;
}

/**
 * The dialogs of a key-information register: which form is open (`O`), saving (refresh and close),
 * and removing a row after a confirmation (`removal` is the confirmation to render, or null).
 */
export function useRegisterDialogs<O>(citizenId: string) {
  const { t } = useTranslation();
  const refresh = useRefreshKeyInfo(citizenId);
  const [open, setOpen] = useState<O | null>(null);
  const [removing, setRemoving] = useState<Removal | null>(null);
  const remove = useMutation({
    mutationFn: (r: Removal) => removeItem(citizenId, r.list, r.id),
    onSuccess: () => {
      refresh();
      setRemoving(null);
    },
  });
  const close = () => setOpen(null);
  const saved = () => {
    refresh();
    close();
  };
  const removal = removing && (
    <ConfirmModal
      title={t('keyInfo.removeTitle', { name: removing.name })}
      text={t('keyInfo.removeText', { name: removing.name })}
      confirmLabel={t('common.remove')}
      action={remove}
      onConfirm={() => remove.mutate(removing)}
      onClose={() => setRemoving(null)}
    />
  );
  return { open, setOpen, close, saved, refresh, askRemove: setRemoving, removal };
}
