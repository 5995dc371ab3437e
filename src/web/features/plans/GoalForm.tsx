import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import type { Citizen } from '../../../contracts/citizens';
import type { Goal, GoalDetail } from '../../../contracts/plans.js';
import { DateInput } from '../../components/DateInput';
import { ErrorSummary } from '../../components/ErrorSummary';
import { RadioGroup } from '../../components/RadioGroup';
import { SelectField } from '../../components/SelectField';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import { todayIso } from '../../lib/dates';
import { useMe } from '../auth/session';
import { createGoal, invalidateAfterGoalChange, planKeys, updateGoal, useCatalogue, useFfbCodes } from './api';
import { ConditionSelect } from './ConditionSelect';
import { SubGoalsEditor } from './SubGoalsEditor';
import { ConflictNotice } from './ConflictNotice';
import { describeDifferences, emptyGoal, fromGoal, mergeOnto, toCreateInput, toPatch, withStartDate, type GoalFormValues } from './goalForm';
import { toOptions } from './labels';
import { StepsEditor } from './StepsEditor';
import './plans.css';
import { formFields } from '../../components/forms/formFields';
import { onSubmitRun } from '../../components/forms/submit';

interface Props {
  citizen: Citizen;
  /** The goal being edited; omitted for a new goal. */
  goal?: Goal;
  onDone: (goal: Goal) => void;
  onCancel: () => void;
}

const P = 'goal';
const FIELD_IDS: Record<string, string> = {
  title: `${P}-title`,
  whatMatters: `${P}-whatMatters`,
  ffbConditionCode: `${P}-ffbConditionCode`,
  interventionId: `${P}-ffbConditionCode`,
  goalTypeCode: `${P}-goalTypeCode`,
  targetLevelCode: `${P}-targetLevelCode`,
  responsibleUserId: `${P}-responsible`,
  responsibleExternal: `${P}-responsibleExternal`,
  startDate: `${P}-startDate`,
  nextFollowUpDate: `${P}-nextFollowUpDate`,
  subGoals: `${P}-subGoals`,
  actions: `${P}-actions`,
};

/** New goal or edit of one: the citizen's words first, then the FFB codes, who, when, steps. */
export function GoalForm({ citizen, goal, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const qc = useQueryClient();
  const catalogue = useCatalogue();
  const ffbCodes = useFfbCodes();
  const ctx = { meId: me.id, contactPerson: citizen.contactPerson };
  const [base, setBase] = useState<Goal | undefined>(goal);
  const [values, setValues] = useState<GoalFormValues>(() => (goal ? fromGoal(goal, ctx) : emptyGoal(todayIso(), citizen.followUpIntervalMonths)));
  const [conflict, setConflict] = useState<Goal | null>(null);
  const set = <K extends keyof GoalFormValues>(key: K) => (value: GoalFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  const mutation = useMutation({
    mutationFn: async ({ against, form }: { against: Goal | undefined; form: GoalFormValues }) => {
      if (!against) return createGoal(citizen.id, toCreateInput(form, ctx));
      const changes = toPatch(form, against, ctx);
      return Object.keys(changes).length ? updateGoal(against, changes) : against;
    },
    onSuccess: (saved) => {
      // Show the saved goal at once; the follow-ups and notes of an edited goal stay as they were.
      qc.setQueryData<GoalDetail>(planKeys.goal(saved.id), (old) => ({ followUps: [], notes: [], latestAssessment: null, ...old, ...saved }));
      invalidateAfterGoalChange(qc, saved);
      onDone(saved);
    },
    onError: (e) => {
      if (isApiError(e) && e.status === 409 && e.current) setConflict(e.current as Goal);
    },
  });
  const submit = onSubmitRun(() => mutation.mutate({ against: base, form: values }));
  const reload = () => {
    if (!conflict) return;
    setBase(conflict);
    setValues(fromGoal(conflict, ctx));
    setConflict(null);
    mutation.reset();
    invalidateAfterGoalChange(qc, conflict);
  };
  const reapply = () => {
    if (!conflict || !base) return;
    const merged = mergeOnto(fromGoal(conflict, ctx), values, fromGoal(base, ctx));
    setValues(merged);
    setBase(conflict);
    setConflict(null);
    mutation.mutate({ against: conflict, form: merged });
  };

  const error = conflict ? null : mutation.error;
  const responsibleOptions = [
    { value: 'me', label: t('plans.responsibleMe', { name: me.displayName }) },
    ...(citizen.contactPerson && citizen.contactPerson.id !== me.id
      ? [{ value: 'contact', label: t('plans.responsibleContact', { name: citizen.contactPerson.name }) }]
      : []),
    ...(values.responsible === 'keep' && base?.responsible?.name ? [{ value: 'keep', label: base.responsible.name }] : []),
    { value: 'external', label: t('plans.responsibleExternal') },
    { value: 'none', label: t('plans.noResponsible') },
  ];
  const { field, bind } = formFields(error, FIELD_IDS);
  return (
    <form onSubmit={submit} noValidate className="goal-form">
      {conflict && (
        <ConflictNotice
          differences={describeDifferences(values, base ?? conflict, conflict, { ...ctx, meName: me.displayName }, catalogue.data, t, ffbCodes.data?.conditions)}
          onReload={reload}
          onReapply={reapply}
        />
      )}
      <ErrorSummary error={error} fieldIds={FIELD_IDS} />
      <TextField
        {...bind('title', values.title, set('title'))}
        label={t('plans.fields.title')}
        hint={t('plans.hints.title')}
        className="input-full"
      />
      <TextArea
        {...bind('whatMatters', values.whatMatters, set('whatMatters'))}
        label={t('plans.fields.whatMatters')}
        hint={t('plans.hints.whatMatters')}
        rows={3}
      />
      <div className="form-row goal-form-row">
        <ConditionSelect
          {...bind('ffbConditionCode', values.ffbConditionCode, set('ffbConditionCode'))}
          label={t('plans.fields.ffbCondition')}
          hint={goal && !goal.ffbCondition ? t('plans.hints.chooseCondition', { area: goal.ffbArea.display }) : t('plans.hints.ffbCondition')}
        />
        <SelectField
          {...bind('targetLevelCode', values.targetLevelCode, set('targetLevelCode'))}
          label={t('plans.fields.targetLevel')}
          hint={t('plans.hints.targetLevel')}
          options={toOptions(catalogue.data?.functionalLevels)}
          placeholder={t('common.choose')}
        />
      </div>
      <RadioGroup
        name={FIELD_IDS.goalTypeCode}
        legend={t('plans.fields.goalType')}
        options={toOptions(catalogue.data?.goalTypes)}
        value={values.goalTypeCode}
        onChange={set('goalTypeCode')}
        error={field('goalTypeCode').error}
      />
      <div className="form-row goal-form-row">
        <SelectField
          {...bind<string>('responsibleUserId', values.responsible, (v) => set('responsible')(v as GoalFormValues['responsible']))}
          label={t('plans.fields.responsible')}
          options={responsibleOptions}
        />
        {!goal && (
          <DateInput
            {...bind('startDate', values.startDate, (start) => setValues((v) => withStartDate(v, start, citizen.followUpIntervalMonths)))}
            label={t('plans.fields.startDate')}
          />
        )}
        <DateInput
          {...bind('nextFollowUpDate', values.nextFollowUpDate, set('nextFollowUpDate'))}
          label={t('plans.fields.nextFollowUp')}
          hint={goal ? (goal.nextFollowUpDate ? t('plans.hints.nextFollowUpEdit') : undefined) : t('plans.hints.nextFollowUp', { count: citizen.followUpIntervalMonths })}
        />
      </div>
      {values.responsible === 'external' && (
        <TextField
          {...bind('responsibleExternal', values.responsibleExternal, set('responsibleExternal'))}
          label={t('plans.fields.responsibleExternal')}
          hint={t('plans.hints.responsibleExternal')}
        />
      )}
      <SubGoalsEditor idPrefix={P} steps={values.subGoals} onChange={set('subGoals')} error={error} />
      <StepsEditor
        name="actions"
        idPrefix={P}
        legend={t('plans.fields.actions')}
        addLabel={t('plans.addAction')}
        itemLabel={(n) => t('plans.actionN', { n })}
        withResponsible
        steps={values.actions}
        onChange={set('actions')}
        error={error}
      />
      <div className="button-group-inline goal-form-actions">
        <button type="submit" className="button button-primary" disabled={mutation.isPending || Boolean(conflict)}>
          {goal ? t('plans.saveChanges') : t('plans.create')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
