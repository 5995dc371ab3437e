import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authorize, can } from '../../access/index.js';
import type { RequestCtx } from '../../context.js';
import type { NoteFacts } from './access.js';
import { badRequest, conflict, notFound } from '../../errors.js';
import { auditedRoute, citizenRoute } from '../../citizen-route.js';
import { CitizenParams } from '../../../contracts/citizens.js';
import {
  HandoverQuery,
  HandoverResponse,
  NoteCorrectionBody,
  NoteCreateBody,
  NoteHistory,
  NoteListQuery,
  NoteMarkErrorBody,
  NotePage,
  NoteParams,
  NoteResponse,
} from '../../../contracts/journal.js';
import { assertWrittenInCare, handoverCitizenFacts, noteAbilities, noteRoute, type AdmittedNote } from './guard.js';
import { correctNote, getNote, goalsOfCitizen, handoverNotes, insertNote, listNotes, markNoteError, noteHistory, type NoteRow } from './queries.js';
import { nextPage, presentHandover, presentNote, presentRevision } from './presenter.js';

/** A note with the actions this actor may take on it. */
const presentNoteFor = (ctx: RequestCtx, note: NoteRow, facts: NoteFacts) => presentNote(note, noteAbilities(ctx.actor, note, facts.citizen));

/**
 * The 409 for a note that changed or was marked in error since the client read it. It sends the
 * note as it is now, a read of the citizen's journal, which the kernel (noteRoute) audits.
 */
const noteConflict = (ctx: RequestCtx, current: NoteRow, facts: NoteFacts, message: string) => conflict(message, presentNoteFor(ctx, current, facts));

/** Most notes one handover answer holds; past it the answer says `truncated`. */
const HANDOVER_MAX_NOTES = 500;
const tags = ['journal'];

export const journalRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/citizens/:citizenId/notes', { schema: { params: CitizenParams, querystring: NoteListQuery, response: { 200: NotePage }, tags } }, (req) =>
    citizenRoute(req, { action: 'readJournal', audit: { action: 'read', entity: 'journal_note_list' } }, async (tx, ctx, citizen, note) => {
      if (req.query.includeErrors) authorize(ctx.actor, 'readJournalErrors', 'citizen', citizen);
      const rows = await listNotes(tx, ctx, citizen, req.query);
      const { goalId, before, includeErrors } = req.query;
      note.detail = { notes: rows.length, goalId, before, includeErrors: includeErrors || undefined };
      return { data: rows.map((r) => presentNote(r, noteAbilities(ctx.actor, r, citizen))), ...nextPage(rows, req.query.limit) };
    }),
  );

  app.post('/citizens/:citizenId/notes', { schema: { params: CitizenParams, body: NoteCreateBody, response: { 201: NoteResponse }, tags } }, (req, reply) => {
    reply.status(201); // sent only after the transaction commits; an error replaces it
    return citizenRoute(req, { action: 'writeJournal', audit: { action: 'create', entity: 'journal_note' } }, async (tx, ctx, citizen, audited) => {
      if (req.body.writtenAt) await assertWrittenInCare(tx, ctx, citizen, req.body.writtenAt);
      const goalIds = [...new Set(req.body.goalIds)];
      const own = await goalsOfCitizen(tx, ctx, citizen, goalIds);
      if (goalIds.some((g) => !own.has(g))) {
        throw badRequest('Notatet kan kun knyttes til borgerens egne mål.', { goalIds: 'Et eller flere af målene hører ikke til borgeren.' });
      }
      const id = await insertNote(tx, ctx, citizen, { ...req.body, goalIds });
      Object.assign(audited, { entityId: id, detail: { goals: goalIds.length } });
      const note = (await getNote(tx, ctx, id))!;
      return { data: presentNote(note, noteAbilities(ctx.actor, note, citizen)) };
    });
  });

  // A correction never silently changes a note: the earlier text stays in the history.
  app.post('/notes/:noteId/corrections', { schema: { params: NoteParams, body: NoteCorrectionBody, response: { 200: NoteResponse }, tags } }, (req) =>
    noteRoute(req, { action: 'update', entity: 'journal_note' }, async (tx, ctx, admitted, audited) => {
      const { note, facts } = admitted;
      if (facts.markedError) throw noteConflict(ctx, note, facts, 'Notatet er markeret som fejlregistreret og kan ikke rettes.');
      authorize(ctx.actor, 'correct', 'journal_note', facts);
      if (note.version !== req.body.version) throw noteConflict(ctx, note, facts, 'Notatet er blevet rettet, siden du åbnede det. Se den nye tekst.');
      if (note.body === req.body.body) throw badRequest('Rettelsen ændrer ikke teksten.', { body: 'Teksten er uændret.' });
      if (!(await correctNote(tx, ctx, note.id, req.body))) {
        throw noteConflict(ctx, (await getNote(tx, ctx, note.id))!, facts, 'Notatet er blevet ændret, siden du åbnede det.');
      }
      audited.detail = { change: 'correction', version: note.version + 1 };
      return { data: presentNoteFor(ctx, (await getNote(tx, ctx, note.id))!, facts) };
    }),
  );

  // Written on the wrong citizen: kept with its reason and hidden, never deleted.
  app.post('/notes/:noteId/mark-error', { schema: { params: NoteParams, body: NoteMarkErrorBody, response: { 200: NoteResponse }, tags } }, (req) =>
    noteRoute(req, { action: 'update', entity: 'journal_note' }, async (tx, ctx, admitted, audited) => {
      const { note, facts } = admitted;
      if (facts.markedError) throw noteConflict(ctx, note, facts, 'Notatet er allerede markeret som fejlregistreret.');
      authorize(ctx.actor, 'markError', 'journal_note', facts);
      if (note.version !== req.body.version || !(await markNoteError(tx, ctx, note.id, req.body))) {
        throw noteConflict(ctx, (await getNote(tx, ctx, note.id))!, facts, 'Notatet er blevet ændret, siden du åbnede det.');
      }
      audited.detail = { change: 'mark_error' };
      return { data: presentNoteFor(ctx, (await getNote(tx, ctx, note.id))!, facts) };
    }),
  );

  app.get('/notes/:noteId/history', { schema: { params: NoteParams, response: { 200: NoteHistory }, tags } }, (req) =>
    noteRoute(req, { action: 'read', entity: 'journal_note' }, async (tx, ctx, { note, facts, citizen }, audited) => {
      authorize(ctx.actor, 'readHistory', 'journal_note', facts);
      const rows = await noteHistory(tx, ctx, citizen, note.id);
      audited.detail = { view: 'history' };
      return { data: rows.map(presentRevision) };
    }),
  );

  // Vagtoverlevering: what happened on the caller's units during the last shifts.
  app.get('/handover', { schema: { querystring: HandoverQuery, response: { 200: HandoverResponse }, tags } }, (req) =>
    auditedRoute(req, { action: 'read', entity: 'handover' }, async (tx, ctx, audited) => {
      const { unitId, hours } = req.query;
      if (unitId && !ctx.actor.careUnitIds.includes(unitId)) throw notFound('Afdelingen');
      // The query keeps to the journal scope; each citizen is asked of the policy too, as every journal read is.
      const rows = (await handoverNotes(tx, ctx, unitId ? [unitId] : ctx.actor.careUnitIds, hours, HANDOVER_MAX_NOTES + 1)).filter((row) =>
        can(ctx.actor, 'readJournal', 'citizen', handoverCitizenFacts(ctx, row)),
      );
      const truncated = rows.length > HANDOVER_MAX_NOTES;
      const groups = presentHandover(rows.slice(0, HANDOVER_MAX_NOTES), (row) =>
        presentNote(row, noteAbilities(ctx.actor, row, handoverCitizenFacts(ctx, row))),
      );
      Object.assign(audited, {
        entityId: unitId,
        citizenIds: groups.map((g) => g.citizen.id),
        detail: { hours, notes: Math.min(rows.length, HANDOVER_MAX_NOTES) },
      });
      return { data: groups, hours, truncated };
    }),
  );
};
