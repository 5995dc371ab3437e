import { allow } from '../../access/policy.js';
import { coversPath } from '../../access/roles.js';
import type { OrgFacts } from '../../access/index.js';

const inTenant = (a: { municipalityId: string }, o: OrgFacts) => a.municipalityId === o.municipalityId;

// A facility's or unit's profile is organisation data, no citizen's: everyone in the municipality
// reads it (case workers match referrals against it; staff see what their facility offers), and the
// public description (Tilbudsportalen's published facts) with it.
allow<OrgFacts>('org_unit_profile', ['read'], inTenant);
// Kept by the administrators of that part of the tree and by its leaders: a facility leader for the
// facility and its units, a unit leader for their own unit (a role reaches the subtree below it).
allow<OrgFacts>('org_unit_profile', ['edit'], (a, o) => inTenant(a, o) && coversPath(a, o.path, 'admin', 'facility_leader', 'unit_leader'));
