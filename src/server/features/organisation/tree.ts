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
