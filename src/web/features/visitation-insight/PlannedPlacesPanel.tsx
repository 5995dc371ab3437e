import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable';
import { DateInput } from '../../components/DateInput';
import { ErrorSummary, fieldError } from '../../components/ErrorSummary';
import { Panel } from '../../components/Panel';
import { LoadError, Loading } from '../../components/QueryState';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { onSubmitRun } from '../../components/forms/submit';
import { useFacilities } from '../occupancy/api';
import { addPlannedPlace, insightKeys, removePlannedPlace, usePlannedPlaces } from './api';
import { fmtDate } from './format';

/** Planned new places (seed 002's 17): listed for the forecast's readers; added and removed by the leadership. */
export function PlannedPlacesPanel() {
  const { t } = useTranslation();
  const planned = usePlannedPlaces();
  const client = useQueryClient();
  const refresh = () => Promise.all([client.invalidateQueries({ queryKey: insightKeys.planned }), client.invalidateQueries({ queryKey: insightKeys.model })]);
  const remove = useMutation({ mutationFn: removePlannedPlace, onSuccess: refresh });
  return (
    <Panel id="planned-places" heading={t('visitationInsight.planned.heading')}>
      {planned.isPending && <Loading />}
      {planned.isError && <LoadError error={planned.error} onRetry={() => void planned.refetch()} />}
      {planned.data && planned.data.data.length === 0 && <p className="empty-state">{t('visitationInsight.planned.empty')}</p>}
      {planned.data && planned.data.data.length > 0 && (
        <DataTable
          rows={planned.data.data}
          labelledBy="planned-places"
          columns={[
            { header: t('visitationInsight.planned.facility'), cell: (p) => p.unit.name, rowHeader: true },
            { header: t('visitationInsight.planned.legalBasis'), cell: (p) => p.legalBasis },
            { header: t('visitationInsight.planned.places'), cell: (p) => p.places, className: 'num' },
            { header: t('visitationInsight.planned.opensOn'), cell: (p) => fmtDate(p.opensOn) },
            { header: t('visitationInsight.planned.note'), cell: (p) => p.note },
            {
              header: t('visitationInsight.planned.actions'), hiddenHeader: true,
              cell: (p) => p.mayRemove && (
                <button type="button" className="button button-tertiary" disabled={remove.isPending} onClick={() => remove.mutate(p.id)}
                  aria-label={t('visitationInsight.planned.removeLabel', { places: p.places, unit: p.unit.name, date: fmtDate(p.opensOn) })}>
                  {t('visitationInsight.planned.remove')}
                </button>
              ),
            },
          ]}
        />
      )}
      {planned.data?.mayAdd && <AddPlannedPlaces onAdded={refresh} />}
    </Panel>
  );
}

function AddPlannedPlaces({ onAdded }: { onAdded: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const facilities = useFacilities();
  const [form, setForm] = useState({ unitId: '', legalBasis: '§108', places: '', opensOn: '', note: '' });
  const add = useMutation({
    mutationFn: () => addPlannedPlace({ ...form, places: Number(form.places) }),
    onSuccess: async () => {
      setForm({ unitId: '', legalBasis: '§108', places: '', opensOn: '', note: '' });
      await onAdded();
    },
  });
  const set = (k: keyof typeof form) => (v: string) => setForm({ ...form, [k]: v });
  return (
    <form className="insight-form" onSubmit={onSubmitRun(() => add.mutate())} noValidate aria-labelledby="planned-add">
      <h3 id="planned-add" className="h4">{t('visitationInsight.planned.add')}</h3>
      {add.error && <ErrorSummary error={add.error} fieldIds={{ unitId: 'pp-unit', legalBasis: 'pp-basis', places: 'pp-places', opensOn: 'pp-opens' }} />}
      <div className="insight-fields">
        <SelectField id="pp-unit" label={t('visitationInsight.planned.facility')} value={form.unitId} onChange={set('unitId')} placeholder={t('visitationInsight.planned.choose')} error={fieldError(add.error, 'unitId')}
          options={(facilities.data ?? []).map((f) => ({ value: f.id, label: f.name }))} />
        <SelectField id="pp-basis" label={t('visitationInsight.planned.legalBasis')} value={form.legalBasis} onChange={set('legalBasis')} error={fieldError(add.error, 'legalBasis')}
          options={['§107', '§108', '§110', 'ABL §105'].map((v) => ({ value: v, label: v }))} />
        <TextField id="pp-places" label={t('visitationInsight.planned.places')} value={form.places} onChange={set('places')} inputMode="numeric" error={fieldError(add.error, 'places')} />
        <DateInput id="pp-opens" label={t('visitationInsight.planned.opensOn')} value={form.opensOn} onChange={set('opensOn')} error={fieldError(add.error, 'opensOn')} />
        <TextField id="pp-note" label={t('visitationInsight.planned.note')} value={form.note} onChange={set('note')} error={fieldError(add.error, 'note')} />
      </div>
      <button type="submit" className="button button-secondary" disabled={add.isPending}>{t('visitationInsight.planned.save')}</button>
    </form>
  );
}
