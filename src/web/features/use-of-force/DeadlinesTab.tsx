import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable';
import { Tag } from '../../components/Badges';
import { ModalForm } from '../../components/forms/ModalForm';
import { mutationForm } from '../../components/forms/formFields';
import { LoadError, Loading } from '../../components/QueryState';
import { RadioGroup } from '../../components/RadioGroup';
import { SuccessMessage } from '../../components/SuccessMessage';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import { changeDeadline, forceKeys, useDeadlines, type DeadlineRule } from './api';

function ChangeModal({ rule, onClose, onSaved }: { rule: DeadlineRule; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [days, setDays] = useState(String(rule.days));
  const [dayKind, setDayKind] = useState(rule.dayKind);
  const [source, setSource] = useState(rule.source);
  const ids = { days: 'deadline-days', dayKind: 'deadline-kind', source: 'deadline-source' };
  const save = useMutation({ mutationFn: () => changeDeadline(rule.rule, { days: Number(days), dayKind, source: source.trim() }), onSuccess: onSaved });
  const { submit, bind, field } = mutationForm(save, ids);
  return (
    <ModalForm id="deadline-form" title={t('useOfForce.changeTitle', { rule: rule.label })} mutation={save} fieldIds={ids} onSubmit={submit} onClose={onClose}>
      <TextField {...bind('days', days, setDays)} label={t('useOfForce.days')} inputMode="numeric" className="input-width-xs" />
      <RadioGroup name="deadline-kind" legend={t('useOfForce.dayKind')} value={dayKind} onChange={(v) => setDayKind(v as typeof dayKind)} error={field('dayKind').error}
        options={(['calendar', 'weekdays'] as const).map((k) => ({ value: k, label: t(`useOfForce.dayKinds.${k}`) }))} />
      <TextArea {...bind('source', source, setSource)} label={t('useOfForce.source')} rows={4} maxLength={2000} />
    </ModalForm>
  );
}

/** The municipality's deadline rules with their legal source; an admin edits them. */
export function DeadlineRules() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const rules = useDeadlines();
  const [editing, setEditing] = useState<DeadlineRule | null>(null);
  const [message, setMessage] = useState('');
  if (rules.isPending) return <Loading />;
  if (rules.isError) return <LoadError error={rules.error} onRetry={() => void rules.refetch()} />;
  const { mayChange } = rules.data;
  return (
    <>
      {message && <SuccessMessage text={message} onDone={() => setMessage('')} />}
      <p>{t('useOfForce.deadlinesIntro')}</p>
      <DataTable
        rows={rules.data.rules}
        rowKey={(r) => r.rule}
        caption={t('useOfForce.deadlinesHeading')}
        columns={[
          { header: t('useOfForce.rule'), rowHeader: true, cell: (r) => r.label },
          {
            header: t('useOfForce.days'),
            cell: (r) => `${t('useOfForce.daysValue', { days: r.days, kind: t(`useOfForce.dayKinds.${r.dayKind}`) })} ${t(`useOfForce.countedFrom.${r.countedFrom}`, { defaultValue: '' })}`,
          },
          {
            header: t('useOfForce.source'),
            cell: (r) => (<>{r.source} {r.isDefault ? <Tag variant="muted">{t('useOfForce.default')}</Tag> : <Tag>{t('useOfForce.own', { by: r.updatedBy })}</Tag>}</>),
          },
          mayChange && {
            header: t('useOfForce.change'), hiddenHeader: true,
            cell: (r) => <button type="button" className="button button-secondary" onClick={() => setEditing(r)} aria-label={`${t('useOfForce.change')}: ${r.label}`}>{t('useOfForce.change')}</button>,
          },
        ]}
      />
      {editing && (
        <ChangeModal rule={editing} onClose={() => setEditing(null)} onSaved={() => { setEditing(null); setMessage(t('useOfForce.changed')); void qc.invalidateQueries({ queryKey: forceKeys.deadlines }); }} />
      )}
    </>
  );
}

/** Administration: the use-of-force deadlines. */
export default function DeadlinesTab() {
  const { t } = useTranslation();
  return (
    <>
      <h2 className="h3">{t('useOfForce.deadlinesHeading')}</h2>
      <DeadlineRules />
    </>
  );
}
