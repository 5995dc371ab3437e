import { useTranslation } from 'react-i18next';
import { Panel } from '../../components/Panel';
import { LoadError, Loading } from '../../components/QueryState';
import { formatDate } from '../../lib/dates';
import { useCitizenContext } from '../citizens/context';
import { useActionPlans } from './api';
import { ActionPlanFacts } from './ActionPlanFacts';
import './committee.css';

/** Handleplan (§ 141): the action plan each placement came with, what the facility works from. */
export default function ActionPlanTab() {
  const { t } = useTranslation();
  const citizen = useCitizenContext();
  const plans = useActionPlans(citizen.id);
  if (plans.isPending) return <Loading />;
  if (plans.isError) return <LoadError error={plans.error} onRetry={() => void plans.refetch()} />;
  return (
    <div className="committee">
      <h2 className="h3 sr-only">{t('committee.planTab')}</h2>
      {plans.data.length === 0 && <p className="empty-state">{t('committee.noPlans')}</p>}
      {plans.data.map((p) => (
        <Panel key={p.referralId} id={`plan-${p.referralId}`} heading={t('committee.planWith', { basis: p.legalBasis, facility: p.facility?.name ?? '', date: formatDate(p.receivedOn) })}>
          <ActionPlanFacts plan={p.plan} />
        </Panel>
      ))}
    </div>
  );
}
