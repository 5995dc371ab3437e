import type { Role } from '../../access/roles.js';
import type { OrgKind } from '../organisation/tree.js';

/** Where in the tree each role may be held. A role reaches everything below its unit, so a
 *  facility leader placed on the municipality would lead every unit in it: refuse such assignments. */
export const roleKinds: Record<Role, readonly OrgKind[]> = {
  staff: ['unit', 'facility'],
  unit_leader: ['unit'],
  facility_leader: ['facility'],
  center_manager: ['center', 'area'],
  consultant: ['municipality', 'center', 'area'],
  case_worker: ['municipality', 'center'],
  admin: ['municipality', 'center'],
};
