import { can, type Actor, type ReachFacts } from '../access/index.js';
import { IDLE_MINUTES, type PasswordStatus } from './sessions.js';
import type { Me, SessionResponse } from '../../contracts/auth.js';

/**
 * The signed-in user as the web app sees them, with what the menus may show: the access policy's
 * answers for the actor's whole reach (access/reach.ts). Without Mine borgere the web app starts
 * them on their overview.
 */
export function presentMe(actor: Actor, reach: ReachFacts): Me {
  return {
    id: actor.userId,
    username: actor.username,
    displayName: actor.displayName,
    municipality: { id: actor.municipalityId, name: actor.municipalityName },
    covers: actor.covers,
    /** The units whose citizens the user works with (roles and running covers), by name. */
    units: actor.careUnits,
    roles: actor.roles.map((r) => ({ role: r.role, orgUnitId: r.orgUnitId, orgUnitName: r.orgUnitName, kind: r.kind })),
    navigation: {
      myCitizens: can(actor, 'view', 'my_citizens', reach),
      dueList: can(actor, 'view', 'due_list', reach),
      visits: can(actor, 'view', 'visits', reach),
      facilities: can(actor, 'view', 'facilities', reach),
      administration: can(actor, 'administer', 'organisation', reach),
      registerCitizens: can(actor, 'register', 'citizens', reach),
      medicineRounds: can(actor, 'view', 'medicine_rounds', reach),
      incidents: can(actor, 'view', 'incidents', reach),
      useOfForce: can(actor, 'view', 'use_of_force', reach),
      referrals: can(actor, 'view', 'referrals', reach),
      waitingList: can(actor, 'view', 'waiting_list', reach),
      facilityReferrals: can(actor, 'view', 'facility_referrals', reach),
      referralDeadlines: can(actor, 'view', 'referral_deadlines', reach),
      visitationInsight: can(actor, 'view', 'visitation_insight', reach),
    },
  };
}

/** The session as login and GET /auth/session answer it. */
export function presentSession(
  session: { actor: Actor; csrfToken: string; passwordStatus: PasswordStatus },
  reach: ReachFacts,
): SessionResponse {
  return {
    user: presentMe(session.actor, reach),
    csrfToken: session.csrfToken,
    idleMinutes: IDLE_MINUTES,
    /** The password is one an admin set: the app shows only the password change until it is changed. */
    passwordChangeRequired: session.passwordStatus.mustChangePassword,
  };
}
