import { useTranslation } from 'react-i18next';
import type { GoalStatus } from '../../../contracts/plans.js';

/** The goal's status as a label, coloured by status (a paused goal must not look active). */
export function GoalStatusTag({ status }: { status: GoalStatus }) {
  const { t } = useTranslation();
  return <span className={`static-tag static-tag--status-${status}`}>{t(`plans.status.${status}`)}</span>;
}
