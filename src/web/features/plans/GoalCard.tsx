import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Goal } from '../../api/types';
import { GoalFacts, GoalSteps } from './GoalFacts';
import { GoalStatusTag } from './GoalStatusTag';

/** One goal on the plan: the citizen's own words, what matters to them, the facts and the steps. */
export function GoalCard({ goal }: { goal: Goal }) {
  const { t } = useTranslation();
  return (
    <li className={`goal-card goal-card--${goal.status}`}>
      <h3 className="goal-title">
        <Link to={`/borgere/${goal.citizenId}/mal/${goal.id}`}>“{goal.title}”</Link> <GoalStatusTag status={goal.status} />
      </h3>
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
      <GoalSteps goal={goal} />
    </li>
  );
}
