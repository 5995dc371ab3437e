import type { FastifyRequest } from 'fastify';
import type { Queryable } from '../../db/index.js';
import { gatedRoute, type AuditAs, type AuditNote } from '../../citizen-route.js';
import type { RequestCtx } from '../../context.js';
import { abilities, can, type Actor, type CitizenFacts } from '../../access/index.js';
import { readsNote, type NoteFacts } from './access.js';
import { coveringNow } from '../../access/citizen.js';
import { badRequest, notFound } from '../../errors.js';
import { formatDanishDate } from '../../../domain/dates.js';
import { requireCitizen, type VisibleCitizen } from '../../access/gate.js';
import { coverJournalHours, getNote, type HandoverRow, type NoteRow } from './queries.js';

/** Was the note written under a service of a unit the actor works on (or before services were recorded)? */
export const ownService = (actor: Actor, note: NoteRow) => note.unit_id === null || actor.careUnitIds.includes(note.unit_id);

/** What the note rules need, from a loaded note and its citizen's facts. */
export const noteFacts = (note: NoteRow, citizen: CitizenFacts): NoteFacts => ({
  citizen,
  authorId: note.author_id,
  health: note.kind === 'health',
  markedError: note.error_reason !== null,
});

/** The note actions this actor may take (sent with every note so the UI shows only those). */
export const noteAbilities = (actor: Actor, note: NoteRow, citizen: CitizenFacts) => abilities(actor, 'journal_note', noteFacts(note, citizen));

/**
 * The gate of every /notes/:noteId route: 404 when the note is unknown, its citizen outside the
 * actor's scope, or it is marked in error and the actor is not a leader of the citizen; 403 when the
 * actor sees the citizen but not the journal (a case worker). Callers authorize the action itself.
 */
export async function requireNote(tx: Queryable, ctx: RequestCtx, noteId: string): Promise<AdmittedNote> {
  const note = await getNote(tx, ctx, noteId);
  if (!note) throw notFound('Notatet');
  const citizen = await requireCitizen(tx, ctx, note.citizen_id, 'readJournal', 'Notatet');
  const facts = noteFacts(note, citizen);
  if (facts.markedError && !can(ctx.actor, 'readJournalErrors', 'citizen', citizen)) throw notFound('Notatet');
  // A health note is not there for those not treating the citizen now; nor, under a cover, a note
  // older than the cover's window; nor an earlier service's note to those who may not look those up.
  if (!readsNote(ctx.actor, facts)) throw notFound('Notatet');
  if (coveringNow(ctx.actor, citizen) && new Date(note.written_at).getTime() < Date.now() - (await coverJournalHours(tx, ctx)) * 3_600_000) throw notFound('Notatet');
  if (!ownService(ctx.actor, note) && !can(ctx.actor, 'readEarlierNotes', 'citizen', citizen)) throw notFound('Notatet');
  return { note, facts, citizen, entityId: note.id };
}

export interface AdmittedNote {
  note: NoteRow;
  facts: NoteFacts;
  citizen: VisibleCitizen;
  entityId: string;
}

/** A route on `:noteId`: gated by `requireNote`, audited with the note as entity (citizenRoute's kernel). */
export const noteRoute = <T>(
  req: FastifyRequest & { params: { noteId: string } },
  auditAs: AuditAs,
  handler: (tx: Queryable, ctx: RequestCtx, admitted: AdmittedNote, note: AuditNote) => Promise<T>,
) => gatedRoute(req, (tx, ctx) => requireNote(tx, ctx, req.params.noteId), auditAs, handler);

/** The citizen facts a handover row carries (the handover query loads them once per citizen). */
export const handoverCitizenFacts = (ctx: RequestCtx, row: HandoverRow): CitizenFacts => ({
  id: row.citizen_id,
  municipalityId: ctx.actor.municipalityId,
  unitIds: row.citizen_unit_ids,
  assignedToActor: row.assigned_to_actor,
});

/**
 * 400 on `writtenAt` when it falls, on the Copenhagen calendar, before the citizen's first
 * intervention began: no one kept a journal on them before that.
 */
export async function assertWrittenInCare(tx: Queryable, ctx: RequestCtx, citizen: VisibleCitizen, writtenAt: string): Promise<void> {
  const [row] = await tx.query<{ first: string | null; before: boolean | null }>(
    `SELECT min(start_date) AS first, ($3::timestamptz AT TIME ZONE 'Europe/Copenhagen')::date < min(start_date) AS before
       FROM interventions WHERE municipality_id = $1 AND citizen_id = $2`,
    [ctx.actor.municipalityId, citizen.id, writtenAt],
  );
  if (row?.before) {
    throw badRequest('Tidspunktet ligger før borgerens første indsats.', {
      writtenAt: `Tidspunktet kan ikke ligge før borgerens første indsats begyndte (${formatDanishDate(row.first!)}).`,
    });
  }
}
