import type { FormEvent, ReactNode } from 'react';
import { ErrorSummary } from '../ErrorSummary';
import { Modal } from '../Modal';
import { FormActions } from './FormActions';

interface Props {
  /** The form's id: the footer's primary button submits it. */
  id: string;
  title: string;
  submitLabel: string;
  /** The mutation the form runs: its error fills the summary, pending disables the button. */
  mutation: { error: unknown; isPending: boolean };
  /** Field name → control id, for the error summary's links. */
  fieldIds: Record<string, string>;
  onSubmit: (e: FormEvent) => void;
  onClose: () => void;
  children: ReactNode;
}

/** A form in a modal: the error summary on top, the fields, the primary action and Annuller in the footer. */
export function ModalForm({ id, title, submitLabel, mutation, fieldIds, onSubmit, onClose, children }: Props) {
  return (
    <Modal title={title} onClose={onClose} footer={<FormActions formId={id} pending={mutation.isPending} onCancel={onClose} submitLabel={submitLabel} />}>
      <form id={id} onSubmit={onSubmit} noValidate>
        <ErrorSummary error={mutation.error} fieldIds={fieldIds} />
        {children}
      </form>
    </Modal>
  );
}
