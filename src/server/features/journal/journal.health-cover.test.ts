/**
 * Issue 12: health notes only for those treating the citizen now, the night cover narrowed (the
 * journal's last hours, no CPR, no plan edits, marked in the log), the cover's configurable maximum,
 * the author rule with addenda, and earlier services' notes only through an audited look-up.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { login, useTestApp, type Client } from '../../../../test/http.js';
import { resolveBody } from '../../../../test/route-cases.js';
import { accessCases as planCases } from '../plans/access-cases.js';
import { auditRows, writeNote } from './test-fixtures.js';
import { FFB_GROUPS } from '../../../domain/ffb.js';

const env = useTestApp({ worlds: 1 });
type ListedNote = { id: string; body: string; kind: string; topic: { code: string; display: string } | null; addenda: Array<{ body: string; author: { id: string } }>; abilities: Record<string, boolean> };
const USERS = ['staff', 'unitLeader', 'facilityLeader', 'caseWorker', 'staffB'] as const;
const c = {} as Record<(typeof USERS)[number], Client>;

beforeAll(async () => {
  for (const who of USERS) c[who] = await login(env.app, env.w.users[who].username);
});

const list = async (client: Client, citizenId: string, query = '') => {
  const res = await client.get(`/api/citizens/${citizenId}/notes${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().data as ListedNote[];
};
/** A note written `hoursAgo` by `authorId` on `citizenId`, in plain SQL (as if written then). */
async function noteAt(citizenId: string, authorId: string, body: string, hoursAgo: number, kind = 'daily', unitId: string | null = null) {
  const [n] = await env.db.query<{ id: string }>(
    `INSERT INTO journal_notes (municipality_id, citizen_id, author_id, body, written_at, kind, unit_id)
     VALUES ($1, $2, $3, $4, now() - make_interval(hours => $5), $6, $7) RETURNING id`,
    [env.w.municipalityId, citizenId, authorId, body, hoursAgo, kind, unitId],
  );
  await env.db.query(`INSERT INTO journal_note_revisions (municipality_id, note_id, version, body, author_id) VALUES ($1, $2, 1, $3, $4)`, [
    env.w.municipalityId, n.id, body, authorId,
  ]);
  return n.id;
}
const endCovers = () => env.db.query(`UPDATE unit_covers SET ended_at = now(), ended_by = user_id WHERE ended_at IS NULL`);

describe('health notes (helbredsnotater)', () => {
  it('reach only those treating the citizen now: staff and the unit leader, not the facility leader above, never the case worker', async () => {
    const health = await writeNote(c.staff, env.w.citizens.onA, { body: 'Helbred: feber 38,5, lægen kontaktet', kind: 'health' });
    const daily = await writeNote(c.staff, env.w.citizens.onA, { body: 'Dagligt: gik en tur', kind: 'daily' });
    for (const who of ['staff', 'unitLeader'] as const) {
      const ids = (await list(c[who], env.w.citizens.onA)).map((n) => n.id);
      expect(ids, who).toEqual(expect.arrayContaining([health.id, daily.id]));
      expect((await c[who].get(`/api/notes/${health.id}/history`)).statusCode, who).toBe(200);
    }
    const leaderSees = (await list(c.facilityLeader, env.w.citizens.onA)).map((n) => n.id);
    expect(leaderSees).toContain(daily.id);
    expect(leaderSees).not.toContain(health.id);
    expect((await list(c.facilityLeader, env.w.citizens.onA, '?kind=health')).map((n) => n.id)).toEqual([]);
    expect((await c.facilityLeader.get(`/api/notes/${health.id}/history`)).statusCode).toBe(404);
    expect((await c.facilityLeader.post(`/api/notes/${health.id}/addenda`, { body: 'Set' })).statusCode).toBe(404);
    expect((await c.caseWorker.get(`/api/citizens/${env.w.citizens.onA}/notes?kind=health`)).statusCode).toBe(403);
    // Not in the handover, the citizen list's latest note, nor written by those who may not read them.
    const handover = (await c.facilityLeader.get('/api/handover?hours=72')).json().data as Array<{ notes: Array<{ id: string }> }>;
    expect(handover.flatMap((g) => g.notes.map((n) => n.id))).not.toContain(health.id);
    expect((await c.facilityLeader.get('/api/citizens')).body).not.toContain('feber 38,5');
    expect((await c.facilityLeader.post(`/api/citizens/${env.w.citizens.onA}/notes`, { body: 'Feber', kind: 'health' })).statusCode).toBe(403);
  });

  it('are listed apart by kind, and kept for the health-record period with its source', async () => {
    const onlyHealth = await list(c.staff, env.w.citizens.onA, '?kind=health');
    expect(onlyHealth.length).toBeGreaterThan(0);
    expect(onlyHealth.every((n) => n.kind === 'health')).toBe(true);
    const retention = (await c.staff.get('/api/journal/retention')).json().data as Array<{ kind: string; years: number; source: string }>;
    expect(retention).toEqual([expect.objectContaining({ kind: 'health', years: 10, source: expect.stringContaining('journalføringsbekendtgørelsen') })]);
    expect((await c.staff.get(`/api/citizens/${env.w.citizens.onA}/notes?kind=medicin`)).statusCode).toBe(400);
  });
});

describe('topics and the service a note is written under', () => {
  it('takes an FFB condition as topic, refuses an area or unknown code, and records the writer’s service and unit', async () => {
    const [condition] = await env.db.query<{ code: string; display: string }>(
      `SELECT c.code, c.display FROM ffb_concepts c JOIN ffb_concepts a ON a.code = c.parent_code WHERE a.parent_code = $1 ORDER BY a.sort_order, c.sort_order LIMIT 1`,
      [FFB_GROUPS.activityAndParticipation],
    );
    const [area] = await env.db.query<{ code: string }>(`SELECT code FROM ffb_concepts WHERE parent_code = $1 LIMIT 1`, [FFB_GROUPS.activityAndParticipation]);
    const res = await c.staff.post(`/api/citizens/${env.w.citizens.onA}/notes`, { body: 'Lavede aftensmad selv', kind: 'professional', topicCode: condition.code });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().data).toMatchObject({ kind: 'professional', topic: condition, service: { unitId: env.w.units.unitA, unitName: 'Afdeling A' } });
    for (const topicCode of [area.code, 'ikke-en-kode']) {
      const bad = await c.staff.post(`/api/citizens/${env.w.citizens.onA}/notes`, { body: 'x', topicCode });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.fields.topicCode).toMatch(/tilstand/);
    }
    const badKind = await c.staff.post(`/api/citizens/${env.w.citizens.onA}/notes`, { body: 'x', kind: 'medicin' });
    expect(badKind.statusCode).toBe(400);
    expect(badKind.json().error.fields.kind).toMatch(/notattype/);
  });
});

describe('the author rule', () => {
  it('lets only the author correct a note; a leader adds an addendum, shown under the note with its author', async () => {
    const note = await writeNote(c.staff, env.w.citizens.onA, { body: 'Anna var urolig om aftenen' });
    const rewrite = { version: 1, body: 'Anna var rolig', reason: 'Lederens rettelse' };
    expect((await c.unitLeader.post(`/api/notes/${note.id}/corrections`, rewrite)).statusCode).toBe(403);
    expect((await c.facilityLeader.post(`/api/notes/${note.id}/corrections`, rewrite)).statusCode).toBe(403);
    const mine = (await list(c.unitLeader, env.w.citizens.onA)).find((n) => n.id === note.id)!;
    expect(mine.abilities).toMatchObject({ correct: false, addAddendum: true });

    const added = await c.unitLeader.post(`/api/notes/${note.id}/addenda`, { body: 'Uroen skyldtes tandpine, tandlæge bestilt' });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json().data.body).toBe('Anna var urolig om aftenen');
    expect(added.json().data.addenda).toEqual([expect.objectContaining({ body: 'Uroen skyldtes tandpine, tandlæge bestilt', author: { id: env.w.users.unitLeader.id, name: 'Test unitLeader' } })]);
    expect((await c.unitLeader.post(`/api/notes/${note.id}/addenda`, { body: '   ' })).json().error.fields.body).toBe('Skriv tilføjelsen.');
    const [row] = await auditRows(env.db, env.w.users.unitLeader.id, 'journal_note_addendum');
    expect(row).toMatchObject({ action: 'create', citizen_ids: [env.w.citizens.onA], detail: { noteId: note.id } });

    const own = await c.staff.post(`/api/notes/${note.id}/corrections`, { version: 1, body: 'Anna var urolig om aftenen (tandpine)', reason: 'Præcisering' });
    expect(own.statusCode).toBe(200);
    expect(own.json().data).toMatchObject({ version: 2, addenda: [expect.objectContaining({ body: 'Uroen skyldtes tandpine, tandlæge bestilt' })] });
  });
});

describe('earlier services’ notes', () => {
  it('are left out of the journal and shown only through the explicit look-up, audited as such', async () => {
    const earlier = await noteAt(env.w.citizens.onA, env.w.users.staffB.id, 'Skrevet på Strandly under den tidligere indsats', 500, 'daily', env.w.units.unitC);
    expect((await list(c.staff, env.w.citizens.onA)).map((n) => n.id)).not.toContain(earlier);
    expect((await c.staff.get(`/api/notes/${earlier}/history`)).statusCode).toBe(200); // own care may look it up
    const res = await c.staff.get(`/api/citizens/${env.w.citizens.onA}/notes/earlier`);
    expect(res.statusCode).toBe(200);
    expect((res.json().data as ListedNote[]).map((n) => n.id)).toEqual([earlier]);
    const [row] = await auditRows(env.db, env.w.users.staff.id, 'journal_note_earlier');
    expect(row).toMatchObject({ action: 'read', citizen_ids: [env.w.citizens.onA], detail: { notes: 1 } });
    expect((await c.caseWorker.get(`/api/citizens/${env.w.citizens.onA}/notes/earlier`)).statusCode).toBe(403);
  });
});

describe('the night cover, narrowed', () => {
  it('reads the last hours’ notes, health notes included, writes notes, and is marked in the log; no older history, CPR or plan edits', async () => {
    await endCovers();
    const old = await noteAt(env.w.citizens.onB, env.w.users.unitLeader.id, 'Bent: gammel note fra sidste uge', 100);
    const recent = await noteAt(env.w.citizens.onB, env.w.users.unitLeader.id, 'Bent: aftenvagtens note', 3);
    const health = await noteAt(env.w.citizens.onB, env.w.users.unitLeader.id, 'Bent: PN givet kl. 22', 2, 'health');
    expect((await c.staff.post('/api/unit-covers', { unitId: env.w.units.unitB, hours: 10, reason: 'Nattevagt for Afdeling B' })).statusCode).toBe(201);

    const ids = (await list(c.staff, env.w.citizens.onB)).map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining([recent, health]));
    expect(ids).not.toContain(old);
    expect((await c.staff.get(`/api/notes/${old}/history`)).statusCode).toBe(404);
    expect((await c.staff.get(`/api/citizens/${env.w.citizens.onB}/notes?before=${new Date(Date.now() - 50 * 3_600_000).toISOString()}`)).json().data).toEqual([]);
    expect((await c.staff.get(`/api/citizens/${env.w.citizens.onB}/notes/earlier`)).statusCode).toBe(403);
    const handover = (await c.staff.get(`/api/handover?unitId=${env.w.units.unitB}&hours=72`)).json();
    expect(handover.data.flatMap((g: { notes: Array<{ id: string }> }) => g.notes.map((n) => n.id))).toEqual(expect.arrayContaining([recent, health]));

    // A shorter window, set for the municipality, is the cover's.
    await env.db.query(`INSERT INTO cover_settings (municipality_id, journal_hours) VALUES ($1, 24) ON CONFLICT (municipality_id) DO UPDATE SET journal_hours = 24`, [env.w.municipalityId]);
    const day = await noteAt(env.w.citizens.onB, env.w.users.unitLeader.id, 'Bent: for 30 timer siden', 30);
    expect((await list(c.staff, env.w.citizens.onB)).map((n) => n.id)).not.toContain(day);
    expect((await list(c.facilityLeader, env.w.citizens.onB)).map((n) => n.id)).toEqual(expect.arrayContaining([old, day, recent]));
    await env.db.query(`DELETE FROM cover_settings WHERE municipality_id = $1`, [env.w.municipalityId]);

    expect((await c.staff.post(`/api/citizens/${env.w.citizens.onB}/cpr`)).statusCode).toBe(403);
    const goalCase = planCases.find((k) => k.method === 'POST' && k.route === '/api/citizens/:citizenId/goals')!;
    const goalBody = await resolveBody(env.db, goalCase.body!({ ...env.w } as never));
    expect((await c.staff.post(`/api/citizens/${env.w.citizens.onB}/goals`, goalBody)).statusCode).toBe(403);
    expect((await c.staff.get(`/api/citizens/${env.w.citizens.onB}/goals`)).statusCode).toBe(200);
    expect((await c.staff.post(`/api/citizens/${env.w.citizens.onB}/notes`, { body: 'Bent sov uroligt, vækket kl. 3', kind: 'observation' })).statusCode).toBe(201);

    // The log says the reads happened under a cover; own care's reads are not so marked.
    const [read] = await auditRows(env.db, env.w.users.staff.id, 'journal_note_list');
    expect(read).toMatchObject({ citizen_ids: [env.w.citizens.onB], detail: expect.objectContaining({ underCover: true }) });
    await c.staff.get(`/api/citizens/${env.w.citizens.onB}`);
    const [record] = await env.db.query<{ detail: Record<string, unknown> | null }>(
      `SELECT detail FROM audit_log WHERE user_id = $1 AND entity = 'citizen' AND action = 'read' ORDER BY id DESC LIMIT 1`, [env.w.users.staff.id]);
    expect(record.detail).toMatchObject({ underCover: true });
    // The citizen's leaders see it in the access log: "under vagtdækning".
    const log = (await c.facilityLeader.get(`/api/citizens/${env.w.citizens.onB}/access-log`)).json().data as Array<{ userId: string; entity: string; underCover: boolean }>;
    expect(log.filter((e) => e.userId === env.w.users.staff.id).every((e) => e.underCover)).toBe(true);
    expect(log.find((e) => e.userId === env.w.users.staff.id && e.entity === 'journal_note_list')).toBeDefined();
    expect(log.filter((e) => e.userId === env.w.users.facilityLeader.id).every((e) => !e.underCover)).toBe(true);
    const [handoverRow] = await auditRows(env.db, env.w.users.staff.id, 'handover');
    expect(handoverRow.detail).toMatchObject({ underCover: true });
    await list(c.staff, env.w.citizens.onA);
    const [own] = await auditRows(env.db, env.w.users.staff.id, 'journal_note_list');
    expect(own.citizen_ids).toEqual([env.w.citizens.onA]);
    expect(own.detail?.underCover).toBeUndefined();

    // Health notes follow "treating now" under the cover too; another facility's staff has none.
    expect((await c.staffB.get(`/api/notes/${health}/history`)).statusCode).toBe(404);
    await endCovers();
    expect((await c.staff.get(`/api/notes/${recent}/history`)).statusCode).toBe(404);
  });

  it('lasts at most the municipality’s maximum (12 hours unless set, never over 16), refused in Danish', async () => {
    await endCovers();
    const start = (hours: number) => c.staff.post('/api/unit-covers', { unitId: env.w.units.unitB, hours, reason: 'Lang nattevagt' });
    expect((await c.staff.get('/api/unit-covers/settings')).json().data).toEqual({ maxHours: 12, journalHours: 72 });
    const over = await start(14);
    expect(over.statusCode).toBe(400);
    expect(over.json().error).toMatchObject({ message: 'En vagtdækning kan højst vare 12 timer i kommunen.', fields: { hours: 'Højst 12 timer.' } });
    expect((await start(17)).json().error.fields.hours).toBe('Højst 16 timer.');
    await env.db.query(`INSERT INTO cover_settings (municipality_id, max_hours) VALUES ($1, 16)`, [env.w.municipalityId]);
    const long = await start(16);
    expect(long.statusCode, long.body).toBe(201);
    const hours = (Date.parse(long.json().data.endsAt) - Date.parse(long.json().data.startsAt)) / 3_600_000;
    expect(hours).toBe(16);
    await expect(env.db.query(`UPDATE cover_settings SET max_hours = 17 WHERE municipality_id = $1`, [env.w.municipalityId])).rejects.toThrow();
    await env.db.query(`DELETE FROM cover_settings WHERE municipality_id = $1`, [env.w.municipalityId]);
    await endCovers();
  });
});
