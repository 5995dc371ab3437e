import { useTranslation } from 'react-i18next';
import { DateInput } from '../../components/DateInput';
import { fieldError } from '../../components/ErrorSummary';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { emptySubGoal, type SubGoalValue } from './goalForm';

interface Props {
  idPrefix: string;
  steps: SubGoalValue[];
  onChange: (steps: SubGoalValue[]) => void;
  error: unknown;
}

/**
 * Sub-goals (delmål): what, by when and how one sees it is reached; a saved sub-goal is evaluated
 * (achieved, partly, not) with a date and a note. Sub-goals from before dates and criteria are
 * marked until completed.
 */
export function SubGoalsEditor({ idPrefix, steps, onChange, error }: Props) {
  const { t } = useTranslation();
  const update = (i: number, patch: Partial<SubGoalValue>) => onChange(steps.map((s, k) => (k === i ? { ...s, ...patch } : s)));
  const add = () => {
    onChange([...steps, emptySubGoal()]);
    window.setTimeout(() => document.getElementById(`${idPrefix}-subGoals-${steps.length}`)?.focus(), 0);
  };
  const results = (['achieved', 'partly', 'not_achieved'] as const).map((r) => ({ value: r, label: t(`plans.evaluation.${r}`) }));
  return (
    <fieldset className="form-group steps-editor" id={`${idPrefix}-subGoals`}>
      <legend className="form-label">{t('plans.fields.subGoals')}</legend>
      {steps.length === 0 && <p className="muted">{t('plans.noneYet')}</p>}
      <ol className="steps-editor-list plain-list no-max-width">
        {steps.map((s, i) => {
          const id = `${idPrefix}-subGoals-${i}`;
          const err = (f: string) => fieldError(error, `subGoals.${i}.${f}`);
          const incomplete = Boolean(s.id) && (!s.dueDate || !s.successCriterion);
          return (
            <li key={s.id ?? `new-${i}`} className="sub-goal-editor">
              {incomplete && <p className="form-hint">{t('plans.subGoalNeedsCompletion')}</p>}
              <TextField
                id={id}
                label={t('plans.subGoalN', { n: i + 1 })}
                value={s.text}
                onChange={(text) => update(i, { text })}
                error={fieldError(error, `subGoals.${i}`) ?? err('text')}
                className="input-full"
              />
              <div className="form-row goal-form-row">
                <DateInput id={`${id}-due`} label={t('plans.fields.subGoalDue')} value={s.dueDate} onChange={(dueDate) => update(i, { dueDate })} error={err('dueDate')} />
                <TextField
                  id={`${id}-criterion`}
                  label={t('plans.fields.successCriterion')}
                  hint={t('plans.hints.successCriterion')}
                  value={s.successCriterion}
                  onChange={(successCriterion) => update(i, { successCriterion })}
                  error={err('successCriterion')}
                  className="input-full"
                />
              </div>
              {s.id && (
                <div className="form-row goal-form-row">
                  <SelectField
                    id={`${id}-evaluation`}
                    label={t('plans.fields.evaluation')}
                    value={s.evaluation}
                    onChange={(v) => update(i, { evaluation: v as SubGoalValue['evaluation'], evaluatedOn: v && !s.evaluatedOn ? new Date().toISOString().slice(0, 10) : s.evaluatedOn })}
                    options={results}
                    placeholder={t('plans.evaluation.none')}
                    error={err('evaluation.result')}
                  />
                  {s.evaluation && (
                    <>
                      <DateInput id={`${id}-evaluatedOn`} label={t('plans.fields.evaluatedOn')} value={s.evaluatedOn} onChange={(evaluatedOn) => update(i, { evaluatedOn })} error={err('evaluation.date')} />
                      <TextField id={`${id}-evaluationNote`} label={t('plans.fields.evaluationNote')} value={s.evaluationNote} onChange={(evaluationNote) => update(i, { evaluationNote })} error={err('evaluation.note')} />
                    </>
                  )}
                </div>
              )}
              <button type="button" className="button button-secondary" onClick={() => onChange(steps.filter((_, k) => k !== i))}>
                {t('common.remove')}
                <span className="sr-only"> {t('plans.subGoalN', { n: i + 1 })}</span>
              </button>
            </li>
          );
        })}
      </ol>
      <button type="button" className="button button-tertiary" onClick={add}>
        + {t('plans.addSubGoal')}
      </button>
    </fieldset>
  );
}
