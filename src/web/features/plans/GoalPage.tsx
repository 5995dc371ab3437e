import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../../components/QueryState';
import { SuccessMessage } from '../../components/SuccessMessage';
import { formatDateTime } from '../../lib/dates';
import { useCitizenContext } from '../citizens/context';
import { useGoal } from './api';
import { FollowUpForm } from './FollowUpForm';
import { FollowUpHistory } from './FollowUpHistory';
import { GoalSummary } from './GoalFacts';
import { GoalForm } from './GoalForm';
import { GoalStatusTag } from './GoalStatusTag';
import { StatusChange } from './StatusChange';

type Mode = 'view' | 'edit' | 'followUp';

/** One goal: facts, follow-up history and linked notes; follow up, change status or edit. */
export default function GoalPage() {
  const { t } = useTranslation();
  const citizen = useCitizenContext();
  const { goalId = '' } = useParams();
  const goal = useGoal(goalId);
  const [mode, setMode] = useState<Mode>('view');
  const [saved, setSaved] = useState<string | null>(null);

  if (goal.isPending) return <Loading />;
  if (goal.isError) return <LoadError error={goal.error} onRetry={() => void goal.refetch()} />;
  const g = goal.data;
  const canEdit = citizen.abilities.editPlan;
  const done = (message: string) => () => {
    setMode('view');
    setSaved(message);
  };
  return (
    <article className="goal-page" aria-labelledby="goal-heading">
      <p>
        <Link to={`/borgere/${citizen.id}/plan`} className="app-back-link">
          ← {t('plans.backToPlan')}
        </Link>
      </p>
      {saved && <SuccessMessage text={saved} onDone={() => setSaved(null)} />}
      <h2 id="goal-heading" className="goal-title">
        “{g.title}” <GoalStatusTag status={g.status} />
      </h2>

      {mode === 'edit' ? (
        <GoalForm citizen={citizen} goal={g} onDone={done(t('plans.saved'))} onCancel={() => setMode('view')} />
      ) : (
        <>
          <GoalSummary goal={g} stepsHeadingLevel={3} />
          {g.latestAssessment && (
            <p className="goal-assessment">
              {t('plans.assessment.latest', { level: g.latestAssessment.level.display, date: g.latestAssessment.assessedOn, by: g.latestAssessment.assessedBy.name })}
              {g.latestAssessment.citizenView && <> {t('plans.assessment.citizenSays', { view: g.latestAssessment.citizenView })}</>}
            </p>
          )}
          {canEdit && mode === 'view' && (
            <div className="button-group-inline goal-actions">
              {g.status === 'active' && (
                <button type="button" className="button button-primary" onClick={() => setMode('followUp')}>
                  {t('plans.followUp.register')}
                </button>
              )}
              <button type="button" className="button button-secondary" onClick={() => setMode('edit')}>
                {t('plans.edit')}
              </button>
              <StatusChange goal={g} />
            </div>
          )}
          {mode === 'followUp' && (
            <section className="panel" aria-labelledby="fu-title">
              <h3 id="fu-title">{t('plans.followUp.register')}</h3>
              <FollowUpForm goal={g} latestAssessment={g.latestAssessment} onDone={done(t('plans.followUp.saved'))} />
            </section>
          )}
        </>
      )}

      <section aria-labelledby="fu-history" className="goal-section">
        <h3 id="fu-history">{t('plans.followUp.history')}</h3>
        <FollowUpHistory followUps={g.followUps} />
      </section>

      {g.notes && (
        <section aria-labelledby="goal-notes" className="goal-section">
          <h3 id="goal-notes">{t('plans.linkedNotes')}</h3>
          {g.notes.length === 0 ? (
            <p className="muted">{t('plans.noLinkedNotes')}</p>
          ) : (
            <ul className="note-summaries nobullet-list plain-list no-max-width">
              {g.notes.map((n) => (
                <li key={n.id}>
                  <p className="timeline-head">
                    <strong>{formatDateTime(n.writtenAt)}</strong> · {n.authorName}
                  </p>
                  <p className="pre-wrap">{n.body}</p>
                </li>
              ))}
            </ul>
          )}
          {citizen.abilities.readJournal && (
            <Link to={`/borgere/${citizen.id}/journal?mal=${g.id}`}>{t('plans.notesInJournal')}</Link>
          )}
        </section>
      )}
    </article>
  );
}
