import { useState } from 'react';
import { Link } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable';
import { OverdueBadge } from '../../components/Badges';
import { DialogButton } from '../../components/forms/DialogButton';
import { LoadError, Loading } from '../../components/QueryState';
import { SuccessMessage } from '../../components/SuccessMessage';
import { formatDate } from '../../lib/dates';
import { useCitizenContext } from '../citizens/context';
import { forceKeys, useCitizenUseOfForce, type Decision } from './api';
import { ReportsTable } from './ReportsTable';
import { RecordDecisionModal, RegisterUseModal } from './DecisionModals';

/** Magtanvendelse on the citizen's record: the reports the user may see, and the pre-approved decisions with their uses. */
export default function UseOfForceTab() {
  const { t } = useTranslation();
  const citizen = useCitizenContext();
  const qc = useQueryClient();
  const data = useCitizenUseOfForce(citizen.id);
  const [using, setUsing] = useState<Decision | null>(null);
  const [message, setMessage] = useState('');
  const refresh = () => qc.invalidateQueries({ queryKey: forceKeys.all });

  if (data.isPending) return <Loading />;
  if (data.isError) return <LoadError error={data.error} onRetry={() => void data.refetch()} />;
  const { reports, decisions, abilities } = data.data;
  return (
    <>
      {message && <SuccessMessage text={message} onDone={() => setMessage('')} />}
      <div className="section-head">
        <h2 id="force-reports" className="h3">{t('useOfForce.heading')}</h2>
        {abilities.register && (
          <Link to={`/borgere/${citizen.id}/magtanvendelse/ny`} className="button button-primary">
            {t('useOfForce.newReport')}
          </Link>
        )}
      </div>
      {reports.length === 0 ? <p className="empty-state">{t('useOfForce.noReports')}</p> : <ReportsTable reports={reports} labelledBy="force-reports" />}

      <div className="section-head">
        <h2 id="force-decisions" className="h3">{t('useOfForce.decisions')}</h2>
        {abilities.manageDecisions && (
          <DialogButton
            label={t('useOfForce.recordDecision')}
            dialog={(close) => (
              <RecordDecisionModal citizenId={citizen.id} onClose={close} onSaved={() => { close(); setMessage(t('useOfForce.decisionRecorded')); void refresh(); }} />
            )}
          />
        )}
      </div>
      {decisions.length === 0 ? (
        <p className="empty-state">{t('useOfForce.noDecisions')}</p>
      ) : (
        <DataTable
          rows={decisions}
          labelledBy="force-decisions"
          columns={[
            { header: t('useOfForce.measure'), rowHeader: true, cell: (d) => `${d.measure.name} (${d.measure.section})` },
            { header: t('useOfForce.period'), cell: (d) => t('useOfForce.periodValue', { from: formatDate(d.validFrom), to: formatDate(d.validTo) }) },
            { header: t('useOfForce.status'), cell: (d) => t(`useOfForce.decisionStatus.${d.status}`) },
            { header: t('useOfForce.uses'), cell: (d) => t('useOfForce.usesCount', { count: d.uses }), className: 'num' },
            {
              header: t('useOfForce.form'),
              cell: (d) =>
                d.combinedReportId ? (
                  <Link to={`/borgere/${citizen.id}/magtanvendelse/${d.combinedReportId}`}>{t('useOfForce.skema2Filed')}</Link>
                ) : d.combinedReportMissing ? (
                  <>
                    {t('useOfForce.skema2Missing', { date: formatDate(d.combinedReportDue) })} {d.combinedOverdue && <OverdueBadge />}{' '}
                    {abilities.register && <Link to={`/borgere/${citizen.id}/magtanvendelse/ny?skema=skema2&afgorelse=${d.id}`}>{t('useOfForce.fileSkema2')}</Link>}
                  </>
                ) : null,
            },
            abilities.registerUse && {
              header: t('useOfForce.registerUse'), hiddenHeader: true,
              cell: (d) => d.status === 'active' && (
                <button type="button" className="button button-secondary" onClick={() => setUsing(d)}>{t('useOfForce.registerUse')}</button>
              ),
            },
          ]}
        />
      )}
      {using && (
        <RegisterUseModal decision={using} onClose={() => setUsing(null)} onSaved={() => { setUsing(null); setMessage(t('useOfForce.useRegistered')); void refresh(); }} />
      )}
    </>
  );
}
