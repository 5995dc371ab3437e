import { useTranslation } from 'react-i18next';

interface Props {
  pending: boolean;
  onCancel: () => void;
  /** Defaults to "Gem". */
  submitLabel?: string;
  /** The id of the form the primary button submits, when the actions sit outside it (a modal's footer). */
  formId?: string;
  /** Confirms without a form: the primary button calls this instead of submitting. */
  onConfirm?: () => void;
  /** Warning for an action that hides or ends something. */
  variant?: 'primary' | 'warning';
}

/** The actions under a form: the primary action (busy while pending) and Annuller. */
export function FormActions({ pending, onCancel, submitLabel, formId, onConfirm, variant = 'primary' }: Props) {
  const { t } = useTranslation();
  return (
    <div className="button-group-inline modal-actions">
      <button type={onConfirm ? 'button' : 'submit'} form={formId} onClick={onConfirm} className={`button button-${variant}`} disabled={pending}>
        {pending ? t('common.saving') : (submitLabel ?? t('common.save'))}
      </button>
      <button type="button" className="button button-secondary" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
