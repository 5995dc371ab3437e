/**
 * Users and their roles (admins keep them; leaders and staff see their colleagues), and the log of
 * roles granted that read citizens' records. Request schemas the server validates by, response
 * schemas it answers by.
 */
import { z } from 'zod';
import { activeSwitch, editOf, OrgKindSchema, RoleSchema } from './common.js';

export const UserParams = z.strictObject({ id: z.uuid('Ukendt bruger-id.') });

const DisplayName = z.string().trim().min(1, 'Skal udfyldes.').max(200, 'Højst 200 tegn.');
const Password = z.string().min(10, 'Adgangskoden skal have mindst 10 tegn.').max(200, 'Højst 200 tegn.');

/** A role at a unit of the tree. */
export const RoleAssignment = z.strictObject({ role: z.enum(RoleSchema.options, 'Ukendt rolle.'), orgUnitId: z.uuid('Ukendt enhed.') });
export type RoleAssignment = z.infer<typeof RoleAssignment>;

/** A user's roles, each at a unit of the tree; a repeated pair is kept once. */
const RoleAssignments = z
  .array(RoleAssignment, 'Skal være en liste af roller.')
  .min(1, 'Giv brugeren mindst én rolle.')
  .max(50, 'Højst 50 roller.')
  .transform((list) => [...new Map(list.map((r) => [`${r.role}:${r.orgUnitId}`, r])).values()]);

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
/** What a client sends (before transforms). */
export type CreateUserRequest = z.input<typeof CreateUserBody>;

export const UpdateUserBody = editOf({
  displayName: DisplayName.optional(),
  active: activeSwitch('false deactivates the user and ends their sessions; users are never deleted.'),
  roles: RoleAssignments.optional().describe("Replaces all of the user's roles."),
  password: Password.optional().describe("A new password set by the admin; ends the user's sessions."),
});
export type UpdateUserInput = z.infer<typeof UpdateUserBody>;
export type UpdateUserRequest = z.input<typeof UpdateUserBody>;

// ---- Answers ----

/** GET /users: a user as the administration and the colleague pickers see them. Never a password hash. */
export const User = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  active: z.boolean(),
  version: z.int(),
  roles: z.array(z.object({ role: RoleSchema, orgUnitId: z.string(), orgUnitName: z.string(), kind: OrgKindSchema })),
  /** May the signed-in user change this user. */
  abilities: z.object({ update: z.boolean() }),
}).meta({ id: 'User' });
export type User = z.infer<typeof User>;

/** GET /facilities/:id/role-grants: a role that reads citizens' records, as granted. */
export const RoleGrant = z.object({
  id: z.int(),
  /** ISO timestamp. */
  at: z.string(),
  role: RoleSchema,
  orgUnitName: z.string(),
  userId: z.string(),
  userName: z.string(),
  grantedByName: z.string(),
}).meta({ id: 'RoleGrant' });
export type RoleGrant = z.infer<typeof RoleGrant>;
