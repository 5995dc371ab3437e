import { useTranslation } from 'react-i18next';
import type { MedicineLine } from '../../../contracts/medication';
import { Tag } from '../../components/Badges';
import { RowAction } from '../../components/RowAction';
import { formatDate } from '../../lib/dates';
import { doseText, formatNumber, periodText } from './format';

export type LineAction = 'edit' | 'pause' | 'resume' | 'stop' | 'tapering' | 'history' | 'observe';

/** One line of the card: what, how much and when, why, who prescribed it, its status, its tapering plan; its actions. */
export function LineItem({ line, canChange, onAction }: { line: MedicineLine; canChange: boolean; onAction: (a: LineAction) => void }) {
  const { t } = useTranslation();
  const name = line.genericName;
  const action = (a: LineAction) => <RowAction key={a} look="button" label={t(`medication.actions.${a}`)} target={name} onClick={() => onAction(a)} />;
  const changeActions: LineAction[] = line.status === 'stopped' ? [] : ['edit', line.status === 'paused' ? 'resume' : 'pause', 'stop', ...(line.kind === 'fixed' ? ['tapering' as const] : [])];
  return (
    <li className={`medication-line medication-line--${line.status}`}>
      <h3 className="h4 medication-line-name">
        <strong>{name}</strong>
        {line.tradeName && <> ({line.tradeName})</>} {line.strength} {line.form}
        {line.atcCode && <span className="muted"> · ATC {line.atcCode}</span>}{' '}
        {line.status !== 'active' && <Tag variant="muted">{t(`medication.statuses.${line.status}`)}</Tag>}{' '}
        {line.doseDispensed && <Tag>{t('medication.doseDispensed')}</Tag>}
      </h3>
      <p className="medication-dose">{doseText(line, t)}</p>
      <p>
        <span className="muted">{t('medication.indication')}:</span> {line.indication}
      </p>
      {line.instructions && (
        <p>
          <span className="muted">{t('medication.instructions')}:</span> {line.instructions}
        </p>
      )}
      {line.status !== 'active' && line.statusReason && (
        <p>
          <span className="muted">{t('medication.statusReason')}:</span> {line.statusReason}
        </p>
      )}
      {line.tapering.length > 0 && (
        <p>
          <span className="muted">{t('medication.tapering.heading')}:</span>{' '}
          {line.tapering.map((s) => t('medication.tapering.step', { date: formatDate(s.fromDate), dose: formatNumber(s.dose), unit: line.doseUnit })).join(' → ')}
        </p>
      )}
      <p className="muted">
        {t('medication.prescribedBy', { prescriber: line.prescriber })} · {periodText(line, t)} ·{' '}
        {t('medication.version', { version: line.version, by: line.updatedBy })}
      </p>
      <div className="medication-line-actions">
        {canChange && changeActions.map(action)}
        {line.status !== 'stopped' && action('observe')}
        {action('history')}
      </div>
    </li>
  );
}
