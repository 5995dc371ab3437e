import { allow } from './policy.js';
import { hasRole, type Actor } from './roles.js';

/** What the citizen rules need to know, loaded by one query (features/citizens/guard.ts). */
export interface CitizenFacts {
  id: string;
  municipalityId: string;
  /** Units of the citizen's active placements. */
  unitIds: string[];
  /** The actor has an explicit case assignment to this citizen. */
  assignedToActor: boolean;
}

const sameTenant = (a: Actor, c: CitizenFacts) => a.municipalityId === c.municipalityId;
export const placedInCare = (a: Actor, c: CitizenFacts) => sameTenant(a, c) && c.unitIds.some((u) => a.careUnitIds.includes(u));
export const placedUnderLeader = (a: Actor, c: CitizenFacts) => sameTenant(a, c) && c.unitIds.some((u) => a.leaderUnitIds.includes(u));
export const assignedAs = (a: Actor, c: CitizenFacts, ...r: Parameters<typeof hasRole>[1][]) =>
  sameTenant(a, c) && c.assignedToActor && hasRole(a, ...r);

// Staff and leaders where the citizen lives: record, plan and journal.
allow<CitizenFacts>('citizen', ['read', 'revealCpr', 'readPlan', 'editPlan', 'readJournal', 'writeJournal'], placedInCare);
// Leaders also register citizens, edit the record, start and end interventions and see who opened it.
allow<CitizenFacts>('citizen', ['update', 'manageRelatives', 'manageInterventions', 'readAccessLog'], placedUnderLeader);
// A case worker assigned to the citizen: record and plan, never the daily journal.
allow<CitizenFacts>('citizen', ['read', 'revealCpr', 'readPlan'], (a, c) => assignedAs(a, c, 'case_worker'));
// Center management and consultants: only through an explicit assignment, and no CPR.
allow<CitizenFacts>('citizen', ['read', 'readPlan'], (a, c) => assignedAs(a, c, 'center_manager', 'consultant'));
