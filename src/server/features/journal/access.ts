import { allow, can } from '../../access/policy.js';
import type { Actor } from '../../access/roles.js';
import { coveringNow, type CitizenFacts } from '../../access/citizen.js';

/** What the note rules need: the note's citizen (as loaded for the citizen rules), author and state. */
export interface NoteFacts {
  citizen: CitizenFacts;
  authorId: string;
  /** A health note (helbredsnotat): a health record. */
  health: boolean;
  /** Marked as written on the wrong citizen: kept, but hidden from all but the citizen's leaders. */
  markedError: boolean;
}

/** A unit or facility leader where the citizen lives. */
const leadsCitizen = (a: Actor, c: CitizenFacts) =>
  a.municipalityId === c.municipalityId && c.unitIds.some((u) => a.leaderUnitIds.includes(u));

// Leaders of the citizen may see notes marked as written in error (list ?includeErrors=true, history).
allow<CitizenFacts>('citizen', ['readJournalErrors'], leadsCitizen);

// History of a note: whoever reads the journal; a note marked in error only its citizen's leaders.
allow<NoteFacts>('journal_note', ['readHistory'], (a, n) => readsNote(a, n) && (!n.markedError || leadsCitizen(a, n.citizen)));

/** Who may read this note at all: the journal's readers, and for a health note only those treating the citizen now. */
export const readsNote = (a: Actor, n: NoteFacts) =>
  can(a, 'readJournal', 'citizen', n.citizen) && (!n.health || can(a, 'readHealthNotes', 'citizen', n.citizen));

// A record's author stays its author: only they correct its text (new version, reason kept), while it still stands.
allow<NoteFacts>('journal_note', ['correct'], (a, n) =>
  !n.markedError && n.authorId === a.userId && readsNote(a, n) && can(a, 'writeJournal', 'citizen', n.citizen));

// Marked as written in error (on the wrong citizen) by its author or a leader of the citizen: the text is kept.
allow<NoteFacts>('journal_note', ['markError'], (a, n) =>
  !n.markedError && readsNote(a, n) && can(a, 'writeJournal', 'citizen', n.citizen) && (n.authorId === a.userId || leadsCitizen(a, n.citizen)));

// Everyone else who writes in the journal adds an addendum (tilføjelse) under a standing note.
allow<NoteFacts>('journal_note', ['addAddendum'], (a, n) => !n.markedError && readsNote(a, n) && can(a, 'writeJournal', 'citizen', n.citizen));

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

/** Hours a cover reads back in the journal when the municipality has not set it (cover_settings). */
export const DEFAULT_COVER_JOURNAL_HOURS = 72;

/**
 * The note filters a citizen's journal list takes for this actor, as SQL on notes aliased `n`
 * (the list-side twin of `readsNote` and the cover window): health notes only for those treating
 * the citizen now; under a cover only the last `coverHours` hours. Adds parameters after `params`.
 */
export function noteScopeFilters(actor: Actor, citizen: CitizenFacts, coverHours: number, params: unknown[]): string[] {
  const filters: string[] = [];
  if (!can(actor, 'readHealthNotes', 'citizen', citizen)) filters.push(`n.kind <> 'health'`);
  if (coveringNow(actor, citizen)) {
    params.push(coverHours);
    filters.push(`n.written_at >= now() - make_interval(hours => $${params.length}::int)`);
  }
  return filters;
}
