import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client';
import { Alert } from './Alert';

/** A short, polite "loading" line; the pages keep their layout so nothing jumps. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {label ?? t('common.loading')}
    </p>
  );
}

/** A failed load, with the API's own Danish message when there is one. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const message = isApiError(error)
    ? error.status === 404
      ? t('common.errors.notFound')
      : error.status === 403
        ? t('common.errors.forbidden')
        : error.message
    : t('common.errors.unexpected');
  return (
    <Alert variant="error" role="alert">
      <p>{message}</p>
      {onRetry && (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </Alert>
  );
}
