/** The daily journal: notes of four kinds, corrections by the author, addenda by others, marking in error, a note's history, and the shift handover. */
import { z } from 'zod';
import { dataOf, flags, Ref, Version } from './common.js';

// ---- Requests

export const NoteParams = z.strictObject({ noteId: z.uuid('Ukendt notat-id.') });

/** An ISO 8601 timestamp with zone (Z or ±hh:mm); zod rejects impossible dates such as 2026-02-30. */
const Timestamp = z.iso.datetime({ offset: true, message: 'Skal være et tidspunkt (ÅÅÅÅ-MM-DDTtt:mm:ssZ).' });

/** Notes are written a little ahead of the server's clock at most (clock skew on a tablet). */
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;
/**
 * No note is dated before this (a fixed floor besides the citizen's first intervention, checked by
 * the server): a typo such as 1900 or 0001 would otherwise be stored, and shown as another year.
 */
const EARLIEST_NOTE = Date.parse('2000-01-01T00:00:00+01:00');

/** The note's text: trimmed, never empty, at most 20,000 characters (the column's limit). */
const NoteBody = z.string().trim().min(1, 'Skriv notatet.').max(20000, 'Notatet er for langt (højst 20.000 tegn).');
const Reason = z.string().trim().min(1, 'Angiv en begrundelse.').max(1000, 'Begrundelsen er for lang (højst 1.000 tegn).');

/**
 * A note's kind: daglig notat, faglig notat, observation, helbredsnotat. Health notes are health
 * records (sundhedsloven): read only by those treating the citizen now, kept for the health-record period.
 */
export const noteKinds = ['daily', 'professional', 'observation', 'health'] as const;
export type NoteKind = (typeof noteKinds)[number];
export const NoteKindSchema = z.enum(noteKinds, 'Vælg en notattype: daglig notat, faglig notat, observation eller helbredsnotat.');

export const NoteListQuery = z.strictObject({
  /** Only notes of this kind (health notes listed apart). */
  kind: NoteKindSchema.optional(),
  /** Only notes linked to this goal. */
  goalId: z.uuid('Ukendt mål-id.').optional(),
  /** Keyset pagination: notes written before this moment (the last note's writtenAt). */
  before: Timestamp.optional(),
  /** With `before`: the last note's id (`nextBeforeId`), the tie-breaker for notes written in the same instant. */
  beforeId: z.uuid('Ukendt notat-id.').optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** Leaders of the citizen may include notes marked as written in error. */
  includeErrors: z.stringbool().default(false),
});

export type NoteListInput = z.infer<typeof NoteListQuery>;

export const NoteCreateBody = z.strictObject({
  body: NoteBody,
  kind: NoteKindSchema.default('daily'),
  /** An FFB condition (tilstand) under the activity-and-participation areas the note is about. */
  topicCode: z.string('Ukendt emne.').trim().min(1, 'Ukendt emne.').max(100, 'Ukendt emne.').optional(),
  /** The service (indsats) the note is written under; omitted: the one the writer's unit delivers. */
  interventionId: z.uuid('Ukendt indsats-id.').optional(),
  /** Goals of this citizen the note documents work on. */
  goalIds: z.array(z.uuid('Ukendt mål-id.')).max(50).default([]),
  /** When the observation was made, if not now: not in the future, not before 2000 nor the citizen's first intervention. */
  writtenAt: Timestamp.refine((s) => Date.parse(s) >= EARLIEST_NOTE, 'Tidspunktet kan ikke ligge før 1. januar 2000.')
    .refine((s) => Date.parse(s) <= Date.now() + FUTURE_TOLERANCE_MS, 'Tidspunktet må ikke ligge i fremtiden.')
    .optional(),
});
export type NoteCreateInput = z.infer<typeof NoteCreateBody>;

export const NoteCorrectionBody = z.strictObject({
  version: Version,
  body: NoteBody,
  /** Why the text was corrected; kept with the new version. */
  reason: Reason,
});
export type NoteCorrectionInput = z.infer<typeof NoteCorrectionBody>;

export const NoteMarkErrorBody = z.strictObject({
  version: Version,
  /** Why the note is wrong (e.g. written on the wrong citizen). */
  reason: Reason,
});

/** An addendum (tilføjelse) to a note someone else wrote: only the author corrects a note's text. */
export const NoteAddendumBody = z.strictObject({
  body: z.string('Skriv tilføjelsen.').trim().min(1, 'Skriv tilføjelsen.').max(5000, 'Tilføjelsen er for lang (højst 5.000 tegn).'),
});
export type NoteAddendumInput = z.infer<typeof NoteAddendumBody>;

export const HandoverQuery = z.strictObject({
  /** One of the caller's units; omitted: all of them. */
  unitId: z.uuid('Ukendt afdelings-id.').optional(),
  hours: z.coerce.number().int('Vælg et helt antal timer.').min(1, 'Mindst 1 time.').max(72, 'Højst 72 timer.').default(24),
});

// ---- Responses

/** The note actions this actor may take (the policy's answer, so the UI shows only those). */
export const NoteAbilities = flags('correct', 'markError', 'readHistory', 'addAddendum');
export type NoteAbilities = z.infer<typeof NoteAbilities>;

/** A note's first characters beside a citizen or a goal: only where the actor reads that citizen's journal (a field rule). */
export const NoteExcerpt = z.object({ id: z.string(), writtenAt: z.string(), body: z.string(), authorName: z.string() });
export type NoteExcerpt = z.infer<typeof NoteExcerpt>;

export const Note = z.object({
  id: z.string(),
  citizenId: z.string(),
  body: z.string(),
  /** ISO timestamp. */
  writtenAt: z.string(),
  author: Ref,
  version: z.number(),
  corrected: z.boolean(),
  goals: z.array(z.object({ id: z.string(), title: z.string() })),
  kind: NoteKindSchema,
  /** The FFB condition the note is about, if any. */
  topic: z.object({ code: z.string(), display: z.string() }).nullable(),
  /** The service and unit the note was written under (null for notes from before services were recorded). */
  service: z.object({ interventionId: z.string().nullable(), unitId: z.string(), unitName: z.string() }).nullable(),
  /** Colleagues' additions, oldest first. */
  addenda: z.array(z.object({ id: z.string(), body: z.string(), author: Ref, createdAt: z.string() })),
  /** Set only on notes marked as written in error (seen by the citizen's leaders); null otherwise. */
  error: z.object({ reason: z.string(), markedBy: z.object({ id: z.string().nullable(), name: z.string().nullable() }) }).nullable(),
  abilities: NoteAbilities,
});
export type Note = z.infer<typeof Note>;
export const NoteResponse = dataOf(Note);

/** The keyset cursor of the next (older) page: the last note's time and id; nulls on the last page. */
export const NextPage = z.object({ nextBefore: z.string().nullable(), nextBeforeId: z.string().nullable() });
export type NextPage = z.infer<typeof NextPage>;

export const NotePage = z.object({ data: z.array(Note), ...NextPage.shape });
export type NotePage = z.infer<typeof NotePage>;

/** One version of a note's text, oldest first. */
export const NoteRevision = z.object({
  version: z.number(),
  body: z.string(),
  reason: z.string().nullable(),
  authorName: z.string(),
  createdAt: z.string(),
});
export type NoteRevision = z.infer<typeof NoteRevision>;
export const NoteHistory = dataOf(z.array(NoteRevision));

/** GET /handover: the last hours' notes on the caller's units, grouped by citizen. */
export const HandoverGroup = z.object({
  citizen: z.object({ id: z.string(), name: z.string(), unitId: z.string(), unitName: z.string() }),
  notes: z.array(Note),
});
export type HandoverGroup = z.infer<typeof HandoverGroup>;

export const HandoverResponse = z.object({ data: z.array(HandoverGroup), hours: z.number(), truncated: z.boolean() });
export type HandoverResponse = z.infer<typeof HandoverResponse>;

/** GET /journal/topics: the FFB conditions a note may be about, under their area. */
export const NoteTopic = z.object({ code: z.string(), display: z.string(), areaCode: z.string(), areaDisplay: z.string() });
export type NoteTopic = z.infer<typeof NoteTopic>;
export const NoteTopicList = dataOf(z.array(NoteTopic));

/** GET /journal/retention: how long notes of a kind are kept, and the rule that says so. */
export const RetentionRule = z.object({ kind: NoteKindSchema, years: z.number(), source: z.string() });
export const RetentionList = dataOf(z.array(RetentionRule));
