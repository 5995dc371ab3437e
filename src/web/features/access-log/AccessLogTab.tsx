import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { AccessLogEntry } from '../../../contracts/access-log';
import { LoadError, Loading } from '../../components/QueryState';
import { useCitizenContext } from '../citizens/context';
import { AccessLogTable } from './AccessLogTable';

/** Adgangslog: who opened or changed the citizen's data, when (for the citizen's leaders). */
export default function AccessLogTab() {
  const { t } = useTranslation();
  const citizen = useCitizenContext();
  const log = useQuery({
    queryKey: ['access-log', citizen.id],
    queryFn: () => api.get<{ data: AccessLogEntry[] }>(`/citizens/${citizen.id}/access-log`).then((r) => r.data),
  });
  if (log.isPending) return <Loading />;
  if (log.isError) return <LoadError error={log.error} onRetry={() => void log.refetch()} />;
  if (log.data.length === 0) return <p className="empty-state">{t('accessLog.empty')}</p>;
  return <AccessLogTable entries={log.data} caption={t('accessLog.caption', { name: citizen.name })} />;
}
