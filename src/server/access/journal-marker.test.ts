/**
 * Journal text reaches only those who read the journal: for every route and every role, a fresh
 * note with a unique marker is written on citizen onA, the route is called as that role, and the
 * marker must appear in no answer to a role without `readJournal` on onA — neither as a field on
 * its own nor inside another answer (a citizen list, a goal, a conflict's current record, a PDF).
 * So that the test can fail, the marker must reach the journal's readers on the routes that show it.
 * Along the way, onA's whole CPR number must appear in no answer but its (audited) reveal.
 * Health notes (helbredsnotater) go further: a marked health note must reach only those treating onA
 * now (staff and leader of its unit), never the facility leader above it, on any route.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { buildWorld, type WorldUser } from '../../../test/world.js';
import { answerFor, ROLES, sendCase, type Fixture } from '../../../test/route-cases.js';
import { cases, withFixtures } from '../../../test/access-cases.js';
import { login, useTestApp, type Client } from '../../../test/http.js';
import { pdfText } from '../../../test/pdf.js';
import type { Db } from '../db/index.js';

const env = useTestApp({ worlds: 0 });
const MARK = `Markør-${randomUUID().slice(0, 8)}`;
const HEALTH_MARK = `Helbred-${randomUUID().slice(0, 8)}`;
let written = 0;

// The journal's readers on onA, as the matrix expects them on the journal itself.
const journalList = cases.find((c) => c.method === 'GET' && c.route === '/api/citizens/:citizenId/notes')!;
const readers = ROLES.filter((u) => answerFor(journalList, u) === 200);
const others = ROLES.filter((r) => !readers.includes(r));
/** Those treating onA now: the health notes' only readers. */
const healthReaders: WorldUser[] = ['staff', 'unitLeader'];
/** Routes that show a treating reader a fresh health note. */
const showsHealthNote = ['GET /api/citizens/:citizenId/notes', 'GET /api/handover'];
/** Routes that show a reader the newest note's text (the marker must be there). */
/**
 * Documents for an official recipient carry the whole CPR number, for those who may reveal it (the
 * export's audit row says so, `cprShown`); to anyone else only masked.
 */
const documentsWithCpr = ['GET /api/use-of-force/reports/:reportId/report.pdf'];
const cprRevealers: WorldUser[] = ['staff', 'unitLeader', 'facilityLeader', 'caseWorker'];
const showsLatestNote = ['GET /api/citizens', 'POST /api/citizens/search', 'GET /api/citizens/:citizenId/notes', 'GET /api/handover', 'GET /api/goals/:goalId'];

/** The route-cases fixture, plus case assignments of onA to center management, so they list onA as the case worker does. */
async function world(db: Db): Promise<Fixture> {
  const f = await withFixtures(db, await buildWorld(db));
  for (const role of ['centerManager', 'consultant'] as const) {
    await db.query('INSERT INTO case_assignments (municipality_id, user_id, citizen_id) VALUES ($1, $2, $3)', [f.municipalityId, f.users[role].id, f.citizens.onA]);
  }
  return f;
}

/** A fresh note on onA, written now and linked to the goal, carrying a marker of its own. */
async function writeMarkedNote(db: Db, f: Fixture, kind = 'daily', mark = MARK): Promise<{ noteId: string; marker: string }> {
  const marker = `${mark}-${++written}`;
  const [note] = await db.query<{ id: string }>(
    `INSERT INTO journal_notes (municipality_id, citizen_id, author_id, body, kind) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [f.municipalityId, f.citizens.onA, f.users.staff.id, `${marker} Anna ville ikke spise`, kind],
  );
  await db.query(`INSERT INTO journal_note_revisions (municipality_id, note_id, version, body, author_id) VALUES ($1, $2, 1, $3, $4)`, [
    f.municipalityId, note.id, `${marker} Anna ville ikke spise`, f.users.staff.id,
  ]);
  await db.query('INSERT INTO journal_note_goals (municipality_id, note_id, goal_id) VALUES ($1, $2, $3)', [f.municipalityId, note.id, f.goalId]);
  return { noteId: note.id, marker };
}

/** What the answer shows: its text, or a PDF's text. */
const shown = (res: LightMyRequestResponse) =>
  res.headers['content-type']?.toString().startsWith('application/pdf') ? pdfText(res.rawPayload) : res.body;

const clientsFor = async (f: Fixture) =>
  Object.fromEntries(await Promise.all(ROLES.map(async (r) => [r, await login(env.app, f.users[r].username)] as const))) as Record<WorldUser, Client>;

let shared: { f: Fixture; clients: Record<WorldUser, Client> };
beforeAll(async () => {
  const f = await world(env.db);
  shared = { f, clients: await clientsFor(f) };
});

it('knows who reads the journal and who only lists the citizen', () => {
  expect(readers).toEqual(['staff', 'unitLeader', 'facilityLeader']);
  expect(others).toEqual(['staffB', 'centerManager', 'caseWorker', 'consultant', 'admin']);
});

describe.each(cases)('$method $route', (c) => {
  it('shows a fresh note’s text to no role without readJournal on its citizen', async () => {
    // Reads share one world; each write route gets its own, so one write (a placement ended, a
    // password changed) changes only that route's later calls.
    const { f, clients } = c.method === 'GET' ? shared : await (async () => {
      const f = await world(env.db);
      return { f, clients: await clientsFor(f) };
    })();
    const leaked: string[] = [];
    const seen: string[] = [];
    const healthSeen: string[] = [];
    for (const role of ROLES) {
      const health = await writeMarkedNote(env.db, f, 'health', HEALTH_MARK);
      const { noteId, marker } = await writeMarkedNote(env.db, f);
      const res = await sendCase(env.db, clients[role], c, { ...f, noteId });
      const text = shown(res);
      if (others.includes(role) && text.includes(MARK)) leaked.push(`${role} (${res.statusCode})`);
      if (readers.includes(role) && text.includes(marker)) seen.push(role);
      if (!healthReaders.includes(role) && text.includes(HEALTH_MARK)) leaked.push(`${role}: health note (${res.statusCode})`);
      if (healthReaders.includes(role) && text.includes(health.marker)) healthSeen.push(role);
      // The same holds for onA's whole CPR number: only its reveal, audited, shows it.
      const mayShowCpr = c.route === '/api/citizens/:citizenId/cpr' || (documentsWithCpr.includes(`${c.method} ${c.route}`) && cprRevealers.includes(role));
      if (!mayShowCpr && [f.cprOnA, `${f.cprOnA.slice(0, 6)}-${f.cprOnA.slice(6)}`].some((n) => text.includes(n))) {
        leaked.push(`${role}: CPR`);
      }
    }
    expect(leaked).toEqual([]);
    if (showsLatestNote.includes(`${c.method} ${c.route}`)) expect(seen).toEqual(readers);
    if (showsHealthNote.includes(`${c.method} ${c.route}`)) expect(healthSeen).toEqual(healthReaders);
  });
});
