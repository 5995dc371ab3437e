import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from './Alert';

/**
 * A confirmation where the user is looking, for someone in a hurry: announced (role=status) and
 * focused when it appears, and kept until dismissed or the user's next action — never a toast
 * that vanishes. Give it a `key` that changes with each save, so a second save is announced too.
 */
export function Confirmation({ children, onDismiss }: { children: ReactNode; onDismiss: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <Alert ref={ref} variant="success" role="status" tabIndex={-1} className="confirmation">
      {children}{' '}
      <button type="button" className="link-button" onClick={onDismiss}>
        {t('common.confirmation.dismiss')}
      </button>
    </Alert>
  );
}
