import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { LoadError, Loading } from '../../components/QueryState';
import { SuccessMessage } from '../../components/SuccessMessage';
import { ConfirmModal } from '../../components/forms/ConfirmModal';
import { endCover, useCovers, useRefreshAfterCover, type Cover } from './api';
import { formatCoverEnd, formatCoverPeriod } from './format';
import './covers.css';
import { DataTable } from '../../components/DataTable';

/**
 * Dækninger on a facility page, for its leaders: who covered which of its units, when and why,
 * running or ended within a week, with "Afslut" where the leader may end one.
 */
export function FacilityCovers({ unitIds }: { unitIds: string[] }) {
  const { t } = useTranslation();
  const covers = useCovers();
  const [ending, setEnding] = useState<Cover | null>(null);
  const [ended, setEnded] = useState<string | null>(null);
  const rows = covers.data?.filter((c) => unitIds.includes(c.unit.id));
  return (
    <section aria-labelledby="facility-covers" className="facility-covers">
      <h2 id="facility-covers">{t('covers.facility.heading')}</h2>
      <p className="muted">{t('covers.facility.intro')}</p>
      {ended && <SuccessMessage text={t('covers.facility.ended', { unit: ended })} onDone={() => setEnded(null)} />}
      {covers.isPending && <Loading />}
      {covers.isError && <LoadError error={covers.error} onRetry={() => void covers.refetch()} />}
      {rows &&
        (rows.length === 0 ? (
          <p className="empty-state">{t('covers.facility.empty')}</p>
        ) : (
          <CoversTable covers={rows} onEnd={setEnding} />
        ))}
      {ending && (
        <EndCoverModal
          cover={ending}
          onClose={() => setEnding(null)}
          onEnded={() => {
            setEnded(ending.unit.name);
            setEnding(null);
          }}
        />
      )}
    </section>
  );
}

function CoversTable({ covers, onEnd }: { covers: Cover[]; onEnd: (c: Cover) => void }) {
  const { t } = useTranslation();
  const anyEnd = covers.some((c) => c.abilities.end);
  return (
    <DataTable
      rows={covers}
      caption={t('covers.facility.caption')}
      className="covers-table"
      columns={[
        { header: t('covers.facility.who'), rowHeader: true, cell: (c) => c.user.name },
        { header: t('covers.facility.unit'), cell: (c) => c.unit.name },
        { header: t('covers.facility.period'), cell: (c) => <CoverPeriod cover={c} /> },
        { header: t('covers.facility.reason'), cellClassName: 'cover-reason', cell: (c) => c.reason },
        { header: t('covers.facility.status'), cell: (c) => <CoverStatus cover={c} /> },
        anyEnd && {
          header: t('covers.facility.actions'),
          hiddenHeader: true,
          cell: (c) =>
            c.abilities.end && (
              <button
                type="button"
                className="button button-secondary"
                aria-label={t('covers.facility.endLabel', { name: c.user.name, unit: c.unit.name })}
                onClick={() => onEnd(c)}
              >
                {t('covers.facility.end')}
              </button>
            ),
        },
      ]}
    />
  );
}

function CoverPeriod({ cover: c }: { cover: Cover }) {
  const [first, second] = formatCoverPeriod(c.startsAt, c.endsAt);
  return (
    <>
      <span className="nowrap">{first}</span>
      <br />
      <span className="nowrap">{second}</span>
    </>
  );
}

function CoverStatus({ cover: c }: { cover: Cover }) {
  const { t } = useTranslation();
  if (c.active) return <strong>{t('covers.facility.active')}</strong>;
  if (!c.endedAt) return <>{t('covers.facility.expired')}</>;
  return (
    <>
      <span className="nowrap">{t('covers.facility.endedAt', { when: formatCoverEnd(t, c.endedAt) })}</span>
      {' '}
      <span className="cover-status">{t('covers.facility.by', { name: c.endedBy })}</span>
    </>
  );
}

function EndCoverModal({ cover, onClose, onEnded }: { cover: Cover; onClose: () => void; onEnded: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshAfterCover();
  const end = useMutation({
    mutationFn: () => endCover(cover.id),
    onSuccess: async () => {
      await refresh();
      onEnded();
    },
    // Ended meanwhile (by the one covering, or it ran out): the dialog says so and the list catches up.
    onError: (e) => {
      if (isApiError(e) && e.status === 409) void refresh();
    },
  });
  return (
    <ConfirmModal
      title={t('covers.facility.confirmTitle')}
      text={t('covers.facility.confirmText', { name: cover.user.name, unit: cover.unit.name })}
      confirmLabel={t('covers.facility.confirm')}
      action={end}
      onConfirm={() => end.mutate()}
      onClose={onClose}
    />
  );
}
