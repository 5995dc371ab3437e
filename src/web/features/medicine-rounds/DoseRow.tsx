import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Tag } from '../../components/Badges';
import { formatDateTime, formatTime } from '../../lib/dates';
import type { Administration, RoundDose } from './api';
import { doseText } from './format';

interface Props {
  dose: RoundDose;
  pending: boolean;
  onGiven: () => void;
  onRefuse: (outcome: 'refused' | 'not_given') => void;
  /**
   * Beside a registration: the lead wires the incidents feature's "Rapportér utilsigtet hændelse"
   * here (it takes the registration's id).
   */
  registrationAction?: (registration: Administration) => ReactNode;
}

/** One scheduled dose in the round: what to give, and three big buttons, or who registered it when. */
export function DoseRow({ dose, pending, onGiven, onRefuse, registrationAction }: Props) {
  const { t } = useTranslation();
  const r = dose.registration;
  const label = `${dose.genericName} ${dose.strength}`;
  return (
    <li className={`round-dose round-dose--${dose.state}`}>
      <div className="round-dose-what">
        <span className="round-dose-time">{dose.time}</span>
        <span>
          <strong>{label}</strong>
          {dose.tradeName && <span className="round-muted"> ({dose.tradeName})</span>}
          <br />
          {doseText(dose.dose, dose.doseUnit)} · {dose.form}
          {dose.instructions && <span className="round-muted"> · {dose.instructions}</span>}
        </span>
        <span className="round-tags">
          {dose.doseDispensed && <Tag variant="muted">{t('medicineRounds.dispensed')}</Tag>}
          {dose.state === 'late' && <span className="badge badge-overdue">{t('medicineRounds.late')}</span>}
          {dose.state === 'missed' && <span className="badge badge-overdue">{t('medicineRounds.missed')}</span>}
        </span>
      </div>
      {r ? (
        <p className={`round-registered round-registered--${r.outcome}`}>
          <strong>{t(`medicineRounds.outcome.${r.outcome}`)}</strong>{' '}
          {t('medicineRounds.registeredBy', { name: r.registeredBy, time: formatDateTime(r.registeredAt) })}
          {r.reason && <> – {r.reason}</>}
          {registrationAction?.(r)}
        </p>
      ) : (
        <div className="round-actions" role="group" aria-label={t('medicineRounds.registerLabel', { what: label, time: formatTime(dose.scheduledFor) })}>
          <button type="button" className="button button-primary round-button" disabled={pending} onClick={onGiven}>
            {t('medicineRounds.outcome.given')}
          </button>
          <button type="button" className="button button-secondary round-button" disabled={pending} onClick={() => onRefuse('refused')}>
            {t('medicineRounds.outcome.refused')}
          </button>
          <button type="button" className="button button-secondary round-button" disabled={pending} onClick={() => onRefuse('not_given')}>
            {t('medicineRounds.outcome.not_given')}
          </button>
        </div>
      )}
    </li>
  );
}
