/** Signing in and out, the session, and changing one's password. */
import { z } from 'zod';
import { flags, Ref, RoleSchema } from './common.js';
import { ActiveCover } from './covers.js';

export const LoginBody = z.strictObject({
  username: z.string().trim().toLowerCase().min(1, 'Skriv dit brugernavn.').max(64),
  password: z.string().min(1, 'Skriv din adgangskode.').max(200),
});

export const PasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(10, 'Den nye adgangskode skal have mindst 10 tegn.').max(200),
});

/** Which menu entries the user sees (the policy's answer). */
export const Navigation = flags('myCitizens', 'dueList', 'visits', 'facilities', 'administration', 'registerCitizens', 'medicineRounds', 'incidents', 'useOfForce', 'referrals', 'waitingList', 'facilityReferrals', 'referralDeadlines', 'visitationInsight');
export type Navigation = z.infer<typeof Navigation>;

/** The signed-in user as the web app sees them. */
export const Me = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  municipality: Ref,
  /** Units the user covers right now (vagtdækning), soonest end first. */
  covers: z.array(ActiveCover),
  /** The units whose citizens the user works with (roles and running covers), by name. */
  units: z.array(Ref),
  roles: z.array(z.object({ role: RoleSchema, orgUnitId: z.string(), orgUnitName: z.string(), kind: z.string() })),
  navigation: Navigation,
});
export type Me = z.infer<typeof Me>;

/** The session as login and GET /auth/session answer it. */
export const SessionResponse = z.object({
  user: Me,
  csrfToken: z.string(),
  idleMinutes: z.number(),
  /** The password is one an admin set: only the password change is open until it is changed. */
  passwordChangeRequired: z.boolean(),
});
export type SessionResponse = z.infer<typeof SessionResponse>;

/** Logout and password change answer only that it went well. */
export const Ok = z.object({ ok: z.literal(true) });
export type Ok = z.infer<typeof Ok>;
