import { useTranslation } from 'react-i18next';
import type { OwnAccessLogEntry } from '../../../contracts/access-log';
import { Icon } from '../../components/Icon';
import { formatDateTime } from '../../lib/dates';
import { DataTable } from '../../components/DataTable';

/**
 * Audit rows as a table: when, (by whom), what kind of use, on what, from where. A row made in a
 * session begun with a password an admin set is marked, with a note saying what that means.
 */
export function AccessLogTable({ entries, caption }: { entries: Array<OwnAccessLogEntry & { userName?: string }>; caption: string }) {
  const { t, i18n } = useTranslation();
  const mark = t('accessLog.adminPassword');
  const withUser = entries.some((e) => e.userName !== undefined);
  return (
    <DataTable
      rows={entries}
      caption={caption}
      showCaption
      note={entries.some((e) => e.viaAdminPassword) && <p>{t('accessLog.adminPasswordNote', { mark })}</p>}
      columns={[
        {
          header: t('accessLog.at'),
          cellClassName: 'nowrap',
          cell: (e) => (
            <>
              {formatDateTime(e.at)}
              {e.viaAdminPassword && (
                <>
                  <br />
                  <strong>
                    <Icon name="warning" /> {mark}
                  </strong>
                </>
              )}
            </>
          ),
        },
        withUser && { header: t('accessLog.user'), cell: (e) => e.userName },
        { header: t('accessLog.action'), cell: (e) => t(`accessLog.actions.${e.action}`, { defaultValue: e.action }) },
        // The server names the entity (its feature's manifest declares the label), in both languages.
        {
          header: t('accessLog.entity'),
          cell: (e) => (
            <>
              {i18n.language === 'en' ? e.entityLabel.en : e.entityLabel.da}
              {e.underCover && ` (${t('accessLog.underCover')})`}
            </>
          ),
        },
        { header: t('accessLog.ip'), cell: (e) => e.ip ?? '–' },
      ]}
    />
  );
}
