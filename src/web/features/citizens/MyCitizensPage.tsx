import { useState } from 'react';
import { Link, Navigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CitizenListItem, Note } from '../../api/types';
import { PageHeading } from '../../components/PageHeading';
import { SelectField } from '../../components/SelectField';
import { LoadError, Loading } from '../../components/QueryState';
import { SuccessMessage } from '../../components/SuccessMessage';
import { useDebounced } from '../../lib/useDebounced';
import { useMe } from '../auth/session';
import { StartCoverAction } from '../covers/StartCoverAction';
import { nameSearch, useNameBoxSearch } from './nameSearch';
import { ExportButton } from '../exports/ExportButton';
import { CitizenCard } from './CitizenCard';
import { CprSearchForm } from './CprSearchForm';
import { QuickNoteModal } from './QuickNoteModal';
import { useCanRegisterCitizens } from './canRegister';
import { useChosenUnit, useMyUnits } from './unitFilter';

/** The start page: Mine borgere for those who have citizens; others go to their own first page. */
export default function HomePage() {
  const { navigation } = useMe();
  if (navigation.myCitizens) return <MyCitizensPage />;
  return <Navigate to={navigation.facilities ? '/tilbud' : navigation.administration ? '/admin' : '/adgangskode'} replace />;
}

/** Mine borgere: the citizens I work with, what is due, and a note in two clicks. */
function MyCitizensPage() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const search = useDebounced(q.trim(), 300);
  const units = useMyUnits();
  const [unitId, chooseUnit] = useChosenUnit(units);
  const { list, cpr } = useNameBoxSearch(search, unitId);
  const [noteFor, setNoteFor] = useState<CitizenListItem | null>(null);
  const [saved, setSaved] = useState<Note | null>(null);
  const [covering, setCovering] = useState<string | null>(null);
  const canRegister = useCanRegisterCitizens();

  const showingCpr = cpr.isSuccess;
  const rows = showingCpr ? cpr.data : list.data;
  const unitName = units.find((o) => o.value === unitId)?.label;
  const emptyText =
    search || showingCpr ? t('citizens.noMatches') : unitName ? t('citizens.unitEmpty', { unit: unitName }) : t('citizens.empty');

  return (
    <>
      <PageHeading>{t('citizens.title')}</PageHeading>
      <div className="page-actions">
        {canRegister && (
          <Link to="/borgere/ny" className="button button-secondary">
            {t('citizens.newCitizen.open')}
          </Link>
        )}
        <StartCoverAction onStarted={(c) => setCovering(c.unit.name)} />
        {/* As a job (progress, then a link): the example of a large export; GET /api/citizens/export.xlsx stays for direct use. */}
        <ExportButton kind="citizen_list" params={{ q: nameSearch(search).q, unitId, limit: 200 }} label={t('citizens.downloadXlsx')} />
      </div>
      {covering && <SuccessMessage text={t('covers.started', { unit: covering })} onDone={() => setCovering(null)} />}
      <div className="search-bar">
        <div className="search-bar-name" role="search" aria-label={t('citizens.searchLabel')}>
          <div className="form-group">
            <label className="form-label" htmlFor="citizen-search">
              {t('citizens.searchLabel')}
            </label>
            <span className="form-hint" id="citizen-search-hint">
              {t('citizens.searchHint')}
            </span>
            <input
              id="citizen-search"
              type="search"
              className="form-input"
              aria-describedby="citizen-search-hint"
              autoComplete="off"
              value={q}
              onChange={(e) => {
                setQ(e.target.value);
                cpr.reset();
              }}
            />
          </div>
        </div>
        {(units.length > 1 || unitId) && (
          <div className="search-bar-unit">
            <SelectField
              id="citizen-unit"
              label={t('citizens.unitLabel')}
              hint={t('citizens.unitHint')}
              value={unitId}
              onChange={(id) => {
                chooseUnit(id);
                cpr.reset();
              }}
              placeholder={t('citizens.allUnits')}
              options={units}
            />
          </div>
        )}
        <CprSearchForm onSearch={(n) => cpr.mutate(n)} pending={cpr.isPending} error={cpr.error} />
      </div>

      {showingCpr && (
        <p className="search-result-line">
          {t('citizens.cprResult', { count: cpr.data.length })}{' '}
          <button type="button" className="link-button" onClick={() => cpr.reset()}>
            {t('citizens.showAll')}
          </button>
        </p>
      )}

      {list.isPending && !showingCpr && <Loading />}
      {list.isError && !showingCpr && <LoadError error={list.error} onRetry={() => void list.refetch()} />}
      {rows && (
        <>
          <p className="sr-only" role="status">
            {t('citizens.count', { count: rows.length })}
          </p>
          {rows.length === 0 ? (
            <p className="empty-state">{emptyText}</p>
          ) : (
            <ul className="citizen-list plain-list no-max-width" aria-busy={list.isFetching && !showingCpr}>
              {rows.map((c) => (
                <CitizenCard
                  key={c.id}
                  citizen={c}
                  onWriteNote={(citizen) => {
                    setSaved(null);
                    setNoteFor(citizen);
                  }}
                  savedNote={saved?.citizenId === c.id ? saved : null}
                  onDismissSaved={() => setSaved(null)}
                />
              ))}
            </ul>
          )}
        </>
      )}

      {noteFor && (
        <QuickNoteModal
          citizen={noteFor}
          onClose={() => setNoteFor(null)}
          onSaved={(note) => {
            setSaved(note);
            setNoteFor(null);
          }}
        />
      )}
    </>
  );
}
