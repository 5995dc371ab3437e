import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../../components/QueryState';
import { useCitizenContext } from '../citizens/context';
import { useGoals } from './api';
import type { Goal } from '../../../contracts/plans.js';
import { GoalCard } from './GoalCard';
import { STATUS_ORDER } from './labels';
import { WishesTable } from './WishesTable';
import { byService } from './byService';
import { AssessmentsPanel } from './AssessmentsPanel';
import { formatDate } from '../../lib/dates';

/** One service's goals (or those on no service), grouped by status, active first. */
function ServiceGoals({ goals, idPrefix }: { goals: Goal[]; idPrefix: string }) {
  const { t } = useTranslation();
  return (
    <>
      {STATUS_ORDER.map((status) => {
        const group = goals.filter((g) => g.status === status);
        if (!group.length) return null;
        return (
          <section key={status} aria-labelledby={`${idPrefix}-goals-${status}`} className="goal-group">
            <h4 id={`${idPrefix}-goals-${status}`} className="h4">
              {t(`plans.groups.${status}`, { count: group.length })}
            </h4>
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

/** Plan: the citizen's own wishes on top, then the goals per service (ended services as history), the FFB assessments, and "Nyt mål". */
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
      <WishesTable citizenId={citizen.id} canEdit={Boolean(citizen.abilities.editPlan)} />
      {goals.data &&
        byService(goals.data).map(([key, { service, goals: list }]) => (
          <section key={key || 'none'} aria-labelledby={`service-${key || 'none'}`} className={`goal-group${service && !service.current ? ' goal-group--history' : ''}`}>
            <h3 id={`service-${key || 'none'}`} className="h3">
              {service
                ? t(service.current ? 'plans.service.current' : 'plans.service.ended', {
                    kind: service.kindName,
                    unit: service.unitName ?? '',
                    start: formatDate(service.startDate),
                    end: service.endDate ? formatDate(service.endDate) : '',
                  })
                : t('plans.service.none')}
            </h3>
            <ServiceGoals goals={list} idPrefix={key || 'none'} />
          </section>
        ))}
      <AssessmentsPanel citizenId={citizen.id} canEdit={Boolean(citizen.abilities.editPlan)} />
    </>
  );
}
