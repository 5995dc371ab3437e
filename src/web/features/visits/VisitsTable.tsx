import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable';
import { RowAction } from '../../components/RowAction';
import { formatDate } from '../../lib/dates';
import type { Visit } from './api';
import { endOf } from './format';

interface Props {
  visits: Array<Visit & { citizen?: { id: string; name: string } }>;
  labelledBy: string;
  /** Opens the record dialog for a planned visit the user may record. */
  onRecord: (visit: Visit) => void;
  showCitizen?: boolean;
}

/** Visits as a table: day and time, (citizen,) team, who, how it went, and the record action. */
export function VisitsTable({ visits, labelledBy, onRecord, showCitizen = false }: Props) {
  const { t } = useTranslation();
  const names = (list: Array<{ name: string }>) => list.map((s) => s.name).join(', ');
  return (
    <DataTable
      rows={visits}
      labelledBy={labelledBy}
      rowClassName={(v) => `visit-${v.status}`}
      columns={[
        {
          header: t('visits.when'),
          rowHeader: true,
          cell: (v) => `${formatDate(v.date)} ${v.startTime}–${endOf(v.startTime, v.plannedMinutes)}`,
        },
        showCitizen && { header: t('visits.citizen'), cell: (v) => v.citizen?.name },
        !showCitizen && { header: t('visits.team'), cell: (v) => v.team.name },
        { header: t('visits.who'), cell: (v) => names(v.status === 'done' ? v.performedBy : v.plannedStaff) },
        {
          header: t('visits.statusHeader'),
          cell: (v) => (
            <>
              <span className={`visit-status visit-status-${v.status}`}>{t(`visits.status.${v.status}`)}</span>
              {v.status === 'done' && v.actualStart && (
                <> {t('visits.actual', { start: v.actualStart, end: v.actualEnd, minutes: v.actualMinutes })}</>
              )}
            </>
          ),
        },
        { header: t('visits.noteHeader'), cell: (v) => [v.note, v.outcomeNote].filter(Boolean).join(' · ') },
        {
          header: t('visits.actions'),
          hiddenHeader: true,
          cell: (v) =>
            v.abilities.record && (
              <RowAction look="button" label={t('visits.record')} target={`${formatDate(v.date)} ${v.startTime}`} onClick={() => onRecord(v)} />
            ),
        },
      ]}
    />
  );
}
