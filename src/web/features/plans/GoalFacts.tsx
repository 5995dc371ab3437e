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
      {goal.subGoals.length > 0 && (
        <div>
          <H className="goal-steps-heading">{t('plans.fields.subGoals')}</H>
          <ul>
            {goal.subGoals.map((s) => (
              <li key={s.id} className={s.done ? 'step-done' : undefined}>
                {s.text}
                {s.done && done}
              </li>
            ))}
          </ul>
        </div>
      )}
      {goal.actions.length > 0 && (
        <div>
          <H className="goal-steps-heading">{t('plans.fields.actions')}</H>
          <ul>
            {goal.actions.map((a) => (
              <li key={a.id} className={a.done ? 'step-done' : undefined}>
                {a.text}
                {a.responsible && <span className="muted"> – {a.responsible}</span>}
                {a.done && done}
              </li>
            ))}
          </ul>
        </div>
      )}
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
