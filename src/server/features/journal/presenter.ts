import type { HandoverGroup, NextPage, Note, NoteAbilities, NoteRevision } from '../../../contracts/journal.js';
import type { HandoverRow, NoteRow, RevisionRow } from './queries.js';
import { isoTimestamp as iso } from '../../present.js';

/** A note as the API shows it; `error` is set only on notes marked in error. `abilities`: the policy's answer for every note action. */
export function presentNote(row: NoteRow, abilities: Record<string, boolean>): Note {
  return {
    id: row.id,
    citizenId: row.citizen_id,
    body: row.body,
    writtenAt: iso(row.written_at),
    author: { id: row.author_id, name: row.author_name },
    version: row.version,
    corrected: row.version > 1,
    goals: row.goals,
    kind: row.kind,
    topic: row.topic_code ? { code: row.topic_code, display: row.topic_display ?? row.topic_code } : null,
    service: row.unit_id ? { interventionId: row.intervention_id, unitId: row.unit_id, unitName: row.unit_name ?? '' } : null,
    addenda: row.addenda.map((a) => ({ id: a.id, body: a.body, author: { id: a.authorId, name: a.authorName }, createdAt: iso(new Date(a.createdAt)) })),
    error: row.error_reason === null ? null : { reason: row.error_reason, markedBy: { id: row.error_marked_by, name: row.error_marked_by_name } },
    abilities: abilities as NoteAbilities,
  };
}

/** One version of a note's text. */
export function presentRevision(row: RevisionRow): NoteRevision {
  return { version: row.version, body: row.body, reason: row.reason, authorName: row.author_name, createdAt: iso(row.created_at) };
}

/** The keyset cursor of the next (older) page: the last note's time and id; nulls on the last page. */
export function nextPage(rows: NoteRow[], limit: number): NextPage {
  const last = rows.length === limit ? rows[rows.length - 1] : undefined;
  return { nextBefore: last ? iso(last.written_at) : null, nextBeforeId: last?.id ?? null };
}

/** Handover rows (newest first) grouped by citizen; groups keep the order of their newest note. */
export function presentHandover(rows: HandoverRow[], present: (row: HandoverRow) => Note): HandoverGroup[] {
  const groups = new Map<string, HandoverGroup>();
  for (const row of rows) {
    let group = groups.get(row.citizen_id);
    if (!group) {
      group = { citizen: { id: row.citizen_id, name: `${row.first_name} ${row.last_name}`, unitId: row.unit_id, unitName: row.unit_name }, notes: [] };
      groups.set(row.citizen_id, group);
    }
    group.notes.push(present(row));
  }
  return [...groups.values()];
}
