import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Goal } from '../../../contracts/plans.js';
import { OverdueBadge } from '../../components/Badges';
import { formatDate } from '../../lib/dates';
import { Fact } from '../../components/Fact';

/** Responsible person as one line: a colleague's name or an outside actor. */
export function responsibleText(goal: Goal, none: string): string {
  return goal.responsible?.name ?? goal.responsible?.external ?? none;
}

/** The coded facts of a goal (FFB area, type, levels), who is responsible and when it is followed up. */
export function GoalFacts({ goal }: { goal: Goal }) {
  const { t } = useTranslation();
  return (
    <dl className="facts facts--inline">
      <Fact term={t('plans.fields.ffbArea')}>{goal.ffbArea.display}</Fact>
      <Fact term={t('plans.fields.ffbCondition')}>{goal.ffbCondition?.display ?? t('plans.conditionMissing')}</Fact>
      {goal.service && (
        <Fact term={t('plans.fields.service')}>
          {goal.service.kindName}
          {goal.service.unitName ? `, ${goal.service.unitName}` : ''}
        </Fact>
      )}
      <Fact term={t('plans.fields.goalType')}>{goal.goalType.display}</Fact>
      <Fact term={t('plans.fields.targetLevel')}>{goal.targetLevel.display}</Fact>
      {goal.currentLevel && (
        <Fact term={t('plans.fields.currentLevel')}>{goal.currentLevel.display}</Fact>
      )}
      <Fact term={t('plans.fields.responsible')}>{responsibleText(goal, t('plans.noResponsible'))}</Fact>
      <Fact term={t('plans.fields.nextFollowUp')}>
        {goal.nextFollowUpDate ? formatDate(goal.nextFollowUpDate) : t('plans.noFollowUp')} {goal.overdue && <OverdueBadge />}
      </Fact>
    </dl>
  );
}

/** Sub-goals and actions, done ones marked. */
export function GoalSteps({ goal, headingLevel = 4 }: { goal: Goal; headingLevel?: 3 | 4 }) {
  const { t } = useTranslation();
  const H = headingLevel === 3 ? 'h3' : 'h4';
  if (!goal.subGoals.length && !goal.actions.length) return null;
  const done = <span className="sr-only"> ({t('plans.done')})</span>;
  return (
    <div className="goal-steps">
      <StepList heading={<H className="goal-steps-heading">{t('plans.fields.subGoals')}</H>} steps={goal.subGoals} doneMark={done} />
      <StepList heading={<H className="goal-steps-heading">{t('plans.fields.actions')}</H>} steps={goal.actions} doneMark={done} />
    </div>
  );
}

interface Step {
  id: string;
  text: string;
  done: boolean;
  /** Actions only: who does it. */
  responsible?: string | null;
  /** Sub-goals only: by when, and how one sees it is reached. */
  dueDate?: string | null;
  successCriterion?: string | null;
  evaluation?: { result: string } | null;
}

/** One kind of step under its heading (nothing when there are none). */
function StepList({ heading, steps, doneMark }: { heading: ReactNode; steps: Step[]; doneMark: ReactNode }) {
  const { t } = useTranslation();
  if (steps.length === 0) return null;
  return (
    <div>
      {heading}
      <ul>
        {steps.map((s) => (
          <li key={s.id} className={s.done ? 'step-done' : undefined}>
            {s.text}
            {s.responsible && <span className="muted"> – {s.responsible}</span>}
            {s.dueDate && <span className="muted"> – {t('plans.dueBy', { date: s.dueDate })}</span>}
            {s.successCriterion && <div className="muted">{t('plans.fields.successCriterion')}: {s.successCriterion}</div>}
            {s.evaluation && <div>{t(`plans.evaluation.${s.evaluation.result}`)}</div>}
            {s.done && doneMark}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A goal as read: what matters to the citizen, why it is paused or ended, its facts and its steps. */
export function GoalSummary({ goal, stepsHeadingLevel }: { goal: Goal; stepsHeadingLevel?: 3 | 4 }) {
  const { t } = useTranslation();
  return (
    <>
      {goal.whatMatters && (
        <p className="what-matters">
          <strong>{t('plans.fields.whatMatters')}:</strong> {goal.whatMatters}
        </p>
      )}
      {goal.statusReason && goal.status !== 'active' && (
        <p className="status-reason">
          <strong>{t(`plans.status.${goal.status}`)}:</strong> {goal.statusReason}
        </p>
      )}
      <GoalFacts goal={goal} />
      <GoalSteps goal={goal} headingLevel={stepsHeadingLevel} />
    </>
  );
}
