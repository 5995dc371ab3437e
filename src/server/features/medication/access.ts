import { allow, can } from '../../access/policy.js';
import { coversPath, type Actor } from '../../access/roles.js';
import { treatingNow, type CitizenFacts } from '../../access/citizen.js';
import type { OrgFacts } from '../../access/organisation.js';

// The medicine card, its versions and observations are a health record: only those treating the
// citizen now (a night cover included; not a leader above the unit, a case worker or management).
allow<CitizenFacts>('citizen', ['readMedicine', 'observeMedicine'], treatingNow);
// Changing the card also takes the medicine permission: a nurse, or staff with the medicine course.
allow<CitizenFacts>('citizen', ['changeMedicine'], (a, c) => treatingNow(a, c) && a.medicineQualified);

/** A user as the medicine-permission rules need them: where their care roles sit in the tree. */
export interface QualifiedUserFacts {
  id: string;
  municipalityId: string;
  /** The org paths of the user's staff and leader roles. */
  rolePaths: string[];
}

/** A leader of the user's unit: a unit or facility leader at or above one of the user's roles. Never oneself. */
const leadsUser = (a: Actor, u: QualifiedUserFacts) =>
  a.municipalityId === u.municipalityId && a.userId !== u.id && u.rolePaths.some((p) => coversPath(a, p, 'unit_leader', 'facility_leader'));
allow<QualifiedUserFacts>('user', ['grantQualification'], leadsUser);

// The facility's medicine settings and its people's permissions are shown where its figures are
// (its leaders, management, the administrator); its facility leaders change the settings.
allow<OrgFacts>('org', ['readMedication'], (a, o) => can(a, 'readFigures', 'org', o));
allow<OrgFacts>('org', ['editMedicationSettings'], (a, o) => a.municipalityId === o.municipalityId && coversPath(a, o.path, 'facility_leader'));
