import type { FormEvent, ReactNode } from 'react';
import { Modal } from '../Modal';
import { FormActions } from './FormActions';
import { FormError } from './FormError';

interface Props {
  /** The form's id: the footer's primary button submits it. */
  id: string;
  title: string;
  /** The mutation the form runs: its error is shown on top, pending disables the button. */
  mutation: { error: unknown; isPending: boolean };
  /** Defaults to "Gem". */
  submitLabel?: string;
  /** Field name → control id, for the error summary's links. */
  fieldIds: Record<string, string>;
  onSubmit: (e: FormEvent) => void;
  onClose: () => void;
  children: ReactNode;
}

/** A form in a modal: what went wrong on top (a stale version, or the error summary), the fields, the primary action and Annuller in the footer. */
export function ModalForm({ id, title, submitLabel, mutation, fieldIds, onSubmit, onClose, children }: Props) {
  return (
    <Modal title={title} onClose={onClose} footer={<FormActions formId={id} pending={mutation.isPending} onCancel={onClose} submitLabel={submitLabel} />}>
      <form id={id} onSubmit={onSubmit} noValidate>
        <FormError error={mutation.error} fieldIds={fieldIds} />
        {children}
      </form>
    </Modal>
  );
}
