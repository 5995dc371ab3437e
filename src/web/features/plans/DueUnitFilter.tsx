import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { OrgUnit } from '../../../contracts/organisation.js';
import { SelectField, type Option } from '../../components/SelectField';
import { useMe } from '../auth/session';
import { useOrgUnits } from '../organisation/api';

/** Roles whose units the due list can be narrowed to (the server's readDueList rule). */
const DUE_LIST_ROLES = new Set(['staff', 'unit_leader', 'facility_leader']);

/**
 * The facilities and units the user may narrow the due list to: those the tree marks
 * readDueList (a facility leader's units too), else the units of their own roles.
 */
export function useDueUnitOptions(): Option[] {
  const { t } = useTranslation();
  const me = useMe();
  const tree = useOrgUnits();
  if (tree.data) {
    const units = tree.data.filter((u) => u.abilities.readDueList && u.active && (u.kind === 'facility' || u.kind === 'unit'));
    const facilities = new Set(units.filter((u) => u.kind === 'unit').map((u) => u.parentId));
    return units.map((u) => ({ value: u.id, label: optionLabel(t, u, tree.data, facilities.size > 1) }));
  }
  return me.roles.filter((r) => DUE_LIST_ROLES.has(r.role)).map((r) => ({ value: r.orgUnitId, label: r.orgUnitName }));
}

/**
 * "Bostedet Lærkehøj (hele tilbuddet)", then its units; a unit carries its facility's name when
 * the user's units lie in more than one facility.
 */
function optionLabel(t: TFunction, unit: OrgUnit, tree: OrgUnit[], manyFacilities: boolean): string {
  if (unit.kind === 'facility') return t('plans.due.wholeFacility', { name: unit.name });
  const facility = tree.find((p) => p.id === unit.parentId);
  return manyFacilities && facility ? `${facility.name} › ${unit.name}` : unit.name;
}

interface Props {
  value: string;
  onChange: (orgUnitId: string) => void;
  options: Option[];
}

/** "Vis for": all my units, or one facility or unit. */
export function DueUnitFilter({ value, onChange, options }: Props) {
  const { t } = useTranslation();
  return (
    <div className="due-filter">
      <SelectField
        id="due-unit"
        label={t('plans.due.filterLabel')}
        value={value}
        onChange={onChange}
        placeholder={t('plans.due.allUnits')}
        options={options}
      />
    </div>
  );
}
