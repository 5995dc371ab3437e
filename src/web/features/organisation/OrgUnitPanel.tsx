import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgUnit } from '../../../contracts/organisation.js';
import { Tag } from '../../components/Badges';
import { AddChildUnitForm } from './AddChildUnitForm';
import { FollowUpIntervalForm } from './FollowUpIntervalForm';
import { MoveUnit } from './MoveUnit';
import { OccupancyTargetsForm } from './OccupancyTargetsForm';
import { useCatalogue } from '../plans/api';
import { OrgUnitNameForm } from './OrgUnitNameForm';
import { OrgUnitStatus } from './OrgUnitStatus';
import { PlacesAdmin } from './PlacesAdmin';
import { ProfileSection } from '../facility-profiles/ProfileSection';

interface Props {
  unit: OrgUnit;
  units: OrgUnit[];
  /** Move focus to the panel when it opens after the admin chose a unit in the tree. */
  focusOnOpen: boolean;
  onSelect: (id: string) => void;
}

/** The chosen unit: what it is, its name, interval (facilities), places (units), sub-units and status. */
export function OrgUnitPanel({ unit, units, focusOnOpen, onSelect }: Props) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnOpen) heading.current?.focus();
    // Only when the panel opens on a new unit (it is keyed by the unit).
  }, []);
  const parent = units.find((u) => u.id === unit.parentId);
  return (
    <section className="panel org-panel" aria-labelledby="org-panel-title">
      <h2 id="org-panel-title" ref={heading} tabIndex={-1}>
        {unit.name} {!unit.active && <Tag variant="muted">{t('common.inactive')}</Tag>}
      </h2>
      <p className="org-panel-meta">
        {t(`organisation.kinds.${unit.kind}`)}
        {parent && <> · {t('organisation.org.under', { name: parent.name })}</>}
      </p>

      {!unit.abilities.manage ? (
        <p className="empty-state">{t('organisation.org.notYours')}</p>
      ) : (
        <ManageUnit unit={unit} units={units} onSelect={onSelect} />
      )}
    </section>
  );
}

/** The forms for a unit the admin keeps. */
function ManageUnit({ unit, units, onSelect }: { unit: OrgUnit; units: OrgUnit[]; onSelect: (id: string) => void }) {
  const { t } = useTranslation();
  // Which kinds go under which is the server's rule, served by the catalogue.
  const childKinds = useCatalogue().data?.childKinds[unit.kind] ?? [];
  return (
    <>
      <OrgUnitNameForm unit={unit} />

      {unit.kind === 'facility' && (
        <>
          <h3>{t('organisation.org.intervalHeading')}</h3>
          <FollowUpIntervalForm unit={unit} />
        </>
      )}

      {unit.kind === 'unit' && unit.parentId && <PlacesAdmin unit={unit} facilityId={unit.parentId} />}

      {unit.kind !== 'unit' && <OccupancyTargetsForm unit={unit} />}

      {(unit.kind === 'facility' || unit.kind === 'unit') && (
        <ProfileSection
          orgUnitId={unit.id}
          level={3}
          placesEditedWhere={unit.kind === 'unit' ? t('facilityProfiles.places.editedInPlacesBelow') : undefined}
        />
      )}

      {childKinds.length > 0 && unit.active && (
        <>
          <h3>{t('organisation.org.addHeading', { name: unit.name })}</h3>
          <AddChildUnitForm parent={unit} kinds={childKinds} onCreated={(u) => onSelect(u.id)} />
        </>
      )}

      {unit.parentId && (
        <>
          <h3>{t('organisation.move.heading')}</h3>
          <MoveUnit unit={unit} units={units} />
        </>
      )}

      {unit.parentId && (
        <>
          <h3>{t('organisation.org.statusHeading')}</h3>
          <OrgUnitStatus unit={unit} />
        </>
      )}
    </>
  );
}
