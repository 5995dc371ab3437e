import { formatCpr, maskCpr } from '../../domain/cpr.js';
import { authorize, can } from './policy.js';
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

/**
 * Field-level rule for the CPR number: an answer that shows a citizen carries it masked
 * (DDMMYY-xxxx: the birth date readable, the serial not), whoever asks. The whole number is never a
 * field of such an answer; it leaves the server only through the reveal action, as `revealedCpr`
 * gives it. Every presenter that shows a CPR number takes it through here, so the policy is the one
 * place that lets the whole number out.
 */
export const cprField = (cpr: string): { cprMasked: string } => ({ cprMasked: maskCpr(cpr) });

/** The whole CPR number (DDMMYY-SSSS), for the reveal action only (its route audits it); 403 unless the actor may reveal it. */
export function revealedCpr(actor: Actor, citizen: CitizenFacts, cpr: string): string {
  authorize(actor, 'revealCpr', 'citizen', citizen);
  return formatCpr(cpr);
}
