import { hasRole, type Actor } from '../access/roles.js';
import { IDLE_MINUTES, type PasswordStatus } from './sessions.js';
import type { Me, SessionResponse } from '../../contracts/auth.js';

/**
 * The signed-in user as the web app sees them, with what the menus may show. Mine borgere is
 * theirs when they work on units, are a case worker, or have citizens assigned (`hasAssignedCitizens`,
 * for center managers and consultants); otherwise the web app starts them on their overview.
 */
export function presentMe(actor: Actor, hasAssignedCitizens: boolean): Me {
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
      myCitizens: actor.careUnitIds.length > 0 || hasRole(actor, 'case_worker') || hasAssignedCitizens,
      dueList: actor.careUnitIds.length > 0,
      facilities: hasRole(actor, 'unit_leader', 'facility_leader', 'center_manager', 'consultant', 'admin'),
      administration: hasRole(actor, 'admin'),
    },
  };
}

/** The session as login and GET /auth/session answer it. */
export function presentSession(
  session: { actor: Actor; csrfToken: string; passwordStatus: PasswordStatus },
  hasAssignedCitizens: boolean,
): SessionResponse {
  return {
    user: presentMe(session.actor, hasAssignedCitizens),
    csrfToken: session.csrfToken,
    idleMinutes: IDLE_MINUTES,
    /** The password is one an admin set: the app shows only the password change until it is changed. */
    passwordChangeRequired: session.passwordStatus.mustChangePassword,
  };
}
