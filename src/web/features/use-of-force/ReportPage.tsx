import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { OverdueBadge } from '../../components/Badges';
import { Fact } from '../../components/Fact';
import { DialogButton } from '../../components/forms/DialogButton';
import { FormError } from '../../components/forms/FormError';
import { mutationForm } from '../../components/forms/formFields';
import { LoadError, Loading } from '../../components/QueryState';
import { SuccessMessage } from '../../components/SuccessMessage';
import { TextArea } from '../../components/TextArea';
import { formatDate, formatDateTime } from '../../lib/dates';
import { forceKeys, forwardReport, useReport, type Report } from './api';
import { deadlineText, formName } from './format';
import { RelativesModal } from './RelativesModal';
import './use-of-force.css';

/** The leader's statement, forwarded with the report. */
function ForwardForm({ report, onDone }: { report: Report; onDone: (r: Report) => void }) {
  const { t } = useTranslation();
  const [statement, setStatement] = useState('');
  const ids = { statement: 'forward-statement', version: 'forward-statement' };
  const save = useMutation({ mutationFn: () => forwardReport(report.id, report.version, statement.trim()), onSuccess: onDone });
  const { submit, bind } = mutationForm(save, ids);
  return (
    <form onSubmit={submit} noValidate>
      <FormError error={save.error} fieldIds={ids} />
      <TextArea {...bind('statement', statement, setStatement)} label={t('useOfForce.statement')} hint={t('useOfForce.statementHint')} rows={4} maxLength={4000} />
      <button type="submit" className="button button-primary" disabled={save.isPending}>{t('useOfForce.forward')}</button>
    </form>
  );
}

/** One report: the form's answers, deadlines, the leader's statement and forwarding, relatives informed, and its PDF. */
export default function ReportPage() {
  const { t } = useTranslation();
  const { reportId = '' } = useParams();
  const location = useLocation();
  const qc = useQueryClient();
  const report = useReport(reportId);
  const [message, setMessage] = useState((location.state as { registered?: boolean } | null)?.registered ? t('useOfForce.registered') : '');
  const updated = (r: Report, text: string) => {
    qc.setQueryData(forceKeys.report(r.id), r);
    void qc.invalidateQueries({ queryKey: forceKeys.all });
    setMessage(text);
  };

  if (report.isPending) return <Loading />;
  if (report.isError) return <LoadError error={report.error} onRetry={() => void report.refetch()} />;
  const r = report.data;
  return (
    <article className="force-report" aria-labelledby="force-report-heading">
      {message && <SuccessMessage text={message} onDone={() => setMessage('')} />}
      <div className="section-head">
        <h2 id="force-report-heading" className="h3">{t('useOfForce.reportHeading', { date: formatDateTime(r.occurredAt) })}</h2>
        <a href={`/api/use-of-force/reports/${r.id}/report.pdf`} className="button button-secondary" download>{t('useOfForce.pdf')}</a>
      </div>
      <p className="form-hint force-title">{r.form.title} ({formName(r.form.title)}, version {r.form.version})</p>
      <dl className="facts">
        <Fact term={t('useOfForce.status')}>{t(`useOfForce.statuses.${r.status}`)}{r.overdue && <> <OverdueBadge /></>}</Fact>
        <Fact term={t('useOfForce.unit')}>{r.unit.name}</Fact>
        <Fact term={t('useOfForce.measure')}>{r.measures.map((m) => `${m.name} (${m.section})`).join('; ')}</Fact>
        <Fact term={t('useOfForce.reportedBy')}>{`${r.reportedBy.name}, ${formatDateTime(r.reportedAt)}`}</Fact>
        <Fact term={t('useOfForce.staffDeadline')}>{deadlineText(t, r.staffDeadline)}</Fact>
        <Fact term={t('useOfForce.forwardDue')}>{deadlineText(t, r.forwardDeadline)}</Fact>
      </dl>
      <h3 className="h4">{t('useOfForce.answers')}</h3>
      <dl className="facts force-answers">
        {r.answers.map((a) => <Fact key={a.key} term={a.label}>{a.value === null ? '—' : String(a.value)}</Fact>)}
      </dl>
      <h3 className="h4">{t('useOfForce.leaderStatement')}</h3>
      {r.leaderStatement ? (
        <>
          <p className="force-statement">{r.leaderStatement}</p>
          {r.forwardedAt && <p>{t('useOfForce.forwardedInfo', { when: formatDateTime(r.forwardedAt), by: r.forwardedBy, to: r.forwardedTo.join(' og ') })}</p>}
        </>
      ) : r.abilities.forward ? (
        <ForwardForm report={r} onDone={(x) => updated(x, t('useOfForce.forwarded'))} />
      ) : (
        <p className="empty-state">{t('useOfForce.noStatement')}</p>
      )}
      <div className="section-head">
        <h3 id="force-relatives" className="h4">{t('useOfForce.relatives')}</h3>
        {r.abilities.informRelatives && (
          <DialogButton label={t('useOfForce.informRelatives')} dialog={(close) => <RelativesModal report={r} onClose={close} onSaved={(x) => { close(); updated(x, t('useOfForce.relativesSaved')); }} />} />
        )}
      </div>
      {r.relativesInformed.length === 0 ? (
        <p className="empty-state">{t('useOfForce.noRelatives')}</p>
      ) : (
        <ul aria-labelledby="force-relatives">
          {r.relativesInformed.map((x, i) => (
            <li key={i}>{`${formatDate(x.informedOn)}: ${x.whom} (${t(`useOfForce.hows.${x.how}`)}) ${t('useOfForce.informedBy', { name: x.informedBy })}${x.note ? ` – ${x.note}` : ''}`}</li>
          ))}
        </ul>
      )}
      <p><Link to={`/borgere/${r.citizen.id}/magtanvendelse`}>{t('useOfForce.heading')}</Link></p>
    </article>
  );
}
