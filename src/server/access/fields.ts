import { can } from './policy.js';
import type { Actor } from './roles.js';
import type { CitizenFacts } from './citizen.js';

/**
 * Field-level rule for journal content (a note's text, author or time) that rides along outside the
 * journal's own routes — the citizen list's latest note, a goal's linked notes. Such fields are
 * present only where the actor reads that citizen's journal (`readJournal`); otherwise they are left
 * out of the answer altogether. Every presenter that adds such a field takes it through here, so the
 * one `readJournal` rule decides, per citizen, whether journal text leaves the server.
 */
export function journalFields<F extends Record<string, unknown>>(actor: Actor, citizen: CitizenFacts, fields: F): Partial<F> {
  return can(actor, 'readJournal', 'citizen', citizen) ? fields : {};
}
