import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authorize } from '../../access/index.js';
import { coveringNow } from '../../access/citizen.js';
import type { VisibleCitizen } from '../../access/gate.js';
import type { Queryable } from '../../db/index.js';
import { withTenant } from '../../context.js';
import { todayInCopenhagen } from '../../../domain/dates.js';
import type { RequestCtx } from '../../context.js';
import { noteScopeFilters, readsNote, type NoteFacts } from './access.js';
import { badRequest, conflict, notFound } from '../../errors.js';
import { auditedRoute, citizenRoute, type AuditNote } from '../../citizen-route.js';
import { CitizenParams } from '../../../contracts/citizens.js';
import {
  HandoverQuery,
  HandoverResponse,
  NoteAddendumBody,
  NoteCorrectionBody,
  NoteCreateBody,
  NoteHistory,
  NoteListQuery,
  type NoteListInput,
  NoteMarkErrorBody,
  NotePage,
  NoteParams,
  NoteResponse,
  NoteTopicList,
  RetentionList,
} from '../../../contracts/journal.js';
import { assertWrittenInCare, handoverCitizenFacts, noteAbilities, noteFacts, noteRoute, ownService } from './guard.js';
import {
  correctNote, coverJournalHours, getNote, goalsOfCitizen, handoverNotes, insertAddendum, insertNote, isFfbCondition, listNotes, markNoteError,
  noteHistory, noteTopics, retentionRules, servicesForNote, type HandoverRow, type NoteRow,
} from './queries.js';
import { nextPage, presentHandover, presentNote, presentRevision } from './presenter.js';

/** A note with the actions this actor may take on it. */
const presentNoteFor = (ctx: RequestCtx, note: NoteRow, facts: NoteFacts) => presentNote(note, noteAbilities(ctx.actor, note, facts.citizen));

/**
 * The 409 for a note that changed or was marked in error since the client read it. It sends the
 * note as it is now, a read of the citizen's journal, which the kernel (noteRoute) audits.
 */
const noteConflict = (ctx: RequestCtx, current: NoteRow, facts: NoteFacts, message: string) => conflict(message, presentNoteFor(ctx, current, facts));

/** A page of the citizen's journal: the caller's services' notes ('own') or earlier services' ('earlier'), in the policy's scope. */
async function notePage(tx: Queryable, ctx: RequestCtx, citizen: VisibleCitizen, audited: AuditNote, query: NoteListInput, which: 'own' | 'earlier') {
  if (query.includeErrors) authorize(ctx.actor, 'readJournalErrors', 'citizen', citizen);
  const coverHours = coveringNow(ctx.actor, citizen) ? await coverJournalHours(tx, ctx) : 0;
  const scope = (params: unknown[]) => noteScopeFilters(ctx.actor, citizen, coverHours, params);
  const rows = await listNotes(tx, ctx, citizen, { ...query, scope, services: { which, unitIds: ctx.actor.careUnitIds } });
  const { goalId, before, includeErrors, kind } = query;
  audited.detail = { notes: rows.length, goalId, before, kind, includeErrors: includeErrors || undefined };
  return { data: rows.map((r) => presentNote(r, noteAbilities(ctx.actor, r, citizen))), ...nextPage(rows, query.limit) };
}

/** A handover note is shown where its citizen's journal is read, a health note only to those treating now, under a cover only the window's. */
function shownInHandover(ctx: RequestCtx, row: HandoverRow, coverHours: number): boolean {
  const citizen = handoverCitizenFacts(ctx, row);
  if (!readsNote(ctx.actor, noteFacts(row, citizen))) return false;
  if (!ownService(ctx.actor, row)) return false;
  return !coveringNow(ctx.actor, citizen) || new Date(row.written_at).getTime() >= Date.now() - coverHours * 3_600_000;
}

/**
 * The service a new note is written under: the one asked for, which must be the citizen's and
 * delivered by one of the writer's units on the note's day; else the newest such service. 400 when none.
 */
async function noteService(tx: Queryable, ctx: RequestCtx, citizen: VisibleCitizen, interventionId: string | undefined, writtenAt: string | undefined) {
  const day = todayInCopenhagen(writtenAt ? new Date(writtenAt) : undefined);
  const services = await servicesForNote(tx, ctx, citizen, ctx.actor.careUnitIds, day);
  const service = interventionId ? services.find((s) => s.interventionId === interventionId) : services[0];
  if (!service) {
    throw badRequest('Notatet skal skrives under en indsats, som din enhed leverer til borgeren.', {
      [interventionId ? 'interventionId' : 'writtenAt']: 'Borgeren har ingen indsats fra din enhed på det tidspunkt.',
    });
  }
  return service;
}

/** Most notes one handover answer holds; past it the answer says `truncated`. */
const HANDOVER_MAX_NOTES = 500;
const tags = ['journal'];

export const journalRoutes: FastifyPluginAsyncZod = async (app) => {
  // The notes written under the services of the caller's units; health notes only for those treating the citizen now,
  // under a cover only the cover's window.
  app.get('/citizens/:citizenId/notes', { schema: { params: CitizenParams, querystring: NoteListQuery, response: { 200: NotePage }, tags } }, (req) =>
    citizenRoute(req, { action: 'readJournal', audit: { action: 'read', entity: 'journal_note_list' } }, (tx, ctx, citizen, note) =>
      notePage(tx, ctx, citizen, note, req.query, 'own'),
    ),
  );

  // "Vis tidligere indsatsers notater": notes written under other units' services, looked up on purpose and audited as such.
  app.get('/citizens/:citizenId/notes/earlier', { schema: { params: CitizenParams, querystring: NoteListQuery, response: { 200: NotePage }, tags } }, (req) =>
    citizenRoute(req, { action: 'readEarlierNotes', audit: { action: 'read', entity: 'journal_note_earlier' } }, (tx, ctx, citizen, note) =>
      notePage(tx, ctx, citizen, note, req.query, 'earlier'),
    ),
  );

  app.get('/journal/topics', { schema: { response: { 200: NoteTopicList }, tags } }, (req) =>
    withTenant(req, async (tx) => ({ data: await noteTopics(tx) })),
  );

  app.get('/journal/retention', { schema: { response: { 200: RetentionList }, tags } }, (req) =>
    withTenant(req, async (tx) => ({ data: await retentionRules(tx) })),
  );

  // Only the author corrects a note's text; a colleague adds an addendum under it (append-only, author and time kept).
  app.post('/notes/:noteId/addenda', { schema: { params: NoteParams, body: NoteAddendumBody, response: { 201: NoteResponse }, tags } }, (req, reply) => {
    reply.status(201);
    return noteRoute(req, { action: 'create', entity: 'journal_note_addendum' }, async (tx, ctx, { note, facts }, audited) => {
      if (facts.markedError) throw noteConflict(ctx, note, facts, 'Notatet er markeret som fejlregistreret; der kan ikke tilføjes til det.');
      authorize(ctx.actor, 'addAddendum', 'journal_note', facts);
      const id = await insertAddendum(tx, ctx, note.id, req.body.body);
      Object.assign(audited, { entityId: id, detail: { noteId: note.id } });
      return { data: presentNoteFor(ctx, (await getNote(tx, ctx, note.id))!, facts) };
    });
  });

  app.post('/citizens/:citizenId/notes', { schema: { params: CitizenParams, body: NoteCreateBody, response: { 201: NoteResponse }, tags } }, (req, reply) => {
    reply.status(201); // sent only after the transaction commits; an error replaces it
    return citizenRoute(req, { action: 'writeJournal', audit: { action: 'create', entity: 'journal_note' } }, async (tx, ctx, citizen, audited) => {
      if (req.body.writtenAt) await assertWrittenInCare(tx, ctx, citizen, req.body.writtenAt);
      if (req.body.kind === 'health') authorize(ctx.actor, 'readHealthNotes', 'citizen', citizen);
      if (req.body.topicCode && !(await isFfbCondition(tx, req.body.topicCode))) {
        throw badRequest('Emnet findes ikke.', { topicCode: 'Vælg en tilstand under Aktivitet og deltagelse i FFB.' });
      }
      const service = await noteService(tx, ctx, citizen, req.body.interventionId, req.body.writtenAt);
      const goalIds = [...new Set(req.body.goalIds)];
      const own = await goalsOfCitizen(tx, ctx, citizen, goalIds);
      if (goalIds.some((g) => !own.has(g))) {
        throw badRequest('Notatet kan kun knyttes til borgerens egne mål.', { goalIds: 'Et eller flere af målene hører ikke til borgeren.' });
      }
      const id = await insertNote(tx, ctx, citizen, { ...req.body, goalIds, service });
      Object.assign(audited, { entityId: id, detail: { goals: goalIds.length, kind: req.body.kind } });
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
      const coverHours = ctx.actor.covers.length > 0 ? await coverJournalHours(tx, ctx) : 0;
      const rows = (await handoverNotes(tx, ctx, unitId ? [unitId] : ctx.actor.careUnitIds, hours, HANDOVER_MAX_NOTES + 1)).filter((row) =>
        shownInHandover(ctx, row, coverHours),
      );
      const underCover = rows.some((row) => coveringNow(ctx.actor, handoverCitizenFacts(ctx, row)));
      const truncated = rows.length > HANDOVER_MAX_NOTES;
      const groups = presentHandover(rows.slice(0, HANDOVER_MAX_NOTES), (row) =>
        presentNote(row, noteAbilities(ctx.actor, row, handoverCitizenFacts(ctx, row))),
      );
      Object.assign(audited, {
        entityId: unitId,
        citizenIds: groups.map((g) => g.citizen.id),
        detail: { hours, notes: Math.min(rows.length, HANDOVER_MAX_NOTES), underCover: underCover || undefined },
      });
      return { data: groups, hours, truncated };
    }),
  );
};
