import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../../components/QueryState';
import { SelectField } from '../../components/SelectField';
import { useCitizenContext } from '../citizens/context';
import { useGoals } from '../plans/api';
import { NOTE_KINDS, useEarlierNotes, useNotes } from './api';
import { useState } from 'react';
import { NoteForm } from './NoteForm';
import { NoteItem } from './NoteItem';
import { Panel } from '../../components/Panel';

/** Journal: write a note at the top, then the notes, newest first, optionally for one goal. */
export default function JournalTab() {
  const { t } = useTranslation();
  const citizen = useCitizenContext();
  const [params, setParams] = useSearchParams();
  const goalId = params.get('mal') ?? '';
  const kind = params.get('type') ?? '';
  const goals = useGoals(citizen.id, undefined, citizen.abilities.readPlan);
  const notes = useNotes(citizen.id, goalId, kind);
  const [showEarlier, setShowEarlier] = useState(false);
  const earlier = useEarlierNotes(citizen.id, showEarlier);
  const setFilter = (key: 'mal' | 'type', value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const all = notes.data?.pages.flatMap((p) => p.data) ?? [];
  return (
    <>
      {citizen.abilities.writeJournal && (
        <Panel id="write-note" heading={t('journal.write')}>
          <NoteForm citizenId={citizen.id} linkGoals={citizen.abilities.readPlan} />
        </Panel>
      )}
      <section aria-labelledby="notes-heading">
        <div className="section-head">
          <h2 id="notes-heading" className="h3">
            {t('journal.notes')}
          </h2>
          <div className="journal-filter">
            <SelectField
              id="journal-kind-filter"
              label={t('journal.filterByKind')}
              value={kind}
              onChange={(v) => setFilter('type', v)}
              options={NOTE_KINDS.map((k) => ({ value: k, label: t(`journal.kindsPlural.${k}`) }))}
              placeholder={t('journal.allKinds')}
            />
          </div>
          {goals.data && goals.data.length > 0 && (
            <div className="journal-filter">
              <SelectField
                id="journal-goal-filter"
                label={t('journal.filterByGoal')}
                value={goalId}
                onChange={(v) => setFilter('mal', v)}
                options={goals.data.map((g) => ({ value: g.id, label: `“${g.title}”` }))}
                placeholder={t('journal.allNotes')}
              />
            </div>
          )}
        </div>
        {notes.isPending && <Loading />}
        {notes.isError && <LoadError error={notes.error} onRetry={() => void notes.refetch()} />}
        {notes.isSuccess && all.length === 0 && <p className="empty-state">{goalId ? t('journal.noneForGoal') : t('journal.empty')}</p>}
        {all.length > 0 && (
          <ol className="note-list plain-list no-max-width" aria-labelledby="notes-heading">
            {all.map((n) => (
              <NoteItem key={n.id} note={n} />
            ))}
          </ol>
        )}
        {notes.hasNextPage && (
          <button type="button" className="button button-secondary" onClick={() => void notes.fetchNextPage()} disabled={notes.isFetchingNextPage}>
            {notes.isFetchingNextPage ? t('common.loading') : t('journal.older')}
          </button>
        )}
      </section>
      {citizen.abilities.readEarlierNotes && (
        <section aria-labelledby="earlier-notes-heading" className="earlier-notes">
          <h2 id="earlier-notes-heading" className="h3">
            {t('journal.earlier.heading')}
          </h2>
          {!showEarlier ? (
            <>
              <p>{t('journal.earlier.explained')}</p>
              <button type="button" className="button button-secondary" onClick={() => setShowEarlier(true)}>
                {t('journal.earlier.show')}
              </button>
            </>
          ) : (
            <>
              {earlier.isPending && <Loading />}
              {earlier.isError && <LoadError error={earlier.error} onRetry={() => void earlier.refetch()} />}
              {earlier.isSuccess && earlier.data.length === 0 && <p className="empty-state">{t('journal.earlier.empty')}</p>}
              {earlier.isSuccess && earlier.data.length > 0 && (
                <ol className="note-list plain-list no-max-width" aria-labelledby="earlier-notes-heading">
                  {earlier.data.map((n) => (
                    <NoteItem key={n.id} note={n} readOnly />
                  ))}
                </ol>
              )}
            </>
          )}
        </section>
      )}
    </>
  );
}
