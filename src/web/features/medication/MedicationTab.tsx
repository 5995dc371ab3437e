import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MedicineLine, Observation } from '../../../contracts/medication';
import { isApiError } from '../../api/client';
import { Alert } from '../../components/Alert';
import { Panel } from '../../components/Panel';
import { LoadError, Loading } from '../../components/QueryState';
import { SuccessMessage } from '../../components/SuccessMessage';
import { formatDateTime } from '../../lib/dates';
import { useCitizenContext } from '../citizens/context';
import { useMedicineCard, useRefreshCard } from './api';
import { LineItem, type LineAction } from './LineItem';
import { LineFormModal } from './LineFormModal';
import { DoctorContactModal, ObservationModal } from './ObservationModals';
import { StatusModal } from './StatusModal';
import { TaperingModal } from './TaperingModal';
import { VersionsModal } from './VersionsModal';
import './medication.css';

type Dialog =
  | { kind: 'new' }
  | { kind: 'line'; action: Exclude<LineAction, 'observe'>; line: MedicineLine }
  | { kind: 'observe'; lineId?: string }
  | { kind: 'doctor'; observation: Observation };

/**
 * Medicin: the citizen's medicine card as the agency's checklist asks for it (fixed lines at their
 * times, PN lines with their daily maximum), observations of effect and side effects with the
 * doctor contacts still due on top, and the stopped lines below. A health record: only those
 * treating the citizen now see it; only those with a medicine permission change it.
 */
export default function MedicationTab() {
  const { t } = useTranslation();
  const citizen = useCitizenContext();
  const card = useMedicineCard(citizen.id);
  const refresh = useRefreshCard(citizen.id);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const close = () => setDialog(null);
  const saved = (message: string) => () => {
    close();
    refresh();
    setDone(message);
  };

  if (card.isPending) return <Loading />;
  if (card.isError) {
    return isApiError(card.error) && card.error.status === 403 ? <p className="muted">{t('medication.noAccess')}</p> : <LoadError error={card.error} onRetry={() => void card.refetch()} />;
  }
  const { lines, stopped, observations, abilities } = card.data;
  const awaiting = observations.filter((o) => o.awaitingDoctor);
  const act = (line: MedicineLine) => (action: LineAction) =>
    setDialog(action === 'observe' ? { kind: 'observe', lineId: line.id } : { kind: 'line', action, line });
  const section = (kind: MedicineLine['kind']) => {
    const of = lines.filter((l) => l.kind === kind);
    return (
      <Panel id={`medicine-${kind}`} heading={t(`medication.sections.${kind}`)}>
        {of.length === 0 ? (
          <p className="muted">{t(`medication.sections.${kind}None`)}</p>
        ) : (
          <ul className="plain-list no-max-width medication-lines">
            {of.map((l) => <LineItem key={l.id} line={l} canChange={abilities.change} onAction={act(l)} />)}
          </ul>
        )}
      </Panel>
    );
  };

  return (
    <div className="medication">
      <h2 className="h3 sr-only">{t('medication.tabLabel')}</h2>
      {done && <SuccessMessage text={done} onDone={() => setDone(null)} />}
      {awaiting.length > 0 && (
        <Alert variant="warning" role="status" heading={t('medication.observations.awaitingHeading', { count: awaiting.length })}>
          <ul className="plain-list no-max-width">
            {awaiting.map((o) => (
              <li key={o.id} className="medication-awaiting">
                <span>{t('medication.observations.awaitingLine', { line: o.lineName, text: o.text, at: formatDateTime(o.observedAt), by: o.createdBy })}</span>{' '}
                {abilities.observe && (
                  <button type="button" className="button button-secondary" onClick={() => setDialog({ kind: 'doctor', observation: o })}>
                    {t('medication.observations.recordContact')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </Alert>
      )}
      <div className="medication-actions">
        {abilities.change ? (
          <button type="button" className="button button-primary" onClick={() => setDialog({ kind: 'new' })}>
            {t('medication.add')}
          </button>
        ) : (
          <p className="medication-no-permission">{t('medication.noPermission')}</p>
        )}
        {abilities.observe && lines.length + stopped.length > 0 && (
          <button type="button" className="button button-secondary" onClick={() => setDialog({ kind: 'observe' })}>
            {t('medication.observations.add')}
          </button>
        )}
      </div>
      {section('fixed')}
      {section('pn')}

      <Panel id="medicine-observations" heading={t('medication.observations.heading')}>
        {observations.length === 0 ? (
          <p className="muted">{t('medication.observations.none')}</p>
        ) : (
          <ul className="plain-list no-max-width medication-observations">
            {observations.map((o) => (
              <li key={o.id} className={o.awaitingDoctor ? 'medication-serious' : undefined}>
                <strong>{o.lineName}</strong> · {t(`medication.observations.kinds.${o.kind}`)}
                {o.severity && <> ({t(`medication.observations.severities.${o.severity}`)})</>} · {formatDateTime(o.observedAt)} · {o.createdBy}
                <p>{o.text}</p>
                {o.doctorContact && (
                  <p className="muted">{t('medication.observations.contacted', { at: formatDateTime(o.doctorContact.at), by: o.doctorContact.by, note: o.doctorContact.note })}</p>
                )}
              </li>
            ))}
          </ul>
        )}
      </Panel>

      <Panel id="medicine-stopped" heading={t('medication.sections.stopped')}>
        {stopped.length === 0 ? (
          <p className="muted">{t('medication.sections.stoppedNone')}</p>
        ) : (
          <ul className="plain-list no-max-width medication-lines">
            {stopped.map((l) => <LineItem key={l.id} line={l} canChange={false} onAction={act(l)} />)}
          </ul>
        )}
      </Panel>

      {dialog?.kind === 'new' && <LineFormModal citizenId={citizen.id} onClose={close} onSaved={saved(t('medication.saved'))} />}
      {dialog?.kind === 'observe' && (
        <ObservationModal citizenId={citizen.id} lines={[...lines, ...stopped]} lineId={dialog.lineId} onClose={close} onSaved={saved(t('medication.observations.saved'))} />
      )}
      {dialog?.kind === 'doctor' && <DoctorContactModal citizenId={citizen.id} observation={dialog.observation} onClose={close} onSaved={saved(t('medication.observations.contactSaved'))} />}
      {dialog?.kind === 'line' && <LineDialog citizenId={citizen.id} dialog={dialog} onClose={close} saved={saved} />}
    </div>
  );
}

/** The dialog a line's action opens. */
function LineDialog({ citizenId, dialog, onClose, saved }: {
  citizenId: string;
  dialog: { action: Exclude<LineAction, 'observe'>; line: MedicineLine };
  onClose: () => void;
  saved: (message: string) => () => void;
}) {
  const { t } = useTranslation();
  const { action, line } = dialog;
  switch (action) {
    case 'edit':
      return <LineFormModal citizenId={citizenId} line={line} onClose={onClose} onSaved={saved(t('medication.saved'))} />;
    case 'tapering':
      return <TaperingModal citizenId={citizenId} line={line} onClose={onClose} onSaved={saved(t('medication.tapering.saved'))} />;
    case 'history':
      return <VersionsModal citizenId={citizenId} line={line} onClose={onClose} />;
    default:
      return <StatusModal citizenId={citizenId} line={line} action={action} onClose={onClose} onSaved={saved(t(`medication.status.${action}Saved`, { name: line.genericName }))} />;
  }
}
