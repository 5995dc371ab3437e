import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable';
import { PageHeading } from '../../components/PageHeading';
import { Tag } from '../../components/Badges';
import { ModalForm } from '../../components/forms/ModalForm';
import { mutationForm } from '../../components/forms/formFields';
import { LoadError, Loading } from '../../components/QueryState';
import { SuccessMessage } from '../../components/SuccessMessage';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import { useMe } from '../auth/session';
import { committeeKeys, formatPct, setDeadline, useDeadlineOverview, type DeadlineData } from './api';
import './committee.css';

type DeadlineType = DeadlineData['types'][number];

function ChangeModal({ type, onClose, onSaved }: { type: DeadlineType; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [days, setDays] = useState(String(type.days));
  const [source, setSource] = useState(type.source ?? '');
  const ids = { days: 'deadline-days', source: 'deadline-source' };
  const save = useMutation({ mutationFn: () => setDeadline(type.code, { days: Number(days), source }), onSuccess: onSaved });
  const { submit, bind } = mutationForm(save, ids);
  return (
    <ModalForm id="deadline-form" title={t('committee.changeDeadline', { name: type.name })} mutation={save} fieldIds={ids} onSubmit={submit} onClose={onClose}>
      <TextField {...bind('days', days, setDays)} label={t('committee.deadlineDays')} inputMode="numeric" className="input-width-xs" />
      <TextArea {...bind('source', source, setSource)} label={t('committee.source')} hint={t('committee.sourceHint')} rows={3} maxLength={2000} />
    </ModalForm>
  );
}

const monthName = (m: string) => new Intl.DateTimeFormat('da-DK', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${m}-01T00:00:00Z`));

/** Sagsbehandlingsfrister: each referral type's deadline, and per month the share decided within it. */
export default function DeadlinesPage() {
  const { t } = useTranslation();
  const me = useMe();
  const qc = useQueryClient();
  const overview = useDeadlineOverview();
  const [editing, setEditing] = useState<DeadlineType | null>(null);
  const [message, setMessage] = useState('');
  const mayChange = me.roles.some((r) => r.role === 'admin');
  return (
    <div className="committee">
      <PageHeading>{t('committee.deadlinesHeading')}</PageHeading>
      {message && <SuccessMessage text={message} onDone={() => setMessage('')} />}
      {overview.isPending && <Loading />}
      {overview.isError && <LoadError error={overview.error} onRetry={() => void overview.refetch()} />}
      {overview.data && (
        <>
          <section aria-labelledby="deadline-months">
            <h2 id="deadline-months" className="h3">{t('committee.monthsHeading')}</h2>
            <p className="muted">{t('committee.monthsIntro')}</p>
            {overview.data.months.length === 0 ? <p className="empty-state">{t('committee.noDecisions')}</p> : (
              <DataTable
                rows={overview.data.months}
                rowKey={(m) => m.month}
                labelledBy="deadline-months"
                columns={[
                  { header: t('committee.month'), rowHeader: true, cell: (m) => monthName(m.month) },
                  { header: t('committee.decided'), cell: (m) => m.decided, className: 'num' },
                  { header: t('committee.within'), cell: (m) => m.withinDeadline, className: 'num' },
                  {
                    header: t('committee.share'),
                    cell: (m) => (
                      <span className="committee-share">
                        <span className="committee-bar" aria-hidden="true"><span style={{ width: `${Math.round(m.share * 100)}%` }} /></span>
                        {formatPct(m.share)}
                      </span>
                    ),
                  },
                ]}
              />
            )}
          </section>
          <section aria-labelledby="deadline-types">
            <h2 id="deadline-types" className="h3">{t('committee.typesHeading')}</h2>
            <DataTable
              rows={overview.data.types}
              rowKey={(d) => d.code}
              labelledBy="deadline-types"
              columns={[
                { header: t('committee.type'), rowHeader: true, cell: (d) => d.name },
                { header: t('committee.deadlineDays'), cell: (d) => t('committee.days', { count: d.days }), className: 'num nowrap' },
                { header: t('committee.source'), cell: (d) => (d.source ?? <Tag variant="muted">{t('committee.defaultDeadline', { days: d.defaultDays })}</Tag>) },
                mayChange && {
                  header: t('committee.change'), hiddenHeader: true,
                  cell: (d: DeadlineType) => <button type="button" className="button button-secondary" onClick={() => setEditing(d)} aria-label={`${t('committee.change')}: ${d.name}`}>{t('committee.change')}</button>,
                },
              ]}
            />
          </section>
        </>
      )}
      {editing && (
        <ChangeModal type={editing} onClose={() => setEditing(null)}
          onSaved={() => { setEditing(null); setMessage(t('committee.deadlineSaved')); void qc.invalidateQueries({ queryKey: committeeKeys.deadlines }); }} />
      )}
    </div>
  );
}
