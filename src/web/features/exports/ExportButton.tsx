import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isUnderWay, startExport, useExportJob } from './api';

interface Props {
  /** The export's kind, as the server names it ('citizen_list'). */
  kind: string;
  /** The export's request: the filters the page shows. Empty values are left out. */
  params: Record<string, string | number | undefined>;
  label: string;
}

/**
 * A file made in the background: the button asks for it, the status beside it tells how far it is
 * (announced politely to screen readers) and then offers the file to download.
 */
export function ExportButton({ kind, params, label }: Props) {
  const { t } = useTranslation();
  const start = useMutation({
    mutationFn: () => startExport(kind, Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined && v !== ''))),
  });
  const job = useExportJob(start.data?.id);
  const status = job.data?.status ?? start.data?.status;
  const working = start.isPending || (status !== undefined && isUnderWay(status));
  const error = start.error ?? job.error;

  return (
    <div className="export-button">
      <button type="button" className="button button-secondary" onClick={() => start.mutate()} disabled={working}>
        {label}
      </button>
      <p role="status" className="export-status">
        {error ? t('exports.failed', { reason: error.message })
          : working ? t('exports.preparing', { progress: job.data?.progress ?? 0 })
          : status === 'done' && job.data?.downloadUrl ? (
            <>
              {t('exports.ready')}{' '}
              <a href={job.data.downloadUrl} download={job.data.fileName ?? true}>
                {t('exports.download')}
              </a>
            </>
          )
          : status === 'failed' ? t('exports.failed', { reason: job.data?.error ?? '' })
          : status === 'expired' ? t('exports.expired')
          : null}
      </p>
    </div>
  );
}
