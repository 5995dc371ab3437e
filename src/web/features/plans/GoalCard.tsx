import { Link } from 'react-router';
import type { Goal } from '../../../contracts/plans.js';
import { GoalSummary } from './GoalFacts';
import { GoalStatusTag } from './GoalStatusTag';

/** One goal on the plan: the citizen's own words, what matters to them, the facts and the steps. */
export function GoalCard({ goal }: { goal: Goal }) {
  return (
    <li className={`goal-card goal-card--${goal.status}`}>
      <h3 className="goal-title">
        <Link to={`/borgere/${goal.citizenId}/mal/${goal.id}`}>“{goal.title}”</Link> <GoalStatusTag status={goal.status} />
      </h3>
      <GoalSummary goal={goal} />
    </li>
  );
}
