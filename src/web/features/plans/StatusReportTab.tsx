import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../../api/client';
import type { StatusReportItem, StatusReportList } from '../../../contracts/exports';
import { DataTable } from '../../components/DataTable';
import { DateInput } from '../../components/DateInput';
import { LoadError, Loading } from '../../components/QueryState';
import { formatDate, formatDateTime, todayIso } from '../../lib/dates';
import { useCitizenContext } from '../citizens/context';
import { isUnderWay, startExport } from '../exports/api';

const reportsKey = (citizenId: string) => ['status-reports', citizenId] as const;

/** Six months back from `today` (YYYY-MM-DD), the usual span of a status report. */
function sixMonthsBefore(today: string): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - 6);
  return d.toISOString().slice(0, 10);
}

/**
 * Statusrapporter: the status reports made for the citizen to the case worker — when, by whom, for
 * which period — to open as PDF; those treating the citizen make a new one for a period here (an
 * export made in the background; the list follows it until it is ready).
 */
export default function StatusReportTab() {
  const { t } = useTranslation();
  const citizen = useCitizenContext();
  const queryClient = useQueryClient();
  const reports = useQuery({
    queryKey: reportsKey(citizen.id),
    queryFn: () => api.get<StatusReportList>(`/citizens/${citizen.id}/status-reports`),
    refetchInterval: (query) => (query.state.data?.data.some((r) => isUnderWay(r.status)) ? 1000 : false),
  });
  const today = todayIso();
  const [from, setFrom] = useState(() => sixMonthsBefore(today));
  const [to, setTo] = useState(today);
  const make = useMutation({
    mutationFn: () => startExport('status_report', { citizenId: citizen.id, from, to }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: reportsKey(citizen.id) }),
  });
  const fieldError = (name: string) => (isApiError(make.error) ? make.error.fields[`params.${name}`] : undefined);
  const otherError = make.error && !fieldError('from') && !fieldError('to') ? make.error.message : undefined;

  if (reports.isPending) return <Loading />;
  if (reports.isError) return <LoadError error={reports.error} onRetry={() => void reports.refetch()} />;
  const { data, mayCreate } = reports.data;

  return (
    <>
      {mayCreate && (
        <section aria-labelledby="status-report-new" className="status-report-new">
          <h2 id="status-report-new" className="h3">{t('plans.statusReport.newHeading')}</h2>
          <p>{t('plans.statusReport.newIntro')}</p>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              make.mutate();
            }}
          >
            <DateInput id="status-report-from" label={t('plans.statusReport.from')} value={from} onChange={setFrom} error={fieldError('from')} required />
            <DateInput id="status-report-to" label={t('plans.statusReport.to')} value={to} onChange={setTo} error={fieldError('to')} required />
            {otherError && <p className="form-error-message" role="alert">{otherError}</p>}
            <button type="submit" className="button button-primary" disabled={make.isPending}>
              {t('plans.statusReport.make')}
            </button>
          </form>
        </section>
      )}
      <section aria-labelledby="status-report-list">
        <h2 id="status-report-list" className="h3">{t('plans.statusReport.listHeading')}</h2>
        {data.length === 0 ? (
          <p className="empty-state">{t('plans.statusReport.empty')}</p>
        ) : (
          <DataTable<StatusReportItem>
            rows={data}
            labelledBy="status-report-list"
            columns={[
              { header: t('plans.statusReport.period'), rowHeader: true, cell: (r) => `${formatDate(r.from)} – ${formatDate(r.to)}` },
              { header: t('plans.statusReport.madeAt'), cell: (r) => formatDateTime(r.createdAt) },
              { header: t('plans.statusReport.madeBy'), cell: (r) => r.madeBy },
              {
                header: t('plans.statusReport.file'),
                cell: (r) =>
                  r.downloadUrl ? (
                    // A plain link: the browser downloads with the session cookie; the server audits the read.
                    <a href={r.downloadUrl} download={r.fileName ?? true}>
                      {t('plans.statusReport.open', { from: formatDate(r.from), to: formatDate(r.to) })}
                    </a>
                  ) : (
                    <span role={isUnderWay(r.status) ? 'status' : undefined}>
                      {r.status === 'failed' ? t('plans.statusReport.failed', { reason: r.error ?? '' }) : t(`plans.statusReport.state.${r.status}`)}
                    </span>
                  ),
              },
            ]}
          />
        )}
      </section>
    </>
  );
}
