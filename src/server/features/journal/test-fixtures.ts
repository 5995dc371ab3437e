// Shared set-up for the journal's test files (not a test itself).
import type { Db } from '../../db/index.js';
import type { World } from '../../../../test/world.js';
import type { Client } from '../../../../test/http.js';

/**
 * Inserts a goal with plain SQL (the plans feature's routes are not needed for the journal's tests).
 * Any FFB concepts do for the codes; only the title shows in the journal.
 */
export async function insertGoal(db: Db, w: World, citizenId: string, title: string): Promise<string> {
  const [{ id }] = await db.query<{ id: string }>(
    `INSERT INTO goals (municipality_id, citizen_id, title, ffb_area_code, goal_type_code, target_level_code, start_date, created_by)
     SELECT $1, $2, $3, c.code, c.code, c.code, '2025-01-01', $4 FROM ffb_concepts c ORDER BY c.code LIMIT 1
     RETURNING id`,
    [w.municipalityId, citizenId, title, w.users.unitLeader.id],
  );
  return id;
}

/** Writes a note through the API and returns it (fails the test on anything but 201). */
export async function writeNote(client: Client, citizenId: string, body: Record<string, unknown>) {
  const res = await client.post(`/api/citizens/${citizenId}/notes`, body);
  if (res.statusCode !== 201) throw new Error(`writing a note failed: ${res.statusCode} ${res.body}`);
  return res.json().data as { id: string; version: number; body: string; writtenAt: string };
}

/** Rows in the journal tables for one citizen: head rows, revisions, goal links. */
export async function journalCounts(db: Db, citizenId: string) {
  const [row] = await db.query<{ notes: number; revisions: number; links: number }>(
    `SELECT (SELECT count(*)::int FROM journal_notes WHERE citizen_id = $1) AS notes,
            (SELECT count(*)::int FROM journal_note_revisions r JOIN journal_notes n ON n.id = r.note_id WHERE n.citizen_id = $1) AS revisions,
            (SELECT count(*)::int FROM journal_note_goals l JOIN journal_notes n ON n.id = l.note_id WHERE n.citizen_id = $1) AS links`,
    [citizenId],
  );
  return row;
}

/** The audit rows a user wrote for an entity, newest first. */
export function auditRows(db: Db, userId: string, entity: string) {
  return db.query<{ action: string; entity_id: string | null; citizen_ids: string[]; detail: Record<string, unknown> | null }>(
    `SELECT action, entity_id, citizen_ids, detail FROM audit_log WHERE user_id = $1 AND entity = $2 ORDER BY id DESC`,
    [userId, entity],
  );
}
