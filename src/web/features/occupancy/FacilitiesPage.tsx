import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { FacilitySummary } from '../../../contracts/organisation.js';
import { PageHeading } from '../../components/PageHeading';
import { LoadError, Loading } from '../../components/QueryState';
import { SelectField } from '../../components/SelectField';
import { useFacilities } from './api';
import { FacilitiesTable, targetsDiffer } from './FacilitiesTable';
import { byName, formatPct } from './format';
import './occupancy.css';

type SortOrder = 'name' | 'occupancy';

/** Lowest occupancy first; facilities without places (no figure) last. */
const byOccupancy = (a: FacilitySummary, b: FacilitySummary) =>
  (a.occupancyPct ?? Infinity) - (b.occupancyPct ?? Infinity) || byName(a, b);

/** Tilbud: occupancy of the facilities the user may see, side by side, each against its target for the year (94 % unless set otherwise). */
export default function FacilitiesPage() {
  const { t } = useTranslation();
  const facilities = useFacilities();
  const [params, setParams] = useSearchParams();
  const sort: SortOrder = params.get('sortering') === 'belaegning' ? 'occupancy' : 'name';
  const rows = useMemo(
    () => (facilities.data ? [...facilities.data].sort(sort === 'occupancy' ? byOccupancy : byName) : []),
    [facilities.data, sort],
  );
  // One target for all (the usual case) is said once; different targets are shown per facility.
  const mixed = targetsDiffer(rows);
  const target = rows[0]?.targetPct;
  const below = rows.filter((f) => f.belowTarget).length;
  // One center: say it once above the table instead of in every row.
  const centers = [...new Set(rows.map((f) => f.centerName ?? ''))];
  const oneCenter = centers.length === 1 ? centers[0] : null;

  return (
    <>
      <PageHeading>{t('occupancy.facilities.title')}</PageHeading>
      <p className="lead">{target === undefined || mixed ? t('occupancy.facilities.introMixed') : t('occupancy.facilities.intro', { target: formatPct(target) })}</p>
      {facilities.isPending && <Loading />}
      {facilities.isError && <LoadError error={facilities.error} onRetry={() => void facilities.refetch()} />}
      {facilities.data && rows.length === 0 && <p className="empty-state">{t('occupancy.facilities.empty')}</p>}
      {rows.length > 0 && (
        <>
          <div className="figures-toolbar">
            <p className="figures-summary" role="status">
              {oneCenter ? t('occupancy.facilities.summaryIn', { count: rows.length, center: oneCenter }) : t('occupancy.facilities.summary', { count: rows.length })}{' '}
              {below > 0 && (mixed ? t('occupancy.facilities.belowCountMixed', { count: below }) : t('occupancy.facilities.belowCount', { count: below, target: formatPct(target) }))}
            </p>
            {rows.length > 1 && (
              <SelectField
                id="facility-sort"
                label={t('occupancy.facilities.sortLabel')}
                value={sort}
                onChange={(v) => setParams(v === 'occupancy' ? { sortering: 'belaegning' } : {}, { replace: true })}
                options={[
                  { value: 'name', label: t('occupancy.facilities.sortName') },
                  { value: 'occupancy', label: t('occupancy.facilities.sortOccupancy') },
                ]}
              />
            )}
          </div>
          <FacilitiesTable
            facilities={rows}
            caption={mixed ? t('occupancy.facilities.captionMixed') : t('occupancy.facilities.caption', { target: formatPct(target) })}
            showCenter={oneCenter === null}
          />
        </>
      )}
    </>
  );
}
