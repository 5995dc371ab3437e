import { z } from 'zod';
import { roles, type Role } from '../../access/roles.js';
import { hasChange, nothingToChange, Version } from '../../../contracts/common.js';
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

export const UserParams = z.strictObject({ id: z.uuid('Ukendt bruger-id.') });

const DisplayName = z.string().trim().min(1, 'Skal udfyldes.').max(200, 'Højst 200 tegn.');
const Password = z.string().min(10, 'Adgangskoden skal have mindst 10 tegn.').max(200, 'Højst 200 tegn.');
/** A user's roles, each at a unit of the tree; a repeated pair is kept once. */
const RoleAssignments = z
  .array(z.strictObject({ role: z.enum(roles, 'Ukendt rolle.'), orgUnitId: z.uuid('Ukendt enhed.') }), 'Skal være en liste af roller.')
  .min(1, 'Giv brugeren mindst én rolle.')
  .max(50, 'Højst 50 roller.')
  .transform((list) => [...new Map(list.map((r) => [`${r.role}:${r.orgUnitId}`, r])).values()]);
export type RoleAssignmentInput = z.infer<typeof RoleAssignments>[number];

// Fields in the form's order, so the error summary lists them as the admin meets them.
export const CreateUserBody = z.strictObject({
  displayName: DisplayName,
  username: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9._-]{2,64}$/, 'Brugernavnet skal have 2–64 tegn: bogstaverne a–z, tal, punktum, bindestreg eller understreg.'),
  password: Password,
  roles: RoleAssignments,
});
export type CreateUserInput = z.infer<typeof CreateUserBody>;

export const UpdateUserBody = z
  .strictObject({
    version: Version,
    displayName: DisplayName.optional(),
    /** false deactivates the user and ends their sessions; users are never deleted. */
    active: z.boolean('Skal være sand eller falsk.').optional(),
    /** Replaces all of the user's roles. */
    roles: RoleAssignments.optional(),
    /** A new password set by the admin; ends the user's sessions. */
    password: Password.optional(),
  })
  .refine(hasChange, nothingToChange());
export type UpdateUserInput = z.infer<typeof UpdateUserBody>;
