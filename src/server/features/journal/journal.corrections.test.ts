import { describe, expect, it } from 'vitest';
import { login, useTestApp } from '../../../../test/http.js';
import { auditRows, writeNote } from './test-fixtures.js';

const env = useTestApp({ worlds: 2 });

const correctionsUrl = (noteId: string) => `/api/notes/${noteId}/corrections`;
const historyUrl = (noteId: string) => `/api/notes/${noteId}/history`;

async function headRow(noteId: string) {
  const [row] = await env.db.query<{ body: string; version: number }>('SELECT body, version FROM journal_notes WHERE id = $1', [noteId]);
  return row;
}

describe('correcting a note', () => {
  it('keeps the earlier text in the history while the list shows the new one', async () => {
    const { w, app, db } = env;
    const staff = await login(app, w.users.staff.username);
    const note = await writeNote(staff, w.citizens.onA, { body: 'Anna spiste ikke morgenmad.' });
    const res = await staff.post(correctionsUrl(note.id), { version: 1, body: 'Anna spiste kun lidt morgenmad.', reason: 'Misforstod kollega.' });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({ id: note.id, body: 'Anna spiste kun lidt morgenmad.', version: 2, corrected: true, writtenAt: note.writtenAt });

    const list = (await staff.get(`/api/citizens/${w.citizens.onA}/notes`)).json().data;
    expect(list.find((n: { id: string }) => n.id === note.id)).toMatchObject({ body: 'Anna spiste kun lidt morgenmad.', version: 2, corrected: true });

    const history = await staff.get(historyUrl(note.id));
    expect(history.statusCode).toBe(200);
    const revisions: Array<{ createdAt: string }> = history.json().data;
    expect(revisions.every((r) => !Number.isNaN(Date.parse(r.createdAt)))).toBe(true);
    expect(revisions.map(({ createdAt: _, ...rest }) => rest)).toEqual([
      { version: 1, body: 'Anna spiste ikke morgenmad.', reason: null, authorName: 'Test staff' },
      { version: 2, body: 'Anna spiste kun lidt morgenmad.', reason: 'Misforstod kollega.', authorName: 'Test staff' },
    ]);

    const [historyRead] = await auditRows(db, w.users.staff.id, 'journal_note');
    expect(historyRead).toMatchObject({ action: 'read', entity_id: note.id, citizen_ids: [w.citizens.onA], detail: { view: 'history' } });
    const update = (await auditRows(db, w.users.staff.id, 'journal_note')).find((r) => r.action === 'update');
    expect(update).toMatchObject({ entity_id: note.id, citizen_ids: [w.citizens.onA], detail: { change: 'correction', version: 2 } });
  });

  it('keeps a note’s author its author: a leader of the citizen may not rewrite a staff member’s note, only add to it', async () => {
    const { w, app } = env;
    const staff = await login(app, w.users.staff.username);
    const note = await writeNote(staff, w.citizens.onA, { body: 'Besøg af søster.' });
    const leader = await login(app, w.users.unitLeader.username);
    const res = await leader.post(correctionsUrl(note.id), { version: 1, body: 'Besøg af søster og nevø.', reason: 'Manglede nevøen.' });
    expect(res.statusCode).toBe(403);
    expect(await headRow(note.id)).toEqual({ body: 'Besøg af søster.', version: 1 });
    const added = await leader.post(`/api/notes/${note.id}/addenda`, { body: 'Nevøen var med.' });
    expect(added.statusCode).toBe(201);
    expect(added.json().data).toMatchObject({ body: 'Besøg af søster.', version: 1, addenda: [{ body: 'Nevøen var med.', author: { name: 'Test unitLeader' } }] });
  });

  it('answers 409 with the current note on a stale version, and changes nothing', async () => {
    const { w, app, db } = env;
    const staff = await login(app, w.users.staff.username);
    const note = await writeNote(staff, w.citizens.onA, { body: 'Første tekst.' });
    expect((await staff.post(correctionsUrl(note.id), { version: 1, body: 'Anden tekst.', reason: 'Rettet.' })).statusCode).toBe(200);
    const stale = await staff.post(correctionsUrl(note.id), { version: 1, body: 'Tredje tekst.', reason: 'Rettet igen.' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'conflict', current: { id: note.id, body: 'Anden tekst.', version: 2 } });
    expect(await headRow(note.id)).toEqual({ body: 'Anden tekst.', version: 2 });
    const [{ n }] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM journal_note_revisions WHERE note_id = $1', [note.id]);
    expect(n).toBe(2);
  });

  it('refuses staff who are not the author (403), a case worker (403), and answers 404 out of scope', async () => {
    const { w, other, app } = env;
    const leader = await login(app, w.users.unitLeader.username);
    const note = await writeNote(leader, w.citizens.onA, { body: 'Lederens notat.' });
    const change = { version: 1, body: 'Ændret af andre.', reason: 'Uenig.' };
    const staff = await login(app, w.users.staff.username);
    const listed = (await staff.get(`/api/citizens/${w.citizens.onA}/notes`)).json().data.find((n: { id: string }) => n.id === note.id);
    expect(listed.abilities).toEqual({ readHistory: true, correct: false, markError: false, addAddendum: true });
    expect((await staff.post(correctionsUrl(note.id), change)).statusCode).toBe(403);
    const caseWorker = await login(app, w.users.caseWorker.username);
    expect((await caseWorker.post(correctionsUrl(note.id), change)).statusCode).toBe(403);
    expect((await caseWorker.get(historyUrl(note.id))).statusCode).toBe(403);
    const staffC = await login(app, w.users.staffB.username);
    expect((await staffC.post(correctionsUrl(note.id), change)).statusCode).toBe(404);
    expect((await staffC.get(historyUrl(note.id))).statusCode).toBe(404);
    const otherLeader = await login(app, other.users.facilityLeader.username);
    expect((await otherLeader.post(correctionsUrl(note.id), change)).statusCode).toBe(404);
    expect((await otherLeader.get(historyUrl(note.id))).statusCode).toBe(404);
    expect((await staff.post(correctionsUrl('00000000-0000-4000-8000-000000000000'), change)).statusCode).toBe(404);
    expect(await headRow(note.id)).toEqual({ body: 'Lederens notat.', version: 1 });
  });

  it('rejects bad input and an unchanged text, changing nothing', async () => {
    const { w, app } = env;
    const staff = await login(app, w.users.staff.username);
    const note = await writeNote(staff, w.citizens.onA, { body: 'Uændret.' });
    const cases: Array<[unknown, string]> = [
      [{ version: 1, body: 'Ny tekst.' }, 'reason'],
      [{ version: 1, body: 'Ny tekst.', reason: '  ' }, 'reason'],
      [{ version: '1', body: 'Ny tekst.', reason: 'x' }, 'version'],
      [{ version: 1, body: '', reason: 'x' }, 'body'],
      [{ version: 1, body: 'Ny tekst.', reason: 'x', writtenAt: '2025-01-01T00:00:00Z' }, 'writtenAt'],
      [{ version: 1, body: ' Uændret. ', reason: 'x' }, 'body'],
    ];
    for (const [payload, field] of cases) {
      const res = await staff.post(correctionsUrl(note.id), payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(Object.keys(res.json().error.fields)).toContain(field);
    }
    expect((await staff.raw('POST', correctionsUrl(note.id), '{"version":1,')).statusCode).toBe(400);
    expect((await staff.raw('POST', correctionsUrl(note.id), JSON.stringify({ version: 1, body: 'x'.repeat(1100000), reason: 'x' }))).statusCode).toBe(413);
    expect((await staff.post('/api/notes/not-a-uuid/corrections', { version: 1, body: 'x', reason: 'x' })).statusCode).toBe(400);
    expect(await headRow(note.id)).toEqual({ body: 'Uændret.', version: 1 });
  });

  it('requires a session for the history', async () => {
    const { w, app } = env;
    const staff = await login(app, w.users.staff.username);
    const note = await writeNote(staff, w.citizens.onA, { body: 'Til historik.' });
    expect((await app.inject({ method: 'GET', url: historyUrl(note.id) })).statusCode).toBe(401);
  });
});
