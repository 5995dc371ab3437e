import { useTranslation } from 'react-i18next';
import type { MedicineLine } from '../../../contracts/medication';
import { Modal } from '../../components/Modal';
import { LoadError, Loading } from '../../components/QueryState';
import { formatDateTime } from '../../lib/dates';
import { useLineVersions } from './api';
import { doseText, periodText } from './format';

/** Every version of a line, newest first: what changed, why, who and when, and the line as it was. */
export function VersionsModal({ citizenId, line, onClose }: { citizenId: string; line: MedicineLine; onClose: () => void }) {
  const { t } = useTranslation();
  const versions = useLineVersions(citizenId, line.id);
  return (
    <Modal title={t('medication.history.title', { name: line.genericName })} onClose={onClose}>
      {versions.isPending && <Loading />}
      {versions.isError && <LoadError error={versions.error} onRetry={() => void versions.refetch()} />}
      <ol className="plain-list no-max-width medication-versions">
        {versions.data?.map((v) => (
          <li key={v.version}>
            <p>
              <strong>{t(`medication.changes.${v.change}`)}</strong> {t('medication.history.byAt', { version: v.version, by: v.changedBy, at: formatDateTime(v.changedAt) })}
            </p>
            {v.reason && <p>{t('medication.history.reason', { reason: v.reason })}</p>}
            <p className="muted">
              {v.line.genericName} {v.line.strength} {v.line.form} · {doseText(v.line, t)} · {v.line.indication} · {periodText(v.line, t)}
              {v.line.tapering.length > 0 && <> · {t('medication.tapering.short', { count: v.line.tapering.length })}</>}
            </p>
          </li>
        ))}
      </ol>
    </Modal>
  );
}
