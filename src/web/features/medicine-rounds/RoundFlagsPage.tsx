import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable';
import { PageHeading } from '../../components/PageHeading';
import { LoadError, Loading } from '../../components/QueryState';
import { formatDateTime } from '../../lib/dates';
import { usePnUse, useRoundFlags, useRoundUnits } from './api';
import './medicine-rounds.css';

/** PN doses per week for a unit's citizens, with the review flag. */
function PnUseTable({ unit }: { unit: { id: string; name: string } }) {
  const { t } = useTranslation();
  const use = usePnUse(unit.id);
  if (!use.data) return use.isError ? <LoadError error={use.error} onRetry={() => void use.refetch()} /> : <Loading />;
  const { weeks, rows } = use.data;
  const id = `pn-use-${unit.id}`;
  return (
    <section aria-labelledby={id}>
      <h3 id={id} className="h4">{t('medicineRounds.pnUseHeading', { unit: unit.name })}</h3>
      <DataTable
        rows={rows}
        rowKey={(r) => r.citizen.id}
        labelledBy={id}
        columns={[
          { header: t('medicineRounds.citizen'), rowHeader: true, cell: (r) => <>{r.citizen.name} {r.reviewDue && <span className="badge badge-overdue">{t('medicineRounds.reviewDue')}</span>}</> },
          ...weeks.slice(-6).map((w, i) => ({ header: t('medicineRounds.week', { date: w.slice(5) }), className: 'num', cell: (r: (typeof rows)[number]) => r.counts[weeks.length - 6 + i] ?? 0 })),
        ]}
      />
    </section>
  );
}

/** "Forsinkede og glemte doser": a unit leader's follow-up of the last days, PN over the maximum and missing effects, PN use per week. */
export default function RoundFlagsPage() {
  const { t } = useTranslation();
  const flags = useRoundFlags();
  const units = useRoundUnits();
  if (flags.isPending) return <Loading />;
  if (flags.isError) return <LoadError error={flags.error} onRetry={() => void flags.refetch()} />;
  const f = flags.data;
  return (
    <>
      <PageHeading title={t('medicineRounds.flagsTitle')}>{t('medicineRounds.flagsTitle')}</PageHeading>
      <p>
        <Link to="/medicinrunde">{t('medicineRounds.backToRound')}</Link>
      </p>
      <section aria-labelledby="flags-doses">
        <h2 id="flags-doses" className="h3">{t('medicineRounds.flagsDoses', { count: f.doses.length })}</h2>
        {f.doses.length === 0 ? (
          <p className="empty-state">{t('medicineRounds.flagsNone')}</p>
        ) : (
          <DataTable
            rows={f.doses}
            rowKey={(d) => `${d.citizen.id}-${d.genericName}-${d.scheduledFor}`}
            labelledBy="flags-doses"
            columns={[
              { header: t('medicineRounds.time'), cell: (d) => formatDateTime(d.scheduledFor) },
              { header: t('medicineRounds.citizen'), rowHeader: true, cell: (d) => d.citizen.name },
              { header: t('medicineRounds.medicine'), cell: (d) => `${d.genericName} ${d.strength}` },
              { header: t('medicineRounds.unit'), cell: (d) => d.unit.name },
              { header: t('medicineRounds.state'), cell: (d) => <span className="badge badge-overdue">{t(`medicineRounds.${d.state}`)}</span> },
            ]}
          />
        )}
      </section>
      <section aria-labelledby="flags-pn">
        <h2 id="flags-pn" className="h3">{t('medicineRounds.flagsPn', { over: f.overMax.length, missing: f.missingEffect.length })}</h2>
        <ul className="round-pn-doses">
          {f.overMax.map((a) => (
            <li key={`o-${a.id}`}>
              <span className="badge badge-overdue">{t('medicineRounds.overMax')}</span> {formatDateTime(a.givenAt)} · {a.citizen.name} · {a.genericName} · {a.overMaxReason} · {a.registeredBy}
            </li>
          ))}
          {f.missingEffect.map((a) => (
            <li key={`m-${a.id}`}>
              <span className="badge badge-overdue">{t('medicineRounds.missingEffect')}</span> {formatDateTime(a.givenAt)} · {a.citizen.name} · {a.genericName} · {a.pnReason}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="flags-pn-use">
        <h2 id="flags-pn-use" className="h3">{t('medicineRounds.pnUse')}</h2>
        {units.data?.leads.map((u) => <PnUseTable key={u.id} unit={u} />)}
      </section>
    </>
  );
}
