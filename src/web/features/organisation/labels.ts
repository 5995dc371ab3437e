import type { OrgUnit } from '../../../contracts/organisation.js';
import type { Catalogue } from '../../../contracts/catalogue';
import type { Option } from '../../components/SelectField';

/**
 * The legal bases a place may have (the catalogue's `placeLegalBases`, the server's own list) as
 * "§108 – Længerevarende botilbud", with the catalogue's name when it has one. A place's current
 * basis stays selectable even if it is no longer on the list.
 */
export function legalBasisOptions(catalogue: Catalogue | undefined, current?: string): Option[] {
  const allowed = catalogue?.placeLegalBases ?? [];
  const names = new Map((catalogue?.legalBases ?? []).map((c) => [c.code, c.name]));
  const codes = current && !allowed.includes(current) ? [...allowed, current] : allowed;
  return codes.map((code) => {
    const name = names.get(code);
    return { value: code, label: name && name !== code ? `${code} – ${name}` : code };
  });
}

/**
 * An org unit as a select option: units carry their facility's name ("Bostedet Lærkehøj ›
 * Afdeling Bøgen"), since unit names repeat across facilities.
 */
export function orgUnitLabel(unit: OrgUnit, byId: Map<string, OrgUnit>): string {
  const parent = unit.parentId ? byId.get(unit.parentId) : undefined;
  return unit.kind === 'unit' && parent ? `${parent.name} › ${unit.name}` : unit.name;
}
