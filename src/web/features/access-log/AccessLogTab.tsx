import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { AccessLogEntry } from '../../api/types';
import { Icon } from '../../components/Icon';
import { LoadError, Loading } from '../../components/QueryState';
import { formatDateTime } from '../../lib/dates';
import { useCitizenContext } from '../citizens/context';

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
  const mark = t('accessLog.adminPassword');
  return (
    <div className="table-scroll">
      {log.data.some((e) => e.viaAdminPassword) && <p>{t('accessLog.adminPasswordNote', { mark })}</p>}
      <table className="table table--zebra">
        <caption>{t('accessLog.caption', { name: citizen.name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('accessLog.at')}</th>
            <th scope="col">{t('accessLog.user')}</th>
            <th scope="col">{t('accessLog.action')}</th>
            <th scope="col">{t('accessLog.entity')}</th>
            <th scope="col">{t('accessLog.ip')}</th>
          </tr>
        </thead>
        <tbody>
          {log.data.map((e, i) => (
            <tr key={`${e.at}-${i}`}>
              <td className="nowrap">{formatDateTime(e.at)}</td>
              <td>
                {e.userName}
                {e.viaAdminPassword && (
                  <>
                    <br />
                    <strong>
                      <Icon name="warning" /> {mark}
                    </strong>
                  </>
                )}
              </td>
              <td>{t(`accessLog.actions.${e.action}`, { defaultValue: e.action })}</td>
              <td>{t(`accessLog.entities.${e.entity}`, { defaultValue: e.entity })}</td>
              <td>{e.ip ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
