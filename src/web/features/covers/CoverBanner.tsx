import { useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import type { ActiveCover } from '../../../contracts/covers';
import { Icon } from '../../components/Icon';
import { SuccessMessage } from '../../components/SuccessMessage';
import { SESSION_KEY } from '../auth/session';
import { unitCitizensPath } from '../citizens/unitFilter';
import { endCover } from './api';
import { formatCoverEnd } from './format';
import './covers.css';

/** setTimeout's longest wait; covers last at most 12 hours, well within it. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/**
 * On every signed-in page while the user covers another unit: which unit, until when, and
 * "Afslut dækning". When a cover goes (ended here, by a leader, or run out), everything the user
 * sees is fetched again, so the unit's citizens leave Mine borgere.
 */
export function CoverBanner({ covers }: { covers: ActiveCover[] }) {
  const { t } = useTranslation();
  const [ended, setEnded] = useState<string[]>([]);
  useSessionWhileCovering(covers, (gone) => setEnded(gone.map((c) => c.unitName)));

  if (covers.length === 0 && ended.length === 0) return null;
  return (
    <section className="cover-banner" aria-label={t('covers.bannerLabel')}>
      <div className="container">
        {covers.map((c) => (
          <CoverLine key={c.id} cover={c} />
        ))}
        {ended.length > 0 && <SuccessMessage text={t('covers.ended', { unit: ended.join(', ') })} onDone={() => setEnded([])} />}
      </div>
    </section>
  );
}

/**
 * Keeps the session's covers true: asks again when the next one runs out and on each page change
 * (a leader may have ended it; a timer would keep an idle session alive, so none), and when a cover
 * has gone, fetches every other query again and reports the gone ones.
 */
function useSessionWhileCovering(covers: ActiveCover[], onGone: (gone: ActiveCover[]) => void) {
  const qc = useQueryClient();
  const { pathname } = useLocation();

  const nextEnd = covers.length ? Math.min(...covers.map((c) => Date.parse(c.endsAt))) : null;
  useEffect(() => {
    if (nextEnd === null) return;
    const wait = Math.min(Math.max(nextEnd - Date.now(), 0) + 1000, MAX_TIMEOUT_MS);
    const timer = window.setTimeout(() => void qc.invalidateQueries({ queryKey: SESSION_KEY }), wait);
    return () => window.clearTimeout(timer);
  }, [nextEnd, qc]);

  const covering = covers.length > 0;
  const seenPath = useRef(pathname);
  useEffect(() => {
    if (seenPath.current === pathname) return;
    seenPath.current = pathname;
    if (covering) void qc.invalidateQueries({ queryKey: SESSION_KEY });
  }, [pathname, covering, qc]);

  const before = useRef(covers);
  const onGoneRef = useRef(onGone);
  onGoneRef.current = onGone;
  useEffect(() => {
    const gone = before.current.filter((c) => !covers.some((n) => n.id === c.id));
    before.current = covers;
    if (gone.length === 0) return;
    void qc.invalidateQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
    onGoneRef.current(gone);
  }, [covers, qc]);
}

function CoverLine({ cover }: { cover: ActiveCover }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const end = useMutation({
    mutationFn: () => endCover(cover.id),
    // Also when it had ended already (by a leader, or run out): the fresh session shows it gone.
    onSettled: () => qc.invalidateQueries({ queryKey: SESSION_KEY }),
  });
  const gone = isApiError(end.error) && (end.error.status === 404 || end.error.status === 409);
  return (
    <div className="cover-banner-line">
      <p className="cover-banner-text">
        <Icon name="time" />
        <span>{t('covers.banner', { unit: cover.unitName, when: formatCoverEnd(t, cover.endsAt) })}</span>
      </p>
      <Link to={unitCitizensPath(cover.unitId)} className="cover-banner-link">
        {t('covers.showCitizens', { unit: cover.unitName })}
      </Link>
      <button type="button" className="button button-secondary" onClick={() => end.mutate()} disabled={end.isPending}>
        {end.isPending ? t('covers.ending') : t('covers.end')}
      </button>
      {end.isError && !gone && (
        <p className="cover-banner-error" role="alert">
          {isApiError(end.error) ? end.error.message : t('common.errors.unexpected')}
        </p>
      )}
    </div>
  );
}
