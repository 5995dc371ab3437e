import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { NOT_ASSESSED_LEVEL } from '../../../domain/ffb';
import { DateInput } from '../../components/DateInput';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField } from '../../components/SelectField';
import { TextArea } from '../../components/TextArea';
import { mutationForm } from '../../components/forms/formFields';
import { todayIso } from '../../lib/dates';
import { addAssessment, planKeys, useAssessments, useCatalogue } from './api';
import { ConditionSelect } from './ConditionSelect';
import { toOptions } from './labels';

const IDS = { conditionCode: 'as-condition', assessedOn: 'as-date', levelCode: 'as-level', note: 'as-note', citizenView: 'as-view' };

/** FFB assessments: the latest per condition, and a form for a new one (level, professional note, the citizen's view). */
export function AssessmentsPanel({ citizenId, canEdit }: { citizenId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const catalogue = useCatalogue();
  const assessments = useAssessments(citizenId);
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState({ conditionCode: '', assessedOn: todayIso(), levelCode: '', note: '', citizenView: '' });
  const set = (k: keyof typeof form) => (v: string) => setForm((f) => ({ ...f, [k]: v }));
  const mutation = useMutation({
    mutationFn: () => addAssessment(citizenId, form),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: planKeys.assessments(citizenId) });
      setOpen(false);
      setForm((f) => ({ ...f, conditionCode: '', levelCode: '', note: '', citizenView: '' }));
    },
  });
  const { submit, bind } = mutationForm(mutation, IDS);
  // The list is newest first: the first of each condition is its current assessment.
  const latest = (assessments.data ?? []).filter((a, i, all) => all.findIndex((b) => b.condition.code === a.condition.code) === i);
  return (
    <section aria-labelledby="assessments-heading" className="goal-group">
      <h2 id="assessments-heading" className="h3">
        {t('plans.assessment.heading')}
      </h2>
      {assessments.data && latest.length === 0 && <p className="muted">{t('plans.assessment.noneAtAll')}</p>}
      {latest.length > 0 && (
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">{t('plans.fields.ffbCondition')}</th>
              <th scope="col">{t('plans.assessment.level')}</th>
              <th scope="col">{t('plans.assessment.date')}</th>
              <th scope="col">{t('plans.assessment.citizenView')}</th>
            </tr>
          </thead>
          <tbody>
            {latest.map((a) => (
              <tr key={a.id}>
                <td>
                  {a.condition.display} <span className="muted">({a.area.display})</span>
                </td>
                <td>{a.level.display}</td>
                <td>
                  {a.assessedOn} <span className="muted">{a.assessedBy.name}</span>
                </td>
                <td>{a.citizenView}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canEdit && !open && (
        <button type="button" className="button button-tertiary" onClick={() => setOpen(true)}>
          + {t('plans.assessment.add')}
        </button>
      )}
      {canEdit && open && (
        <form onSubmit={submit} noValidate className="panel">
          <ErrorSummary error={mutation.error} fieldIds={IDS} />
          <div className="form-row goal-form-row">
            <ConditionSelect {...bind('conditionCode', form.conditionCode, set('conditionCode'))} label={t('plans.fields.ffbCondition')} />
            <SelectField
              {...bind('levelCode', form.levelCode, set('levelCode'))}
              label={t('plans.assessment.level')}
              options={toOptions(catalogue.data?.functionalLevels.filter((l) => l.code !== NOT_ASSESSED_LEVEL))}
              placeholder={t('common.choose')}
            />
            <DateInput {...bind('assessedOn', form.assessedOn, set('assessedOn'))} label={t('plans.assessment.date')} />
          </div>
          <TextArea {...bind('note', form.note, set('note'))} label={t('plans.assessment.note')} rows={2} />
          <TextArea {...bind('citizenView', form.citizenView, set('citizenView'))} label={t('plans.assessment.citizenView')} rows={2} />
          <div className="button-group-inline">
            <button type="submit" className="button button-primary" disabled={mutation.isPending}>
              {t('plans.assessment.save')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setOpen(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
