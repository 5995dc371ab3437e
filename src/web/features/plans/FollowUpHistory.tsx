import { useTranslation } from 'react-i18next';
import type { FollowUp } from '../../../contracts/plans.js';
import { formatDate } from '../../lib/dates';

/** The goal's follow-ups, newest first. */
export function FollowUpHistory({ followUps }: { followUps: FollowUp[] }) {
  const { t } = useTranslation();
  if (!followUps.length) return <p className="muted">{t('plans.followUp.none')}</p>;
  return (
    <ol className="timeline plain-list no-max-width">
      {followUps.map((f) => (
        <li key={f.id} className="timeline-item">
          <p className="timeline-head">
            <strong>{formatDate(f.followUpDate)}</strong> · {t(`plans.progress.${f.progress}`)}
            {f.level && <> · {t('plans.followUp.levelShort', { level: f.level.display })}</>} · {f.author.name}
          </p>
          <p className="pre-wrap">{f.note}</p>
          <p className="muted">
            {f.continues
              ? f.nextFollowUpDate
                ? t('plans.followUp.nextOn', { date: formatDate(f.nextFollowUpDate) })
                : t('plans.followUp.continuesShort')
              : t('plans.followUp.ended')}
          </p>
        </li>
      ))}
    </ol>
  );
}
