import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCitizenContext } from '../citizens/context';
import { GoalForm } from './GoalForm';

/** Nyt mål: the form on its own page (room to write on a tablet); back to the plan after. */
export default function NewGoalPage() {
  const { t } = useTranslation();
  const citizen = useCitizenContext();
  const navigate = useNavigate();
  const back = () => navigate(`/borgere/${citizen.id}/plan`);
  if (!citizen.abilities.editPlan) return <p>{t('common.errors.forbidden')}</p>;
  return (
    <section aria-labelledby="new-goal" className="narrow-page new-goal-page">
      <h2 id="new-goal">{t('plans.newGoal')}</h2>
      <GoalForm citizen={citizen} onDone={(goal) => navigate(`/borgere/${citizen.id}/mal/${goal.id}`)} onCancel={back} />
    </section>
  );
}
