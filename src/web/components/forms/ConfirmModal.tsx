import type { ReactNode } from 'react';
import { isApiError } from '../../api/client';
import { Alert } from '../Alert';
import { Modal } from '../Modal';
import { FormError, isConflict } from './FormError';
import { FormActions } from './FormActions';

interface Props {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}

/**
 * Asks before a change that locks something away (deactivating a unit, a place or a user).
 * The server's reason for refusing (e.g. a place still occupied) is shown in the dialog.
 */
export function ConfirmModal({ title, children, confirmLabel, pending, error, onConfirm, onClose }: Props) {
  return (
    <Modal
      title={title}
      onClose={onClose}
      footer={<FormActions pending={pending} submitLabel={confirmLabel} onConfirm={onConfirm} onCancel={onClose} />}
    >
      {error !== null && error !== undefined && <Refusal error={error} />}
      {children}
    </Modal>
  );
}

/** The refusal as one message: "Enheden kan ikke deaktiveres." and why. */
function Refusal({ error }: { error: unknown }) {
  if (isConflict(error) || !isApiError(error) || Object.keys(error.fields).length === 0) return <FormError error={error} />;
  return (
    <Alert variant="error" role="alert" heading={error.message}>
      {Object.values(error.fields).map((text) => (
        <p key={text}>{text}</p>
      ))}
    </Alert>
  );
}
