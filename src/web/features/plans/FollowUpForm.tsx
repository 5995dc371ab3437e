import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Goal, Progress } from '../../../contracts/plans.js';
import { Checkbox } from '../../components/Checkbox';
import { DateInput } from '../../components/DateInput';
import { ErrorSummary } from '../../components/ErrorSummary';
import { RadioGroup } from '../../components/RadioGroup';
import { SelectField } from '../../components/SelectField';
import { TextArea } from '../../components/TextArea';
import { todayIso } from '../../lib/dates';
import { NOT_ASSESSED_LEVEL } from '../../../domain/ffb';
import { addFollowUp, invalidateAfterGoalChange, useCatalogue, useFfbCodes } from './api';
import type { Assessment } from '../../../contracts/plans.js';
import { toOptions } from './labels';
import { FormActions } from '../../components/forms/FormActions';
import { mutationForm } from '../../components/forms/formFields';

const IDS = {
  followUpDate: 'fu-date',
  progress: 'fu-progress',
  levelCode: 'fu-level',
  note: 'fu-note',
  continues: 'fu-continues',
  nextFollowUpDate: 'fu-next',
  authorityStatusCode: 'fu-authority',
  'assessment.levelCode': 'fu-assessment-level',
};

/**
 * Registrér opfølgning: date (today), progress, level reached, a note, whether the goal continues;
 * the outcome for the authority (FFB's status på indsats); and, reading the latest FFB assessment
 * of the goal's condition, a new one.
 */
export function FollowUpForm({ goal, latestAssessment, onDone }: { goal: Goal; latestAssessment?: Assessment | null; onDone: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const catalogue = useCatalogue();
  const ffbCodes = useFfbCodes();
  const [authorityStatus, setAuthorityStatus] = useState('');
  const [assessLevel, setAssessLevel] = useState('');
  const [assessNote, setAssessNote] = useState('');
  const [citizenView, setCitizenView] = useState('');
  const [date, setDate] = useState(todayIso());
  const [progress, setProgress] = useState<Progress | ''>('');
  const [level, setLevel] = useState(goal.currentLevel?.code ?? '');
  const [note, setNote] = useState('');
  const [continues, setContinues] = useState(true);
  const [next, setNext] = useState('');
  const mutation = useMutation({
    mutationFn: () =>
      addFollowUp(goal.id, {
        followUpDate: date,
        progress: progress as Progress,
        ...(level ? { levelCode: level } : {}),
        note,
        continues,
        ...(continues && next ? { nextFollowUpDate: next } : {}),
        ...(authorityStatus ? { authorityStatusCode: authorityStatus } : {}),
        ...(assessLevel ? { assessment: { levelCode: assessLevel, note: assessNote, citizenView } } : {}),
      }),
    onSuccess: () => {
      invalidateAfterGoalChange(qc, goal);
      onDone();
    },
  });
  const progressOptions = (['improved', 'unchanged', 'declined'] as const).map((p) => ({ value: p, label: t(`plans.progress.${p}`) }));
  const { submit, field, bind } = mutationForm(mutation, IDS);
  return (
    <form onSubmit={submit} noValidate className="follow-up-form">
      <ErrorSummary error={mutation.error} fieldIds={{ ...IDS, progress: `${IDS.progress}-improved` }} />
      <DateInput {...bind('followUpDate', date, setDate)} label={t('plans.followUp.date')} />
      <RadioGroup
        name={IDS.progress}
        legend={t('plans.followUp.progress')}
        options={progressOptions}
        value={progress}
        onChange={(v) => setProgress(v as Progress)}
        error={field('progress').error}
      />
      <SelectField
        {...bind('levelCode', level, setLevel)}
        label={t('plans.followUp.level')}
        hint={t('plans.followUp.levelHint', { target: goal.targetLevel.display })}
        options={toOptions(catalogue.data?.functionalLevels)}
        placeholder={t('plans.followUp.levelNotAssessed')}
      />
      <TextArea {...bind('note', note, setNote)} label={t('plans.followUp.note')} rows={4} />
      <SelectField
        {...bind('authorityStatusCode', authorityStatus, setAuthorityStatus)}
        label={t('plans.followUp.authorityStatus')}
        hint={t('plans.followUp.authorityStatusHint')}
        options={(ffbCodes.data?.authorityStatuses ?? []).map((s) => ({ value: s.code, label: s.display }))}
        placeholder={t('common.choose')}
      />
      {goal.ffbCondition && (
        <fieldset className="form-group">
          <legend className="form-label">{t('plans.assessment.newFor', { condition: goal.ffbCondition.display })}</legend>
          <p className="form-hint">
            {latestAssessment
              ? t('plans.assessment.latest', { level: latestAssessment.level.display, date: latestAssessment.assessedOn, by: latestAssessment.assessedBy.name })
              : t('plans.assessment.noneYet')}
          </p>
          <SelectField
            {...bind('assessment.levelCode', assessLevel, setAssessLevel)}
            label={t('plans.assessment.level')}
            options={toOptions(catalogue.data?.functionalLevels.filter((l) => l.code !== NOT_ASSESSED_LEVEL))}
            placeholder={t('plans.assessment.keep')}
          />
          {assessLevel && (
            <>
              <TextArea id="fu-assessment-note" label={t('plans.assessment.note')} value={assessNote} onChange={setAssessNote} rows={2} />
              <TextArea id="fu-assessment-view" label={t('plans.assessment.citizenView')} value={citizenView} onChange={setCitizenView} rows={2} />
            </>
          )}
        </fieldset>
      )}
      <div className="form-group">
        <Checkbox id={IDS.continues} label={t('plans.followUp.continues')} checked={continues} onChange={setContinues} />
      </div>
      {continues && (
        <DateInput
          {...bind('nextFollowUpDate', next, setNext)}
          label={t('plans.followUp.next')}
          hint={t('plans.followUp.nextHint')}
        />
      )}
      <FormActions pending={mutation.isPending} submitLabel={t('plans.followUp.submit')} onCancel={onDone} />
    </form>
  );
}
