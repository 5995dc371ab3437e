import { allow } from '../../access/policy.js';
import { coversPath, hasRole, type Actor, type OrgFacts, type ReachFacts } from '../../access/index.js';
import { figurePaths } from '../../access/organisation.js';

/**
 * Visitation insight reads aggregates only. The ladder's flow of a part of the organisation is a
 * figure of that part: the organisation's 'readFigures' (org, checked on the unit chosen). The
 * capacity forecast is the municipality's one queue for its places (the matching committee places
 * across all facilities), so it is read whole: by whoever reads figures anywhere (leaders, the
 * center's management, consultants, admins) and by case workers, who refer citizens into that queue
 * and tell them how long they may wait. It names no one, so it needs no audit row.
 */
const readsFiguresSomewhere = (a: Actor) => figurePaths(a).length > 0;

/** The municipality whose forecast is read. */
export interface ForecastFacts {
  municipalityId: string;
}

allow<ForecastFacts>('capacity_forecast', ['read'], (a, f) => a.municipalityId === f.municipalityId && (readsFiguresSomewhere(a) || hasRole(a, 'case_worker')));
// The menu entry (Visitation: indsigt) shows wherever the forecast can be read.
allow<ReachFacts>('visitation_insight', ['view'], (a) => readsFiguresSomewhere(a) || hasRole(a, 'case_worker'));
// Planned new places of a facility (the forecast opens them): the administrator and the leadership over
// the facility (the center's management, its facility leader); not a unit leader, whose reach is a unit.
allow<OrgFacts>('org', ['planPlaces'], (a, o) =>
  a.municipalityId === o.municipalityId && coversPath(a, o.path, 'admin', 'center_manager', 'consultant', 'facility_leader'));
