import { allow, can } from '../../access/policy.js';
import type { Actor } from '../../access/roles.js';
import type { CitizenFacts } from '../../access/citizen.js';

/** What the note rules need: the note's citizen (as loaded for the citizen rules), author and state. */
export interface NoteFacts {
  citizen: CitizenFacts;
  authorId: string;
  /** Marked as written on the wrong citizen: kept, but hidden from all but the citizen's leaders. */
  markedError: boolean;
}

/** A unit or facility leader where the citizen lives. */
const leadsCitizen = (a: Actor, c: CitizenFacts) =>
  a.municipalityId === c.municipalityId && c.unitIds.some((u) => a.leaderUnitIds.includes(u));

// Leaders of the citizen may see notes marked as written in error (list ?includeErrors=true, history).
allow<CitizenFacts>('citizen', ['readJournalErrors'], leadsCitizen);

// History of a note: whoever reads the journal; a note marked in error only its citizen's leaders.
allow<NoteFacts>('journal_note', ['readHistory'], (a, n) =>
  can(a, 'readJournal', 'citizen', n.citizen) && (!n.markedError || leadsCitizen(a, n.citizen)));

// A note is corrected (new version, reason kept) or marked as an error by its author or a leader of
// the citizen, and only while it still stands: a note marked in error is closed.
allow<NoteFacts>('journal_note', ['correct', 'markError'], (a, n) =>
  !n.markedError && can(a, 'writeJournal', 'citizen', n.citizen) && (n.authorId === a.userId || leadsCitizen(a, n.citizen)));

/**
 * The citizens whose journal an actor reads on the given units today, as SQL: the list-side twin of
 * the `readJournal` rule in citizen.ts (placed today on a unit where the actor works). Unlike
 * `visibleCitizenIds` it leaves out case assignments, which open the record and plan but never the
 * journal. `unitIds` must be a subset of the actor's care units. Adds three parameters from `firstParam`.
 */
export function journalCitizenScope(actor: Actor, unitIds: string[], today: string, firstParam: number): { sql: string; params: unknown[] } {
  const [m, units, day] = [firstParam, firstParam + 1, firstParam + 2];
  return {
    sql: `SELECT i.citizen_id, i.unit_id FROM interventions i
           WHERE i.municipality_id = $${m} AND i.unit_id = ANY($${units}::uuid[])
             AND i.start_date <= $${day}::date AND (i.end_date IS NULL OR i.end_date > $${day}::date)`,
    params: [actor.municipalityId, unitIds.filter((u) => actor.careUnitIds.includes(u)), today],
  };
}
