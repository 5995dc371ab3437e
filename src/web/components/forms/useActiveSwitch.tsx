import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { ConfirmModal } from './ConfirmModal';
import { FormError, isConflict } from './FormError';

interface Options<T, Saved> {
  /** The records as fetched now: the question sends the version on screen, also after a 409 refetched it. */
  records: T[];
  /** Sends the switch for the record; answers the record as it is saved now. */
  update: (record: T, active: boolean) => Promise<Saved>;
  /** Fetches what shows the record again: after a change and after a 409, so the next try names the saved version. */
  refresh: (saved?: Saved) => void;
  onSaved: (saved: Saved) => void;
  /** The question asked before deactivating. */
  confirmTexts: (record: T) => { title: string; text: string; confirmLabel: string };
}

/**
 * Units, places and users are never deleted: deactivating one asks first, reactivating happens at once.
 * `toggle(record, deactivate)` starts either; `confirm` is the question while it is asked, and
 * `refusal` the server's answer to a reactivation it refused.
 */
export function useActiveSwitch<T extends { id: string }, Saved>({ records, update, refresh, onSaved, confirmTexts }: Options<T, Saved>) {
  const [askingId, setAskingId] = useState<string | null>(null);
  const asking = askingId === null ? undefined : records.find((r) => r.id === askingId);
  const mutation = useMutation({
    mutationFn: ({ record, active }: { record: T; active: boolean }) => update(record, active),
    onSuccess: (saved) => {
      refresh(saved);
      setAskingId(null);
      onSaved(saved);
    },
    onError: (e) => {
      if (isConflict(e)) refresh();
    },
  });
  const toggle = (record: T, deactivate: boolean) => {
    mutation.reset();
    if (deactivate) setAskingId(record.id);
    else mutation.mutate({ record, active: true });
  };
  const close = () => {
    setAskingId(null);
    mutation.reset();
  };
  const confirm = asking !== undefined && (
    <ConfirmModal {...confirmTexts(asking)} action={mutation} onConfirm={() => mutation.mutate({ record: asking, active: false })} onClose={close} />
  );
  const refusal = askingId === null && mutation.error !== null && <FormError error={mutation.error} />;
  return { toggle, pending: mutation.isPending, reset: mutation.reset, confirm, refusal };
}
