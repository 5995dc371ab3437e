import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import type { FieldDifference } from './goalForm';

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
          <div className="table-scroll">
            <table className="table table--compact">
              <caption className="sr-only">{t('plans.conflict.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('plans.conflict.field')}</th>
                  <th scope="col">{t('plans.conflict.mine')}</th>
                  <th scope="col">{t('plans.conflict.current')}</th>
                </tr>
              </thead>
              <tbody>
                {differences.map((d) => (
                  <tr key={d.field}>
                    <th scope="row">{d.field}</th>
                    <td>{d.changedByMe ? d.mine : <span className="muted">{t('plans.conflict.notChangedByYou')}</span>}</td>
                    <td>{d.current}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
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
