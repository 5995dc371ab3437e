import { useTranslation } from 'react-i18next';
import type { OwnAccessLogEntry } from '../../api/types';
import { Icon } from '../../components/Icon';
import { formatDateTime } from '../../lib/dates';

/**
 * Audit rows as a table: when, (by whom), what kind of use, on what, from where. A row made in a
 * session begun with a password an admin set is marked, with a note saying what that means.
 */
export function AccessLogTable({ entries, caption }: { entries: Array<OwnAccessLogEntry & { userName?: string }>; caption: string }) {
  const { t } = useTranslation();
  const mark = t('accessLog.adminPassword');
  const withUser = entries.some((e) => e.userName !== undefined);
  return (
    <div className="table-scroll">
      {entries.some((e) => e.viaAdminPassword) && <p>{t('accessLog.adminPasswordNote', { mark })}</p>}
      <table className="table table--zebra">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('accessLog.at')}</th>
            {withUser && <th scope="col">{t('accessLog.user')}</th>}
            <th scope="col">{t('accessLog.action')}</th>
            <th scope="col">{t('accessLog.entity')}</th>
            <th scope="col">{t('accessLog.ip')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td className="nowrap">
                {formatDateTime(e.at)}
                {e.viaAdminPassword && (
                  <>
                    <br />
                    <strong>
                      <Icon name="warning" /> {mark}
                    </strong>
                  </>
                )}
              </td>
              {withUser && <td>{e.userName}</td>}
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
