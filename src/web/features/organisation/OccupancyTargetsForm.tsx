import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { OrgUnit, SetTargetInput } from '../../../contracts/organisation.js';
import { DataTable } from '../../components/DataTable';
import { LoadError, Loading } from '../../components/QueryState';
import { RowAction } from '../../components/RowAction';
import { SelectField } from '../../components/SelectField';
import { SuccessMessage } from '../../components/SuccessMessage';
import { TextField } from '../../components/TextField';
import { FormError } from '../../components/forms/FormError';
import { formFields } from '../../components/forms/formFields';
import { formatDateTime, todayIso } from '../../lib/dates';
import { formatPct } from '../occupancy/format';
import { invalidateOrganisation, organisationKeys, setOccupancyTarget, useOccupancyTargets } from './api';

const FIELD_IDS = { year: 'target-year', targetPct: 'target-pct' };

/** "92,5" or "92.5" as a number; anything else is sent as typed, so the server names the error. */
const parsePct = (s: string) => {
  const n = Number(s.trim().replace(',', '.'));
  return s.trim() !== '' && Number.isFinite(n) ? n : s;
};

/**
 * The occupancy target (belægningsmål) of a municipality, center, area or facility per year: what
 * applies now and where it comes from, the unit's own targets, and a form to set one (50–100 %).
 */
export function OccupancyTargetsForm({ unit }: { unit: OrgUnit }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const targets = useOccupancyTargets(unit.id);
  const thisYear = Number(todayIso().slice(0, 4));
  const [year, setYear] = useState(String(thisYear));
  const [pct, setPct] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (input: SetTargetInput) => setOccupancyTarget(unit.id, input),
    onSuccess: (data, input) => {
      qc.setQueryData(organisationKeys.targets(unit.id), data);
      invalidateOrganisation(qc);
      setSaved(input.targetPct === null ? t('organisation.targets.removed', { year: input.year }) : t('organisation.targets.saved', { year: input.year }));
      setPct('');
    },
  });
  const { bind, fieldIds } = formFields(save.error, FIELD_IDS);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    save.mutate({ year: Number(year), targetPct: parsePct(pct) as number });
  };
  if (targets.isPending) return <Loading />;
  if (targets.isError) return <LoadError error={targets.error} onRetry={() => void targets.refetch()} />;
  const { own, effective, settable } = targets.data;
  return (
    <section aria-labelledby="targets-heading" className="org-targets">
      <h3 id="targets-heading">{t('organisation.targets.heading')}</h3>
      <ul className="org-targets-effective">
        {effective.map((e) => (
          <li key={e.year}>
            {t('organisation.targets.applies', { year: e.year, target: formatPct(e.targetPct) })}{' '}
            <span className="muted">
              {e.source === null
                ? t('organisation.targets.default')
                : e.source.id === unit.id
                  ? t('organisation.targets.ownSource')
                  : t('organisation.targets.inherited', { name: e.source.name })}
            </span>
          </li>
        ))}
      </ul>
      {!settable ? (
        <p className="muted">{t('organisation.targets.notSettable')}</p>
      ) : (
        <>
          {own.length > 0 && (
            <DataTable
              rows={own.map((o) => ({ ...o, id: String(o.year) }))}
              caption={t('organisation.targets.own')}
              showCaption
              variant="compact"
              columns={[
                { header: t('organisation.targets.year'), rowHeader: true, cell: (o) => o.year },
                { header: t('organisation.targets.target'), className: 'num', cell: (o) => formatPct(o.targetPct) },
                { header: t('organisation.targets.setBy'), cell: (o) => `${o.setBy}, ${formatDateTime(o.setAt)}` },
                {
                  header: t('common.actions'),
                  hiddenHeader: true,
                  cellClassName: 'row-actions',
                  cell: (o) => (
                    <RowAction label={t('organisation.targets.remove')} target={String(o.year)} disabled={save.isPending} onClick={() => save.mutate({ year: o.year, targetPct: null })} />
                  ),
                },
              ]}
            />
          )}
          <form onSubmit={submit} noValidate className="admin-form">
            <FormError error={save.error} fieldIds={fieldIds} />
            <div className="inline-form">
              <SelectField
                {...bind('year', year, setYear)}
                label={t('organisation.targets.year')}
                options={[thisYear - 1, thisYear, thisYear + 1, thisYear + 2].map((y) => ({ value: String(y), label: String(y) }))}
              />
              <TextField
                {...bind('targetPct', pct, setPct)}
                label={t('organisation.targets.pctLabel')}
                hint={t('organisation.targets.pctHint')}
                inputMode="decimal"
                className="input-width-xs"
              />
              <button type="submit" className="button button-secondary" disabled={save.isPending || pct.trim() === ''}>
                {t('organisation.targets.save')}
              </button>
            </div>
          </form>
        </>
      )}
      {saved && <SuccessMessage text={saved} onDone={() => setSaved(null)} />}
    </section>
  );
}
