import { useTranslation } from 'react-i18next';

interface Props {
  /** The id of the form the primary button submits; omit when the actions sit inside the form. */
  formId?: string;
  pending: boolean;
  onCancel: () => void;
  /** Defaults to "Gem". */
  submitLabel?: string;
}

/** The footer of a modal form: save (busy while pending) and cancel. */
export function ModalFormActions({ formId, pending, onCancel, submitLabel }: Props) {
  const { t } = useTranslation();
  return (
    <div className="button-group-inline modal-actions">
      <button type="submit" form={formId} className="button button-primary" disabled={pending}>
        {pending ? t('common.saving') : (submitLabel ?? t('common.save'))}
      </button>
      <button type="button" className="button button-secondary" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
