import { allow } from './policy.js';
import { hasRole, type Actor } from './roles.js';

/** What the citizen rules need to know, loaded by one query (features/citizens/guard.ts). */
export interface CitizenFacts {
  id: string;
  municipalityId: string;
  /** Units (or teams) delivering the citizen's current services: interventions running today. */
  unitIds: string[];
  /** The actor has an explicit case assignment to this citizen. */
  assignedToActor: boolean;
}

const sameTenant = (a: Actor, c: CitizenFacts) => a.municipalityId === c.municipalityId;
const servedBy = (a: Actor, c: CitizenFacts, units: string[]) => sameTenant(a, c) && c.unitIds.some((u) => units.includes(u));
const coveredUnitIds = (a: Actor) => a.covers.map((cv) => cv.unitId);

/**
 * Own care: a unit delivering a current service to the citizen is one the actor works on through
 * their own roles (staff, unit or facility leader there or above). Full care rights.
 */
export const inOwnCare = (a: Actor, c: CitizenFacts) => servedBy(a, c, a.ownCareUnitIds);

/**
 * Under a cover (vagtdækning) only: the actor covers a unit delivering a current service to the
 * citizen right now, and does not have the citizen in own care. The night's narrowed rights: the
 * record without CPR, the plan read-only, the journal of the last hours (cover_settings), notes.
 */
export const coveringNow = (a: Actor, c: CitizenFacts) => !inOwnCare(a, c) && servedBy(a, c, coveredUnitIds(a));

/** In care by either way: own care or a running cover (the citizen is on the actor's units today). */
export const placedInCare = (a: Actor, c: CitizenFacts) => inOwnCare(a, c) || coveringNow(a, c);

/**
 * "Treating now" (behandler nu), defined once: staff (or the unit leader) of a unit or team
 * delivering a current service to the citizen, or whoever covers that unit now. Health records —
 * health notes, the medicine card and rounds — follow this rule. A leader above the unit, a case
 * worker or center management do not treat (unless they hold such a role too).
 */
export const treatingNow = (a: Actor, c: CitizenFacts) => servedBy(a, c, a.treatingUnitIds) || servedBy(a, c, coveredUnitIds(a));

export const placedUnderLeader = (a: Actor, c: CitizenFacts) => servedBy(a, c, a.leaderUnitIds);
export const assignedAs = (a: Actor, c: CitizenFacts, ...r: Parameters<typeof hasRole>[1][]) =>
  sameTenant(a, c) && c.assignedToActor && hasRole(a, ...r);

// Staff and leaders where the citizen lives: record, plan and the whole journal, earlier services' notes on request.
allow<CitizenFacts>('citizen', ['read', 'revealCpr', 'readPlan', 'editPlan', 'readJournal', 'writeJournal', 'readEarlierNotes'], inOwnCare);
// A night cover: the record (no CPR reveal), the plan read-only, the journal of the cover window, notes.
allow<CitizenFacts>('citizen', ['read', 'readPlan', 'readJournal', 'writeJournal'], coveringNow);
// Health notes: only those treating the citizen now.
allow<CitizenFacts>('citizen', ['readHealthNotes'], treatingNow);
// Leaders also register citizens, edit the record, start and end interventions and see who opened it.
allow<CitizenFacts>('citizen', ['update', 'manageRelatives', 'manageInterventions', 'readAccessLog'], placedUnderLeader);
// A case worker assigned to the citizen: record and plan, never the daily journal.
allow<CitizenFacts>('citizen', ['read', 'revealCpr', 'readPlan'], (a, c) => assignedAs(a, c, 'case_worker'));
// Center management and consultants: only through an explicit assignment, and no CPR.
allow<CitizenFacts>('citizen', ['read', 'readPlan'], (a, c) => assignedAs(a, c, 'center_manager', 'consultant'));
