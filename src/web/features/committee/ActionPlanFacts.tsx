import { useTranslation } from 'react-i18next';
import { Fact } from '../../components/Fact';
import type { CommitteeReferral } from './api';

const OTHER = ['housing', 'employment', 'personalHelp', 'treatment', 'aids'] as const;

/** The § 141 action plan: purpose, interventions, expected duration, and the other matters that are filled in. */
export function ActionPlanFacts({ plan }: { plan: CommitteeReferral['plan'] }) {
  const { t } = useTranslation();
  return (
    <dl className="facts committee-plan">
      <Fact term={t('committee.plan.purpose')}>{plan.purpose}</Fact>
      <Fact term={t('committee.plan.interventions')}>{plan.interventions}</Fact>
      <Fact term={t('committee.plan.expectedDuration')}>{plan.expectedDuration}</Fact>
      {OTHER.filter((k) => plan[k].trim()).map((k) => <Fact key={k} term={t(`committee.plan.${k}`)}>{plan[k]}</Fact>)}
    </dl>
  );
}
