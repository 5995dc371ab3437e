import type { Queryable } from '../../db/index.js';
import type { VisibleCitizen } from '../../access/gate.js';
import type { RequestCtx } from '../../context.js';
import { journalCitizenScope } from './access.js';
import { todayInCopenhagen } from '../../../domain/dates.js';
import { FFB_GROUPS } from '../../../domain/ffb.js';
import type { NoteKind } from '../../../contracts/journal.js';
import { DEFAULT_COVER_JOURNAL_HOURS } from './access.js';

/** One note as the journal shows it: head row, author, error mark and linked goals. */
export interface NoteRow {
  id: string;
  citizen_id: string;
  author_id: string;
  author_name: string;
  written_at: Date;
  body: string;
  version: number;
  error_reason: string | null;
  error_marked_by: string | null;
  error_marked_by_name: string | null;
  goals: Array<{ id: string; title: string }>;
  kind: NoteKind;
  topic_code: string | null;
  topic_display: string | null;
  intervention_id: string | null;
  unit_id: string | null;
  unit_name: string | null;
  addenda: Array<{ id: string; body: string; authorId: string; authorName: string; createdAt: string }>;
}

// The goal links come in the same statement (one subquery per note on the page, by primary key): no N+1.
const noteColumns = `n.id, n.citizen_id, n.author_id, author.display_name AS author_name, n.written_at, n.body, n.version,
       n.error_reason, n.error_marked_by, marker.display_name AS error_marked_by_name,
       coalesce((SELECT json_agg(json_build_object('id', g.id, 'title', g.title) ORDER BY g.title)
                   FROM journal_note_goals ng JOIN goals g ON g.id = ng.goal_id
                  WHERE ng.note_id = n.id), '[]') AS goals,
       n.kind, n.topic_code, topic.display AS topic_display, n.intervention_id, n.unit_id, note_unit.name AS unit_name,
       coalesce((SELECT json_agg(json_build_object('id', ad.id, 'body', ad.body, 'authorId', ad.author_id, 'authorName', au.display_name,
                   'createdAt', ad.created_at) ORDER BY ad.created_at, ad.id)
                   FROM journal_note_addenda ad JOIN users au ON au.municipality_id = ad.municipality_id AND au.id = ad.author_id
                  WHERE ad.municipality_id = n.municipality_id AND ad.note_id = n.id), '[]') AS addenda`;
const noteJoins = `JOIN users author ON author.id = n.author_id LEFT JOIN users marker ON marker.id = n.error_marked_by
  LEFT JOIN ffb_concepts topic ON topic.code = n.topic_code
  LEFT JOIN org_units note_unit ON note_unit.municipality_id = n.municipality_id AND note_unit.id = n.unit_id`;

export interface NoteListOptions {
  goalId?: string;
  before?: string;
  /** With `before`: the last note's id, so notes written in the same instant are not skipped. */
  beforeId?: string;
  limit: number;
  includeErrors: boolean;
  kind?: NoteKind;
  /** The policy's filters for this actor and citizen (`noteScopeFilters`): adds its parameters to `params`, returns the SQL. */
  scope: (params: unknown[]) => string[];
  /**
   * Whose services: 'own' (default), notes written under the services of the units the actor works
   * on (and notes from before services were recorded); 'earlier', only notes written under other
   * units' services (the explicit, audited look-up).
   */
  services: { which: 'own' | 'earlier'; unitIds: string[] };
}

/**
 * A page of one citizen's journal, newest first. The WHERE leads with the actor's municipality and
 * the citizen and orders by (written_at, id), so the journal_notes_citizen index returns the page
 * without reading the citizen's older notes (keyset on `before`, `beforeId`).
 */
export async function listNotes(tx: Queryable, ctx: RequestCtx, citizen: VisibleCitizen, opts: NoteListOptions): Promise<NoteRow[]> {
  const params: unknown[] = [ctx.actor.municipalityId, citizen.id, opts.limit];
  const filters: string[] = opts.scope(params);
  params.push(opts.services.unitIds);
  filters.push(
    opts.services.which === 'own'
      ? `(n.unit_id IS NULL OR n.unit_id = ANY($${params.length}::uuid[]))`
      : `(n.unit_id IS NOT NULL AND NOT (n.unit_id = ANY($${params.length}::uuid[])))`,
  );
  if (opts.kind) {
    params.push(opts.kind);
    filters.push(`n.kind = $${params.length}`);
  }
  if (!opts.includeErrors) filters.push('n.error_reason IS NULL');
  if (opts.before && opts.beforeId) {
    params.push(opts.before, opts.beforeId);
    filters.push(`(n.written_at, n.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
  } else if (opts.before) {
    params.push(opts.before);
    filters.push(`n.written_at < $${params.length}::timestamptz`);
  }
  if (opts.goalId) {
    params.push(opts.goalId);
    filters.push(`n.id IN (SELECT l.note_id FROM journal_note_goals l WHERE l.municipality_id = $1 AND l.goal_id = $${params.length})`);
  }
  return tx.query<NoteRow>(
    `SELECT ${noteColumns}
       FROM journal_notes n ${noteJoins}
      WHERE n.municipality_id = $1 AND n.citizen_id = $2 ${filters.map((f) => `AND ${f}`).join(' ')}
      ORDER BY n.written_at DESC, n.id DESC
      LIMIT $3`,
    params,
  );
}

/** One note by id in the actor's municipality, or undefined. */
export async function getNote(tx: Queryable, ctx: RequestCtx, noteId: string): Promise<NoteRow | undefined> {
  const [row] = await tx.query<NoteRow>(
    `SELECT ${noteColumns} FROM journal_notes n ${noteJoins} WHERE n.municipality_id = $1 AND n.id = $2`,
    [ctx.actor.municipalityId, noteId],
  );
  return row;
}

/** Which of `goalIds` are goals of this citizen (a note may only link its own citizen's goals). */
export async function goalsOfCitizen(tx: Queryable, ctx: RequestCtx, citizen: VisibleCitizen, goalIds: string[]): Promise<Set<string>> {
  if (goalIds.length === 0) return new Set();
  const rows = await tx.query<{ id: string }>(
    `SELECT id FROM goals WHERE municipality_id = $1 AND citizen_id = $2 AND id = ANY($3::uuid[])`,
    [ctx.actor.municipalityId, citizen.id, goalIds],
  );
  return new Set(rows.map((r) => r.id));
}

/**
 * Writes a note by the actor: the head row, its first revision and its goal links (the caller's
 * transaction makes them one). Times are kept to the millisecond so the writtenAt the API shows
 * is exactly the stored key that `before` pages on.
 */
export async function insertNote(
  tx: Queryable,
  ctx: RequestCtx,
  citizen: VisibleCitizen,
  note: { body: string; goalIds: string[]; writtenAt?: string; kind: NoteKind; topicCode?: string; service: NoteService },
): Promise<string> {
  const [{ id }] = await tx.query<{ id: string }>(
    `INSERT INTO journal_notes (municipality_id, citizen_id, author_id, written_at, body, kind, topic_code, intervention_id, unit_id)
     VALUES ($1, $2, $3, date_trunc('milliseconds', coalesce($4::timestamptz, now())), $5, $6, $7, $8, $9)
     RETURNING id`,
    [ctx.actor.municipalityId, citizen.id, ctx.actor.userId, note.writtenAt ?? null, note.body, note.kind, note.topicCode ?? null,
      note.service.interventionId, note.service.unitId],
  );
  await insertRevision(tx, ctx, id, 1, note.body, null);
  if (note.goalIds.length > 0) {
    await tx.query(
      `INSERT INTO journal_note_goals (municipality_id, note_id, goal_id) SELECT $1, $2, unnest($3::uuid[])`,
      [ctx.actor.municipalityId, id, note.goalIds],
    );
  }
  return id;
}

async function insertRevision(tx: Queryable, ctx: RequestCtx, noteId: string, version: number, body: string, reason: string | null) {
  await tx.query(
    `INSERT INTO journal_note_revisions (municipality_id, note_id, version, body, reason, author_id) VALUES ($1, $2, $3, $4, $5, $6)`,
    [ctx.actor.municipalityId, noteId, version, body, reason, ctx.actor.userId],
  );
}

/**
 * Corrects a note: the head row takes the new text and version, the new revision keeps the text
 * with its reason and corrector (earlier revisions stay as they were). Returns false when the note
 * is no longer at `version` or was marked in error meanwhile (the caller answers 409).
 */
export async function correctNote(
  tx: Queryable,
  ctx: RequestCtx,
  noteId: string,
  change: { version: number; body: string; reason: string },
): Promise<boolean> {
  const rows = await tx.query<{ version: number }>(
    `UPDATE journal_notes SET body = $4, version = version + 1
      WHERE municipality_id = $1 AND id = $2 AND version = $3 AND error_reason IS NULL
      RETURNING version`,
    [ctx.actor.municipalityId, noteId, change.version, change.body],
  );
  if (rows.length === 0) return false;
  await insertRevision(tx, ctx, noteId, rows[0].version, change.body, change.reason);
  return true;
}

/**
 * Marks a note as written in error (e.g. on the wrong citizen): kept with the reason and who marked
 * it, hidden from the journal. The text is unchanged, so the version is too. False when stale.
 */
export async function markNoteError(tx: Queryable, ctx: RequestCtx, noteId: string, change: { version: number; reason: string }): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE journal_notes SET error_reason = $4, error_marked_by = $5
      WHERE municipality_id = $1 AND id = $2 AND version = $3 AND error_reason IS NULL
      RETURNING id`,
    [ctx.actor.municipalityId, noteId, change.version, change.reason, ctx.actor.userId],
  );
  return rows.length > 0;
}

export interface RevisionRow {
  version: number;
  body: string;
  reason: string | null;
  author_name: string;
  created_at: Date;
}

/** Every version of one of the admitted citizen's notes, oldest first (none for another citizen's note). */
export async function noteHistory(tx: Queryable, ctx: RequestCtx, citizen: VisibleCitizen, noteId: string): Promise<RevisionRow[]> {
  return tx.query<RevisionRow>(
    `SELECT r.version, r.body, r.reason, u.display_name AS author_name, r.created_at
       FROM journal_note_revisions r JOIN users u ON u.id = r.author_id
       JOIN journal_notes n ON n.municipality_id = r.municipality_id AND n.id = r.note_id
      WHERE r.municipality_id = $1 AND r.note_id = $2 AND n.citizen_id = $3
      ORDER BY r.version`,
    [ctx.actor.municipalityId, noteId, citizen.id],
  );
}

/** A handover note with its citizen and what the note rules need to know about that citizen. */
export interface HandoverRow extends NoteRow {
  first_name: string;
  last_name: string;
  unit_id: string;
  unit_name: string;
  /** Units of the citizen's placements today (for the note's abilities). */
  citizen_unit_ids: string[];
  assigned_to_actor: boolean;
}

/**
 * Vagtoverlevering: the notes of the last `hours` on citizens placed today on `unitIds` (a subset
 * of the actor's care units), newest first, at most `limit`. The citizens' facts are computed once
 * each (MATERIALIZED), then one index range scan per citizen (the LATERAL's LIMIT keeps the
 * planner from turning it into a scan of all recent notes).
 */
export async function handoverNotes(tx: Queryable, ctx: RequestCtx, unitIds: string[], hours: number, limit: number): Promise<HandoverRow[]> {
  const today = todayInCopenhagen();
  const scope = journalCitizenScope(ctx.actor, unitIds, today, 1);
  return tx.query<HandoverRow>(
    `WITH placed AS MATERIALIZED (
       SELECT DISTINCT ON (s.citizen_id) s.citizen_id, s.unit_id, unit.name AS unit_name, c.first_name, c.last_name,
              (SELECT array_agg(DISTINCT i.unit_id) FROM interventions i
                WHERE i.municipality_id = $1 AND i.citizen_id = s.citizen_id AND i.unit_id IS NOT NULL
                  AND i.start_date <= $3::date AND (i.end_date IS NULL OR i.end_date > $3::date)) AS citizen_unit_ids,
              EXISTS (SELECT 1 FROM case_assignments a WHERE a.citizen_id = s.citizen_id AND a.user_id = $4) AS assigned_to_actor
         FROM (${scope.sql}) s JOIN org_units unit ON unit.id = s.unit_id JOIN citizens c ON c.id = s.citizen_id
        ORDER BY s.citizen_id, unit.name)
     SELECT ${noteColumns}, p.first_name, p.last_name, p.unit_id, p.unit_name, p.citizen_unit_ids, p.assigned_to_actor
       FROM placed p
      CROSS JOIN LATERAL (
        SELECT * FROM journal_notes j
         WHERE j.municipality_id = $1 AND j.citizen_id = p.citizen_id
           AND j.written_at >= now() - make_interval(hours => $5::int) AND j.error_reason IS NULL
         ORDER BY j.written_at DESC
         LIMIT $6) n
      ${noteJoins}
      ORDER BY n.written_at DESC
      LIMIT $6`,
    [...scope.params, ctx.actor.userId, hours, limit],
  );
}

/** The service (intervention) and unit a note is written under. */
export interface NoteService {
  interventionId: string;
  unitId: string;
}

/**
 * The citizen's services on `day` delivered by one of `unitIds` (the writer's units), newest first:
 * a note is written under one of them.
 */
export function servicesForNote(tx: Queryable, ctx: RequestCtx, citizen: VisibleCitizen, unitIds: string[], day: string): Promise<NoteService[]> {
  return tx.query<NoteService>(
    `SELECT i.id AS "interventionId", i.unit_id AS "unitId" FROM interventions i
      WHERE i.municipality_id = $1 AND i.citizen_id = $2 AND i.unit_id = ANY($3::uuid[])
        AND i.start_date <= $4::date AND (i.end_date IS NULL OR i.end_date > $4::date)
      ORDER BY i.start_date DESC, i.id`,
    [ctx.actor.municipalityId, citizen.id, unitIds, day],
  );
}

/** Is `code` an FFB condition (tilstand): a child of one of the activity-and-participation areas? */
export async function isFfbCondition(tx: Queryable, code: string): Promise<boolean> {
  const rows = await tx.query(
    `SELECT 1 FROM ffb_concepts c JOIN ffb_concepts area ON area.code = c.parent_code WHERE c.code = $1 AND area.parent_code = $2`,
    [code, FFB_GROUPS.activityAndParticipation],
  );
  return rows.length > 0;
}

/** The FFB conditions a note may be about, by area and the code system's order. */
export function noteTopics(tx: Queryable): Promise<Array<{ code: string; display: string; areaCode: string; areaDisplay: string }>> {
  return tx.query(
    `SELECT c.code, c.display, area.code AS "areaCode", area.display AS "areaDisplay"
       FROM ffb_concepts c JOIN ffb_concepts area ON area.code = c.parent_code
      WHERE area.parent_code = $1 ORDER BY area.sort_order, c.sort_order, c.display`,
    [FFB_GROUPS.activityAndParticipation],
  );
}

/** How long notes of each kind are kept, and the rule that says so (reference data). */
export function retentionRules(tx: Queryable): Promise<Array<{ kind: NoteKind; years: number; source: string }>> {
  return tx.query(`SELECT kind, years, source FROM health_record_retention ORDER BY kind`);
}

/** How many hours back a cover reads the journal in the actor's municipality (cover_settings; 72 unless set). */
export async function coverJournalHours(tx: Queryable, ctx: RequestCtx): Promise<number> {
  const [row] = await tx.query<{ hours: number }>(`SELECT journal_hours AS hours FROM cover_settings WHERE municipality_id = $1`, [ctx.actor.municipalityId]);
  return row?.hours ?? DEFAULT_COVER_JOURNAL_HOURS;
}

/** Adds an addendum by the actor under a note (append-only); returns its id. */
export async function insertAddendum(tx: Queryable, ctx: RequestCtx, noteId: string, body: string): Promise<string> {
  const [{ id }] = await tx.query<{ id: string }>(
    `INSERT INTO journal_note_addenda (municipality_id, note_id, author_id, body) VALUES ($1, $2, $3, $4) RETURNING id`,
    [ctx.actor.municipalityId, noteId, ctx.actor.userId, body],
  );
  return id;
}
