import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../../components/QueryState';
import { useCitizenContext } from '../citizens/context';
import { useGoals } from './api';
import { GoalCard } from './GoalCard';
import { STATUS_ORDER } from './labels';

/** Plan: the citizen's goals grouped by status, active first, and "Nyt mål". */
export default function PlanTab() {
  const { t } = useTranslation();
  const citizen = useCitizenContext();
  const goals = useGoals(citizen.id);
  return (
    <>
      <div className="tab-toolbar">
        {citizen.abilities.editPlan && (
          <Link to={`/borgere/${citizen.id}/plan/nyt-mal`} className="button button-primary">
            + {t('plans.newGoal')}
          </Link>
        )}
        {/* A plain link: the browser downloads the file with the session cookie; the server audits the export. */}
        <a href={`/api/citizens/${citizen.id}/plan.pdf`} className="button button-secondary" download>
          {t('plans.downloadPdf')}
        </a>
      </div>
      {goals.isPending && <Loading />}
      {goals.isError && <LoadError error={goals.error} onRetry={() => void goals.refetch()} />}
      {goals.data && goals.data.length === 0 && <p className="empty-state">{t('plans.empty')}</p>}
      {goals.data &&
        STATUS_ORDER.map((status) => {
          const group = goals.data.filter((g) => g.status === status);
          if (!group.length) return null;
          return (
            <section key={status} aria-labelledby={`goals-${status}`} className="goal-group">
              <h2 id={`goals-${status}`} className="h3">
                {t(`plans.groups.${status}`, { count: group.length })}
              </h2>
              <ul className="goal-list plain-list no-max-width">
                {group.map((g) => (
                  <GoalCard key={g.id} goal={g} />
                ))}
              </ul>
            </section>
          );
        })}
    </>
  );
}
