import type { Queryable } from '../db/index.js';
import { hasRole, type Actor } from '../access/roles.js';
import type { PasswordStatus } from './sessions.js';
import { presentSession } from './presenter.js';

/**
 * Does a center manager or consultant have citizens assigned to them? They reach citizens only
 * that way, so without any, Mine borgere would be an empty page and their start is the overview.
 */
async function hasAssignedCitizens(db: Queryable, actor: Actor): Promise<boolean> {
  if (!hasRole(actor, 'center_manager', 'consultant')) return false;
  const rows = await db.query('SELECT 1 FROM case_assignments WHERE user_id = $1 AND municipality_id = $2 LIMIT 1', [
    actor.userId,
    actor.municipalityId,
  ]);
  return rows.length > 0;
}

/** The session as login and GET /auth/session answer it (presentSession, with what it needs loaded). */
export async function answerSession(db: Queryable, session: { actor: Actor; csrfToken: string; passwordStatus: PasswordStatus }) {
  return presentSession(session, await hasAssignedCitizens(db, session.actor));
}
