import { describe, expect, it } from 'vitest';
import { login, useTestApp } from '../../../../test/http.js';
import { auditRows, insertGoal, writeNote } from './test-fixtures.js';

const env = useTestApp({ worlds: 2 });

const markUrl = (noteId: string) => `/api/notes/${noteId}/mark-error`;
const notesUrl = (citizenId: string) => `/api/citizens/${citizenId}/notes`;
const listedIds = async (client: Awaited<ReturnType<typeof login>>, url: string) =>
  (await client.get(url)).json().data.map((n: { id: string }) => n.id) as string[];

describe('marking a note as written in error', () => {
  it('hides it from the journal but keeps the row, its revisions and goal links, and audits it', async () => {
    const { w, app, db } = env;
    const staff = await login(app, w.users.staff.username);
    const goal = await insertGoal(db, w, w.citizens.onA, 'Mål');
    const keep = await writeNote(staff, w.citizens.onA, { body: 'Om Anna.' });
    const wrong = await writeNote(staff, w.citizens.onA, { body: 'Om Bent, på Annas journal.', goalIds: [goal] });
    const res = await staff.post(markUrl(wrong.id), { version: 1, reason: 'Skrevet på forkert borger.' });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({
      id: wrong.id,
      version: 1,
      error: { reason: 'Skrevet på forkert borger.', markedBy: { id: w.users.staff.id, name: 'Test staff' } },
      abilities: { correct: false, markError: false },
    });

    expect(await listedIds(staff, notesUrl(w.citizens.onA))).toEqual([keep.id]);
    expect(await listedIds(staff, `${notesUrl(w.citizens.onA)}?goalId=${goal}`)).toEqual([]);

    const [row] = await db.query<{ body: string; error_reason: string; error_marked_by: string }>(
      'SELECT body, error_reason, error_marked_by FROM journal_notes WHERE id = $1',
      [wrong.id],
    );
    expect(row).toEqual({ body: 'Om Bent, på Annas journal.', error_reason: 'Skrevet på forkert borger.', error_marked_by: w.users.staff.id });
    const [{ revisions, links }] = await db.query<{ revisions: number; links: number }>(
      `SELECT (SELECT count(*)::int FROM journal_note_revisions WHERE note_id = $1) AS revisions,
              (SELECT count(*)::int FROM journal_note_goals WHERE note_id = $1) AS links`,
      [wrong.id],
    );
    expect({ revisions, links }).toEqual({ revisions: 1, links: 1 });

    const [audited] = await auditRows(db, w.users.staff.id, 'journal_note');
    expect(audited).toMatchObject({ action: 'update', entity_id: wrong.id, citizen_ids: [w.citizens.onA], detail: { change: 'mark_error' } });

    // The citizen's leader still sees it, marked, and its history; staff no longer reach it.
    const leader = await login(app, w.users.unitLeader.username);
    expect(await listedIds(leader, notesUrl(w.citizens.onA))).toEqual([keep.id]);
    const withErrors = (await leader.get(`${notesUrl(w.citizens.onA)}?includeErrors=true`)).json().data;
    expect(withErrors.map((n: { id: string }) => n.id)).toEqual([wrong.id, keep.id]);
    expect(withErrors[0].error.reason).toBe('Skrevet på forkert borger.');
    expect((await leader.get(`/api/notes/${wrong.id}/history`)).statusCode).toBe(200);
    expect((await staff.get(`/api/notes/${wrong.id}/history`)).statusCode).toBe(404);
    expect((await staff.post(`/api/notes/${wrong.id}/corrections`, { version: 1, body: 'Ny', reason: 'x' })).statusCode).toBe(404);
  });

  it('answers 409 when already marked or stale', async () => {
    const { w, app, db } = env;
    const staff = await login(app, w.users.staff.username);
    const note = await writeNote(staff, w.citizens.onA, { body: 'Første.' });
    expect((await staff.post(`/api/notes/${note.id}/corrections`, { version: 1, body: 'Anden.', reason: 'Rettet.' })).statusCode).toBe(200);
    const stale = await staff.post(markUrl(note.id), { version: 1, reason: 'Forkert borger.' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current).toMatchObject({ id: note.id, version: 2, error: null });
    expect((await staff.post(markUrl(note.id), { version: 2, reason: 'Forkert borger.' })).statusCode).toBe(200);
    const leader = await login(app, w.users.unitLeader.username);
    const again = await leader.post(markUrl(note.id), { version: 2, reason: 'Igen.' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.current.error.reason).toBe('Forkert borger.');
    expect((await leader.post(`/api/notes/${note.id}/corrections`, { version: 2, body: 'Tredje.', reason: 'x' })).statusCode).toBe(409);
    const [row] = await db.query<{ error_reason: string; body: string }>('SELECT error_reason, body FROM journal_notes WHERE id = $1', [note.id]);
    expect(row).toEqual({ error_reason: 'Forkert borger.', body: 'Anden.' });
  });

  it('refuses non-author staff and case workers (403), 404 out of scope; bad input changes nothing', async () => {
    const { w, other, app, db } = env;
    const leader = await login(app, w.users.unitLeader.username);
    const note = await writeNote(leader, w.citizens.onA, { body: 'Lederens notat.' });
    const mark = { version: 1, reason: 'Forkert borger.' };
    expect((await (await login(app, w.users.staff.username)).post(markUrl(note.id), mark)).statusCode).toBe(403);
    expect((await (await login(app, w.users.caseWorker.username)).post(markUrl(note.id), mark)).statusCode).toBe(403);
    expect((await (await login(app, w.users.staffB.username)).post(markUrl(note.id), mark)).statusCode).toBe(404);
    expect((await (await login(app, other.users.facilityLeader.username)).post(markUrl(note.id), mark)).statusCode).toBe(404);
    for (const payload of [{ version: 1 }, { version: 1, reason: '' }, { version: 1, reason: 'x', deleted: true }, { version: 'one', reason: 'x' }]) {
      expect((await leader.post(markUrl(note.id), payload)).statusCode, JSON.stringify(payload)).toBe(400);
    }
    expect((await leader.raw('POST', markUrl(note.id), '{reason:')).statusCode).toBe(400);
    expect((await leader.raw('POST', markUrl(note.id), JSON.stringify({ version: 1, reason: 'x'.repeat(1100000) }))).statusCode).toBe(413);
    const [row] = await db.query<{ error_reason: string | null }>('SELECT error_reason FROM journal_notes WHERE id = $1', [note.id]);
    expect(row.error_reason).toBeNull();
    expect((await app.inject({ method: 'POST', url: markUrl(note.id), payload: mark })).statusCode).toBe(401);
  });
});
