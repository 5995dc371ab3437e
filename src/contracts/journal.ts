/** The daily journal: notes, corrections, marking in error, a note's history, and the shift handover. */
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

export const NoteListQuery = z.strictObject({
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

export const NoteCreateBody = z.strictObject({
  body: NoteBody,
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

export const HandoverQuery = z.strictObject({
  /** One of the caller's units; omitted: all of them. */
  unitId: z.uuid('Ukendt afdelings-id.').optional(),
  hours: z.coerce.number().int('Vælg et helt antal timer.').min(1, 'Mindst 1 time.').max(72, 'Højst 72 timer.').default(24),
});

// ---- Responses

/** The note actions this actor may take (the policy's answer, so the UI shows only those). */
export const NoteAbilities = flags('correct', 'markError', 'readHistory');
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
