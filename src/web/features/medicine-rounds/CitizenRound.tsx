import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { formatDateTime, formatTime, todayIso } from '../../lib/dates';
import { registerDose, type Administration, type PnWindow, type RoundCitizen, type RoundDose } from './api';
import { ReportAdverseEventButton } from '../incidents/ReportAdverseEventButton';
import { DoseRow } from './DoseRow';
import { EffectModal } from './EffectModal';
import { GivePnModal } from './GivePnModal';
import { ReasonModal } from './ReasonModal';
import { doseText, newClientId } from './format';

type Dialog = { kind: 'reason'; dose: RoundDose; outcome: 'refused' | 'not_given' } | { kind: 'pn'; lineId: string } | { kind: 'effect'; dose: Administration; name: string } | null;

/** One citizen in the round: the slot's doses, PN lines with what was given in the window, paused lines. */
export function CitizenRound({ entry, pnWindow, onChanged }: { entry: RoundCitizen; pnWindow: PnWindow; onChanged: (message: string) => void }) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>(null);
  const given = useMutation({
    mutationFn: (dose: RoundDose) => registerDose({ clientId: newClientId(), lineId: dose.lineId, scheduledFor: dose.scheduledFor, outcome: 'given' }),
    onSuccess: (r) => onChanged(t('medicineRounds.registered.given', { time: formatTime(r.registeredAt) })),
    onError: () => onChanged(''),
  });
  const close = () => setDialog(null);
  // Looked up on each render, so the dialog shows what was given as the round is fetched again.
  const pnLine = dialog?.kind === 'pn' ? entry.pnLines.find((l) => l.lineId === dialog.lineId) : undefined;
  const headingId = `round-${entry.citizen.id}`;
  return (
    <section className="round-citizen" aria-labelledby={headingId}>
      <h2 id={headingId} className="h3">
        <Link to={`/borgere/${entry.citizen.id}`}>{entry.citizen.name}</Link>
        {entry.pnReviewDue && <span className="badge badge-overdue round-review">{t('medicineRounds.reviewDue')}</span>}
      </h2>
      {given.error instanceof Error && <Alert variant="error">{given.error.message}</Alert>}
      {entry.doses.length === 0 ? (
        <p className="round-muted">{t('medicineRounds.noDoses')}</p>
      ) : (
        <ul className="round-doses plain-list no-max-width">
          {entry.doses.map((d) => (
            <DoseRow
              key={`${d.lineId}-${d.scheduledFor}`}
              dose={d}
              pending={given.isPending}
              onGiven={() => given.mutate(d)}
              onRefuse={(outcome) => setDialog({ kind: 'reason', dose: d, outcome })}
              registrationAction={(r) => <ReportAdverseEventButton citizenId={entry.citizen.id} administrationId={r.id} />}
            />
          ))}
        </ul>
      )}
      {entry.pnLines.map((l) => (
        <div key={l.lineId} className="round-pn">
          <div className="round-pn-head">
            <span>
              <strong>{t('medicineRounds.pnLabel')}: {l.genericName} {l.strength}</strong> – {l.indication}
              <br />
              {t(`medicineRounds.pnGiven.${pnWindow}`, { given: doseText(l.givenInWindow, l.doseUnit), max: doseText(l.maxPer24h, l.doseUnit) })}
            </span>
            <button type="button" className="button button-secondary round-button" onClick={() => setDialog({ kind: 'pn', lineId: l.lineId })}>
              {t('medicineRounds.givePn')}
            </button>
          </div>
          {l.doses.length > 0 && (
            <ul className="round-pn-doses plain-list no-max-width">
              {l.doses.map((a) => (
                <li key={a.id}>
                  {todayIso(new Date(a.givenAt)) === todayIso() ? formatTime(a.givenAt) : formatDateTime(a.givenAt)} · {doseText(a.dose, l.doseUnit)} · {a.pnReason} · {a.registeredBy}
                  {a.overMaxReason && (
                    <>
                      {' '}
                      <span className="badge badge-overdue">{t('medicineRounds.overMax')}</span>
                    </>
                  )}
                  {a.missingEffect ? (
                    <>
                      {' '}
                      <span className={`badge ${a.effectReminded ? 'badge-overdue' : 'round-badge-pending'}`}>{t('medicineRounds.missingEffect')}</span>{' '}
                      <button type="button" className="button button-tertiary" onClick={() => setDialog({ kind: 'effect', dose: a, name: `${l.genericName} ${l.strength}` })}>
                        {t('medicineRounds.recordEffect')}
                      </button>
                    </>
                  ) : (
                    <span className="round-muted"> · {t('medicineRounds.effectShown', { effect: a.effect })}</span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
      {entry.paused.length > 0 && (
        <p className="round-muted">
          {t('medicineRounds.pausedLines', { lines: entry.paused.map((p) => `${p.genericName} ${p.strength}`).join(', ') })}
        </p>
      )}
      {dialog?.kind === 'reason' && (
        <ReasonModal dose={dialog.dose} citizen={entry.citizen.name} outcome={dialog.outcome} onClose={close} onDone={(a) => { close(); onChanged(t(`medicineRounds.registered.${a.outcome}`, { time: formatTime(a.registeredAt) })); }} />
      )}
      {pnLine && (
        <GivePnModal line={pnLine} pnWindow={pnWindow} citizen={entry.citizen.name} onClose={close} onRefused={() => onChanged('')} onDone={(a) => { close(); onChanged(t('medicineRounds.pnRegistered', { time: formatTime(a.givenAt) })); }} />
      )}
      {dialog?.kind === 'effect' && (
        <EffectModal dose={dialog.dose} name={dialog.name} onClose={close} onDone={() => { close(); onChanged(t('medicineRounds.effectRegistered')); }} />
      )}
    </section>
  );
}
