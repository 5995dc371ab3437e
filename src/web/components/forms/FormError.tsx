import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { Alert } from '../Alert';
import { ErrorSummary } from '../ErrorSummary';

/** A stale version (409 `conflict`): someone saved the record since it was read. Other 409s (a taken username) are field errors. */
export const isConflict = (e: unknown) => isApiError(e) && e.status === 409 && e.code === 'conflict';

interface Props {
  error: unknown;
  fieldIds?: Record<string, string>;
}

/**
 * What went wrong with an admin form: a stale version (409) as a warning saying the saved
 * version has been fetched, anything else as the design system's error summary.
 */
export function FormError({ error, fieldIds }: Props) {
  const { t } = useTranslation();
  if (isConflict(error)) {
    return (
      <Alert variant="warning" role="alert" heading={isApiError(error) ? error.message : undefined}>
        <p>{t('common.conflict')}</p>
      </Alert>
    );
  }
  return <ErrorSummary error={error} fieldIds={fieldIds} />;
}
