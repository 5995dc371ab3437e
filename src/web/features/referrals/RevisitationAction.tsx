import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Citizen } from '../../../contracts/citizens';
import { Alert } from '../../components/Alert';
import { SuccessMessage } from '../../components/SuccessMessage';
import { formatDateTime } from '../../lib/dates';
import { useCitizenRevisitations, type RevisitationReport } from './api';
import { RevisitationModal } from './RevisitationModal';
import './referrals.css';

/**
 * "Meld ændrede behov" on the citizen record, for staff and leaders where the citizen lives: the
 * button, a report already waiting for the case worker, and, once one is sent, who has been told.
 */
export default function RevisitationAction({ citizen }: { citizen: Citizen }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState<RevisitationReport | null>(null);
  const waiting = useCitizenRevisitations(citizen.id).data?.[0];
  const names = (r: RevisitationReport) => r.caseWorkers.map((c) => c.name).join(', ');
  return (
    <div className="revisitation-action">
      <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
        {t('referrals.revisitation.open')}
      </button>
      {waiting && !sent && (
        <p className="revisitation-waiting">{t('referrals.revisitation.waiting', { when: formatDateTime(waiting.reportedAt), name: waiting.reportedBy.name })}</p>
      )}
      {sent &&
        (sent.caseWorkers.length > 0 ? (
          <SuccessMessage text={t('referrals.revisitation.sent', { names: names(sent) })} onDone={() => setSent(null)} ms={15000} />
        ) : (
          // No case worker assigned: the report waits for one; say so, and leave it until the page is left.
          <Alert variant="warning" role="status">{t('referrals.revisitation.sentNoCaseWorker')}</Alert>
        ))}
      {open && (
        <RevisitationModal
          citizen={citizen}
          waiting={waiting}
          onClose={() => setOpen(false)}
          onSent={(report) => {
            setOpen(false);
            setSent(report);
          }}
        />
      )}
    </div>
  );
}
