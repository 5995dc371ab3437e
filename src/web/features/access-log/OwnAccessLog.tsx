import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { OwnAccessLogEntry } from '../../../contracts/access-log';
import { LoadError, Loading } from '../../components/QueryState';
import { AccessLogTable } from './AccessLogTable';

/** The newest entries shown. */
const SHOWN = 50;

/**
 * Brug af din konto: what was done in the user's own name lately. A mark shows where the session
 * began with a password an admin set, so a user sees if someone else worked as them.
 */
export function OwnAccessLog() {
  const { t } = useTranslation();
  const log = useQuery({
    queryKey: ['access-log', 'mine'],
    queryFn: () => api.get<{ data: OwnAccessLogEntry[] }>(`/access-log/mine?limit=${SHOWN}`).then((r) => r.data),
    // Always as of now: what happened since the page was last open is the point.
    staleTime: 0,
  });
  return (
    <section aria-labelledby="own-access-log" className="own-access-log">
      <h2 id="own-access-log">{t('accessLog.own.heading')}</h2>
      <p className="muted">{t('accessLog.own.intro', { count: SHOWN })}</p>
      {log.isPending && <Loading />}
      {log.isError && <LoadError error={log.error} onRetry={() => void log.refetch()} />}
      {log.data &&
        (log.data.length === 0 ? (
          <p className="empty-state">{t('accessLog.empty')}</p>
        ) : (
          <AccessLogTable entries={log.data} caption={t('accessLog.own.caption')} />
        ))}
    </section>
  );
}
