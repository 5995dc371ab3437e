import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import type { FieldDifference } from './goalForm';
import { DataTable } from '../../components/DataTable';

interface Props {
  differences: FieldDifference[];
  onReload: () => void;
  onReapply: () => void;
}

/**
 * The goal was saved by someone else while this user edited it (409): show field by field
 * what differs, and let the user take the new version or save their own values over it.
 */
export function ConflictNotice({ differences, onReload, onReapply }: Props) {
  const { t } = useTranslation();
  return (
    <Alert variant="warning" role="alert" className="conflict-notice" heading={t('plans.conflict.title')}>
      {differences.length === 0 ? (
        <p>{t('plans.conflict.noDifference')}</p>
      ) : (
        <>
          <p>{t('plans.conflict.intro')}</p>
          <DataTable
            rows={differences}
            rowKey={(d) => d.field}
            caption={t('plans.conflict.caption')}
            variant="compact"
            columns={[
              { header: t('plans.conflict.field'), rowHeader: true, cell: (d) => d.field },
              { header: t('plans.conflict.mine'), cell: (d) => (d.changedByMe ? d.mine : <span className="muted">{t('plans.conflict.notChangedByYou')}</span>) },
              { header: t('plans.conflict.current'), cell: (d) => d.current },
            ]}
          />
        </>
      )}
      <div className="button-group-inline">
        <button type="button" className="button button-primary" onClick={onReapply}>
          {t('plans.conflict.reapply')}
        </button>
        <button type="button" className="button button-secondary" onClick={onReload}>
          {t('plans.conflict.reload')}
        </button>
      </div>
    </Alert>
  );
}
