import { beforeAll, describe, expect, it } from 'vitest';
import { login, useTestApp } from '../../../../test/http.js';
import { auditRows, insertGoal, journalCounts } from './test-fixtures.js';

const env = useTestApp({ worlds: 2 });
let goalWalk: string;
let goalCook: string;
let goalOfBent: string;

beforeAll(async () => {
  goalWalk = await insertGoal(env.db, env.w, env.w.citizens.onA, 'Gå en tur hver dag');
  goalCook = await insertGoal(env.db, env.w, env.w.citizens.onA, 'Lave aftensmad selv');
  goalOfBent = await insertGoal(env.db, env.w, env.w.citizens.onB, 'Bents eget mål');
});

const notesUrl = (citizenId: string) => `/api/citizens/${citizenId}/notes`;

describe('writing a note', () => {
  it('writes a note linked to two goals and reads it back via the list and via ?goalId=', async () => {
    const { w, app, db } = env;
    const staff = await login(app, w.users.staff.username);
    const res = await staff.post(notesUrl(w.citizens.onA), {
      body: '  Anna gik en tur og lavede frikadeller.  ',
      goalIds: [goalWalk, goalCook, goalWalk],
    });
    expect(res.statusCode).toBe(201);
    const note = res.json().data;
    expect(note).toMatchObject({
      citizenId: w.citizens.onA,
      body: 'Anna gik en tur og lavede frikadeller.',
      author: { id: w.users.staff.id, name: 'Test staff' },
      version: 1,
      corrected: false,
      error: null,
      abilities: { correct: true, markError: true, readHistory: true, addAddendum: true },
    });
    expect(note.goals).toEqual([
      { id: goalWalk, title: 'Gå en tur hver dag' },
      { id: goalCook, title: 'Lave aftensmad selv' },
    ]);
    expect(Math.abs(Date.parse(note.writtenAt) - Date.now())).toBeLessThan(60_000);

    const list = (await staff.get(notesUrl(w.citizens.onA))).json().data;
    expect(list.map((n: { id: string }) => n.id)).toEqual([note.id]);
    expect(list[0].goals.map((g: { id: string }) => g.id)).toEqual([goalWalk, goalCook]);
    expect((await staff.get(`${notesUrl(w.citizens.onA)}?goalId=${goalCook}`)).json().data.map((n: { id: string }) => n.id)).toEqual([note.id]);

    // The first revision was written with the note, in the same transaction.
    const revisions = await db.query<{ version: number; body: string; reason: string | null; author_id: string }>(
      'SELECT version, body, reason, author_id FROM journal_note_revisions WHERE note_id = $1',
      [note.id],
    );
    expect(revisions).toEqual([{ version: 1, body: 'Anna gik en tur og lavede frikadeller.', reason: null, author_id: w.users.staff.id }]);

    const [row] = await auditRows(db, w.users.staff.id, 'journal_note');
    expect(row).toMatchObject({ action: 'create', entity_id: note.id, citizen_ids: [w.citizens.onA] });
  });

  it('accepts a writtenAt in the past and keeps it', async () => {
    const { w, app } = env;
    const staff = await login(app, w.users.staff.username);
    const res = await staff.post(notesUrl(w.citizens.onA), { body: 'Nattevagt: roligt.', writtenAt: '2025-06-01T02:30:00+02:00' });
    expect(res.statusCode).toBe(201);
    expect(res.json().data.writtenAt).toBe('2025-06-01T00:30:00.000Z');
  });

  it('lets a leader of the citizen write, but not a case worker (403)', async () => {
    const { w, app, db } = env;
    const leader = await login(app, w.users.facilityLeader.username);
    expect((await leader.post(notesUrl(w.citizens.onB), { body: 'Bent var glad.' })).statusCode).toBe(201);
    const before = await journalCounts(db, w.citizens.onA);
    const caseWorker = await login(app, w.users.caseWorker.username);
    const res = await caseWorker.post(notesUrl(w.citizens.onA), { body: 'Sagsbehandler skriver.' });
    expect(res.statusCode).toBe(403);
    expect(await journalCounts(db, w.citizens.onA)).toEqual(before);
  });

  it('answers 404 for a citizen on another unit, in another municipality or unknown, and writes nothing', async () => {
    const { w, other, app, db } = env;
    const staff = await login(app, w.users.staff.username);
    for (const id of [w.citizens.onC, other.citizens.onA, '00000000-0000-4000-8000-000000000000']) {
      const res = await staff.post(notesUrl(id), { body: 'Forkert borger.' });
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    }
    expect((await journalCounts(db, w.citizens.onC)).notes).toBe(0);
    expect((await journalCounts(db, other.citizens.onA)).notes).toBe(0);
  });

  it('requires a session (401) and a CSRF token (403)', async () => {
    const { w, app, db } = env;
    const before = await journalCounts(db, w.citizens.onA);
    const anonymous = await app.inject({ method: 'POST', url: notesUrl(w.citizens.onA), payload: { body: 'x' } });
    expect(anonymous.statusCode).toBe(401);
    const staff = await login(app, w.users.staff.username);
    const noToken = await app.inject({ method: 'POST', url: notesUrl(w.citizens.onA), headers: { cookie: staff.cookie }, payload: { body: 'x' } });
    expect(noToken.statusCode).toBe(403);
    expect(await journalCounts(db, w.citizens.onA)).toEqual(before);
  });
});

describe('a backdated note', () => {
  it('is refused before 2000 and before the citizen’s first intervention, in Danish on writtenAt, and nothing is written', async () => {
    const { w, app, db } = env;
    const before = await journalCounts(db, w.citizens.onA);
    const staff = await login(app, w.users.staff.username);
    // Anna has been placed since 2024-01-01 (Copenhagen); 23:30 the evening before is still 2023 there.
    const refused: Array<[string, string]> = [
      ['1900-01-01T12:00:00Z', 'Tidspunktet kan ikke ligge før 1. januar 2000.'],
      ['0001-01-01T00:00:00Z', 'Tidspunktet kan ikke ligge før 1. januar 2000.'],
      ['2023-12-31T23:30:00+01:00', 'Tidspunktet kan ikke ligge før borgerens første indsats begyndte (1. januar 2024).'],
    ];
    for (const [writtenAt, message] of refused) {
      const res = await staff.post(notesUrl(w.citizens.onA), { body: 'Tilbagedateret.', writtenAt });
      expect(res.statusCode, writtenAt).toBe(400);
      expect(res.json().error.fields, writtenAt).toEqual({ writtenAt: message });
    }
    expect(await journalCounts(db, w.citizens.onA)).toEqual(before);
  });

  it('is kept from the first day of care, and the journal shows the very time that was stored', async () => {
    const { w, app, db } = env;
    const staff = await login(app, w.users.staff.username);
    const res = await staff.post(notesUrl(w.citizens.onA), { body: 'Første nat.', writtenAt: '2024-01-01T00:10:00+01:00' });
    expect(res.statusCode).toBe(201);
    const [{ stored }] = await db.query<{ stored: string }>(`SELECT to_char(written_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS') AS stored FROM journal_notes WHERE id = $1`, [res.json().data.id]);
    expect(stored).toBe('2023-12-31T23:10:00');
    expect(res.json().data.writtenAt).toBe('2023-12-31T23:10:00.000Z');
    const listed = (await staff.get(`${notesUrl(w.citizens.onA)}?before=2024-01-02T00:00:00Z`)).json().data;
    expect(listed.map((n: { writtenAt: string }) => n.writtenAt)).toEqual(['2023-12-31T23:10:00.000Z']);
  });
});

describe('bad input writes nothing', () => {
  it('rejects a goal of another citizen with a field error', async () => {
    const { w, other, app, db } = env;
    const before = await journalCounts(db, w.citizens.onA);
    const staff = await login(app, w.users.staff.username);
    const otherMunicipalityGoal = await insertGoal(db, other, other.citizens.onA, 'Fremmed mål');
    for (const goalIds of [[goalWalk, goalOfBent], [otherMunicipalityGoal], ['00000000-0000-4000-8000-000000000000']]) {
      const res = await staff.post(notesUrl(w.citizens.onA), { body: 'Med et fremmed mål.', goalIds });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields).toEqual({ goalIds: 'Et eller flere af målene hører ikke til borgeren.' });
    }
    expect(await journalCounts(db, w.citizens.onA)).toEqual(before);
  });

  it('rejects malformed JSON, unknown fields, wrong types, empty or oversized text and impossible or future times', async () => {
    const { w, app, db } = env;
    const before = await journalCounts(db, w.citizens.onA);
    const staff = await login(app, w.users.staff.username);
    const url = notesUrl(w.citizens.onA);
    const inFuture = new Date(Date.now() + 60 * 60 * 1000).toISOString();
    const cases: Array<[unknown, string]> = [
      [{ body: 'Hej', mood: 'glad' }, 'mood'],
      [{ body: 42 }, 'body'],
      [{ body: '   ' }, 'body'],
      [{}, 'body'],
      [{ body: 'x'.repeat(20001) }, 'body'],
      [{ body: 'Hej', goalIds: ['not-a-uuid'] }, 'goalIds.0'],
      [{ body: 'Hej', goalIds: goalWalk }, 'goalIds'],
      [{ body: 'Hej', writtenAt: '2026-02-30T10:00:00Z' }, 'writtenAt'],
      [{ body: 'Hej', writtenAt: '2025-06-01' }, 'writtenAt'],
      [{ body: 'Hej', writtenAt: inFuture }, 'writtenAt'],
    ];
    for (const [payload, field] of cases) {
      const res = await staff.post(url, payload);
      expect(res.statusCode, JSON.stringify(payload).slice(0, 80)).toBe(400);
      expect(Object.keys(res.json().error.fields)).toContain(field);
    }
    const malformed = await staff.raw('POST', url, '{"body": "Hej"');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe('bad_request');
    const huge = await staff.raw('POST', url, JSON.stringify({ body: 'x'.repeat(1024 * 1024 + 10) }));
    expect(huge.statusCode).toBe(413);
    const wrongType = await staff.raw('POST', url, 'body=Hej', 'application/x-www-form-urlencoded');
    expect(wrongType.statusCode).toBe(415);
    expect(await journalCounts(db, w.citizens.onA)).toEqual(before);
  });
});
