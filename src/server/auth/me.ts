import type { Queryable } from '../db/index.js';
import { hasRole, type Actor } from '../access/roles.js';
import type { ReachFacts } from '../access/reach.js';
import { todayInCopenhagen } from '../../domain/dates.js';
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

/** Does a unit the actor works on through their own roles serve a citizen in their own home today (a running service without a place)? */
async function hasHomeSupportTeams(db: Queryable, actor: Actor): Promise<boolean> {
  if (actor.ownCareUnitIds.length === 0) return false;
  const rows = await db.query(
    `SELECT 1 FROM interventions WHERE municipality_id = $1 AND unit_id = ANY($2::uuid[]) AND place_id IS NULL
        AND start_date <= $3::date AND (end_date IS NULL OR end_date > $3::date) LIMIT 1`,
    [actor.municipalityId, actor.ownCareUnitIds, todayInCopenhagen()],
  );
  return rows.length > 0;
}

/** What the menus need beyond the session, loaded once per answer. */
const loadReach = async (db: Queryable, actor: Actor): Promise<ReachFacts> => ({
  hasAssignedCitizens: await hasAssignedCitizens(db, actor),
  hasHomeSupportTeams: await hasHomeSupportTeams(db, actor),
});

/** The session as login and GET /auth/session answer it (presentSession, with what it needs loaded). */
export async function answerSession(db: Queryable, session: { actor: Actor; csrfToken: string; passwordStatus: PasswordStatus }) {
  return presentSession(session, await loadReach(db, session.actor));
}
