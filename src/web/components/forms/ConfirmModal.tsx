import { isApiError } from '../../api/client';
import { Alert } from '../Alert';
import { Modal } from '../Modal';
import { FormError, isConflict } from './FormError';
import { FormActions } from './FormActions';

/** The change being confirmed: a mutation's state (its pending flag and the server's refusal). */
interface ConfirmedAction {
  isPending: boolean;
  error: unknown;
}

interface Props {
  title: string;
  /** What the change does, in a sentence. */
  text: string;
  confirmLabel: string;
  action: ConfirmedAction;
  onConfirm: () => void;
  onClose: () => void;
}

/**
 * Asks before a change that locks something away (deactivating a unit, a place or a user).
 * The server's reason for refusing (e.g. a place still occupied) is shown in the dialog.
 */
export function ConfirmModal({ title, text, confirmLabel, action, onConfirm, onClose }: Props) {
  return (
    <Modal
      title={title}
      onClose={onClose}
      footer={<FormActions pending={action.isPending} submitLabel={confirmLabel} onConfirm={onConfirm} onCancel={onClose} />}
    >
      {action.error !== null && action.error !== undefined && <Refusal error={action.error} />}
      <p>{text}</p>
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
