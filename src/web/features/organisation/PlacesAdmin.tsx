import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { FacilityPlace, OrgUnit } from '../../../contracts/organisation.js';
import { Tag } from '../../components/Badges';
import { LoadError, Loading } from '../../components/QueryState';
import { SuccessMessage } from '../../components/SuccessMessage';
import { formatDate } from '../../lib/dates';
import { useFacility } from '../occupancy/api';
import { byName, isPlanned } from '../occupancy/format';
import { PlannedFrom } from '../occupancy/UnitPlaces';
import { invalidateOrganisation, updatePlace } from './api';
import { useActiveSwitch } from '../../components/forms/useActiveSwitch';
import { PlaceFormModal } from './PlaceFormModal';
import { DataTable } from '../../components/DataTable';
import { placeColumns } from '../occupancy/placeColumns';
import { RowAction } from '../../components/RowAction';

type Dialog = { kind: 'add' } | { kind: 'edit'; placeId: string } | null;

/** A unit's places (read from its facility): add, edit, deactivate and reactivate. */
export function PlacesAdmin({ unit, facilityId }: { unit: OrgUnit; facilityId: string }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const facility = useFacility(facilityId);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const places = [...(facility.data?.units.find((u) => u.id === unit.id)?.places ?? [])].sort(byName);
  const activeSwitch = useActiveSwitch({
    records: places,
    update: (place: FacilityPlace, active: boolean) => updatePlace(place, { active }),
    refresh: () => invalidateOrganisation(qc),
    onSaved: (place) => setSaved(place.active ? t('organisation.places.reactivated', { name: place.name }) : t('organisation.places.deactivated', { name: place.name })),
    confirmTexts: (place) => ({
      title: t('organisation.places.deactivateTitle', { name: place.name }),
      text: t('organisation.places.deactivateText'),
      confirmLabel: t('common.deactivate'),
    }),
  });
  const byId = (id: string) => places.find((p) => p.id === id);
  const editing = dialog?.kind === 'edit' ? byId(dialog.placeId) : undefined;

  return (
    <section aria-labelledby="places-heading" className="places-admin">
      <div className="section-head">
        <h3 id="places-heading">
          {facility.data ? t('organisation.places.heading', { count: places.filter((p) => p.active).length }) : t('organisation.places.headingLoading')}
        </h3>
        {unit.active && (
          <button type="button" className="button button-secondary button-small" onClick={() => setDialog({ kind: 'add' })}>
            {t('organisation.places.add')}
          </button>
        )}
      </div>
      {saved && <SuccessMessage text={saved} onDone={() => setSaved(null)} />}
      {activeSwitch.refusal}
      {facility.isPending && <Loading />}
      {facility.isError && <LoadError error={facility.error} onRetry={() => void facility.refetch()} />}
      {facility.data && places.length === 0 && <p className="empty-state">{t('occupancy.facility.noPlaces')}</p>}
      {places.length > 0 && (
        <DataTable
          rows={places}
          rowClassName={(p) => (p.active ? undefined : 'row-inactive')}
          labelledBy="places-heading"
          variant="compact"
          className="admin-places-table"
          columns={[
            ...placeColumns({ name: t('organisation.places.name'), legalBasis: t('organisation.places.legalBasisShort'), targetGroups: t('organisation.places.targetGroups') }),
            {
              header: t('organisation.places.standardsShort'),
              cell: (p) =>
                [
                  p.wheelchairAccessible && t('organisation.places.wheelchair'),
                  p.ownBath && t('organisation.places.ownBath'),
                  p.ownKitchen && t('organisation.places.ownKitchen'),
                  p.areaM2 !== null && `${p.areaM2.toLocaleString('da-DK')} m²`,
                ]
                  .filter(Boolean)
                  .join(' · ') || '–',
            },
            {
              header: t('organisation.places.status'),
              cell: (p) =>
                !p.active ? (
                  <Tag variant="muted">{p.activeUntil ? t('organisation.places.inactiveSince', { date: formatDate(p.activeUntil) }) : t('common.inactive')}</Tag>
                ) : isPlanned(p) ? (
                  <PlannedFrom place={p} />
                ) : p.occupied ? (
                  t('occupancy.facility.occupied')
                ) : (
                  t('occupancy.facility.vacant')
                ),
            },
            {
              header: t('common.actions'),
              hiddenHeader: true,
              cellClassName: 'row-actions',
              cell: (p) => (
                <>
                  <RowAction label={t('common.edit')} target={p.name} onClick={() => setDialog({ kind: 'edit', placeId: p.id })} />
                  <RowAction
                    label={p.active ? t('common.deactivate') : t('common.reactivate')}
                    target={p.name}
                    disabled={activeSwitch.pending}
                    onClick={() => activeSwitch.toggle(p, p.active)}
                  />
                </>
              ),
            },
          ]}
        />
      )}
      {(dialog?.kind === 'add' || editing) && (
        <PlaceFormModal
          unitId={unit.id}
          unitName={unit.name}
          place={editing}
          template={places.find((p) => p.active)}
          onClose={() => setDialog(null)}
          onSaved={(name) => {
            setDialog(null);
            setSaved(editing ? t('organisation.places.saved', { name }) : t('organisation.places.added', { name }));
          }}
        />
      )}
      {activeSwitch.confirm}
    </section>
  );
}
