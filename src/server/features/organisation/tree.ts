import { orgKinds, type OrgKind } from '../../../contracts/common.js';

export { orgKinds, type OrgKind };

/** Which kinds may sit directly under each kind: municipality → center → (area) → facility → unit. */
export const childKinds: Record<OrgKind, readonly OrgKind[]> = {
  municipality: ['center'],
  center: ['facility', 'area'], // a facility first: the form offers the first as its default
  area: ['facility'],
  facility: ['unit'],
  unit: [],
};

/** Danish names of the kinds, for messages. */
export const kindNames: Record<OrgKind, string> = {
  municipality: 'kommune',
  center: 'center',
  area: 'område',
  facility: 'tilbud',
  unit: 'afdeling',
};

/** May a unit of `kind` sit directly under `parentKind`? */
export const fitsUnder = (parentKind: OrgKind, kind: OrgKind) => childKinds[parentKind].includes(kind);

/** The stored path of a new unit: its parent's path and its own id ('/m/c/' → '/m/c/<id>/'). */
export const childPath = (parentPath: string, id: string) => `${parentPath}${id}/`;

/** The Danish reason a unit of `kind` cannot sit under `parentKind`, or null when it can. */
export function misfitReason(parentKind: OrgKind, kind: OrgKind): string | null {
  if (fitsUnder(parentKind, kind)) return null;
  const allowed = childKinds[parentKind].map((k) => kindNames[k]).join(' eller ') || 'intet';
  return `En enhed af typen ${kindNames[kind]} kan ikke ligge under typen ${kindNames[parentKind]} (tilladt: ${allowed}).`;
}

/** Would putting the unit at `path` under the unit at `parentPath` make a cycle (under itself or one of its own)? */
export const isWithin = (path: string, parentPath: string) => parentPath.startsWith(path);

/** Kinds that may carry an occupancy target (a unit's target is its facility's). */
export const targetKinds: readonly OrgKind[] = ['municipality', 'center', 'area', 'facility'];
