import { allEmployees, care, careOnly, everyone, ofOnA, type Case } from '../../../../test/route-cases.js';
import type { Db } from '../../db/index.js';
import type { World } from '../../../../test/world.js';

/** The daily journal and the handover: those who care for onA, never the case worker. Rows of the route × audience matrix (test/route-cases.ts explains them). */
export const accessCases: Case[] = [
  {
    method: 'GET', route: '/api/citizens/:citizenId/notes', url: (f) => `/api/citizens/${f.citizens.onA}/notes`, answers: careOnly(200), otherMunicipality: 404,
    audit: ofOnA('read', 'journal_note_list'),
  },
  {
    method: 'POST', route: '/api/citizens/:citizenId/notes', url: (f) => `/api/citizens/${f.citizens.onA}/notes`,
    body: () => ({ body: 'Vi gik en tur' }), answers: careOnly(201), otherMunicipality: 404,
  },
  {
    method: 'GET', route: '/api/citizens/:citizenId/notes/earlier', url: (f) => `/api/citizens/${f.citizens.onA}/notes/earlier`, answers: careOnly(200),
    otherMunicipality: 404, audit: ofOnA('read', 'journal_note_earlier'),
  },
  {
    // Only the note's author (staff) corrects its text; the leaders add an addendum instead.
    method: 'POST', route: '/api/notes/:noteId/corrections', url: (f) => `/api/notes/${f.noteId}/corrections`,
    body: () => ({ version: 1, body: 'Anna var glad og rolig i dag', reason: 'Præcisering' }),
    answers: { ...careOnly(403), staffOfCitizensUnit: 200 }, otherMunicipality: 404,
  },
  {
    method: 'POST', route: '/api/notes/:noteId/addenda', url: (f) => `/api/notes/${f.noteId}/addenda`,
    body: () => ({ body: 'Anna fortalte senere, at hun havde sovet dårligt' }), answers: careOnly(201), otherMunicipality: 404,
  },
  { method: 'GET', route: '/api/journal/topics', url: () => '/api/journal/topics', answers: everyone(200), audit: 'none' },
  { method: 'GET', route: '/api/journal/retention', url: () => '/api/journal/retention', answers: everyone(200), audit: 'none' },
  {
    method: 'POST', route: '/api/notes/:noteId/mark-error', url: (f) => `/api/notes/${f.noteId}/mark-error`,
    body: () => ({ version: 1, reason: 'Skrevet på forkert borger' }), answers: careOnly(200), otherMunicipality: 404,
  },
  {
    method: 'GET', route: '/api/notes/:noteId/history', url: (f) => `/api/notes/${f.noteId}/history`, answers: careOnly(200), otherMunicipality: 404,
    audit: ofOnA('read', 'journal_note'),
  },
  {
    method: 'GET', route: '/api/handover', url: () => '/api/handover', answers: allEmployees(200),
    // The fixture's note on onA is the only one written in the last shifts.
    audit: { action: 'read', entity: 'handover', citizens: (f, who) => (care.includes(who) ? [f.citizens.onA] : []) },
  },
];

declare module '../../../../test/route-cases.js' {
  interface Fixture {
    /** A note on citizen onA, by staff. */
    noteId: string;
  }
}

/** A note on onA, by staff, with its first version as the journal keeps it. */
export const accessFixture = async (db: Db, w: World) => {
  const [note] = await db.query<{ id: string }>(
    `INSERT INTO journal_notes (municipality_id, citizen_id, author_id, body) VALUES ($1, $2, $3, 'Anna var glad i dag') RETURNING id`,
    [w.municipalityId, w.citizens.onA, w.users.staff.id],
  );
  await db.query(`INSERT INTO journal_note_revisions (municipality_id, note_id, version, body, author_id) VALUES ($1, $2, 1, 'Anna var glad i dag', $3)`, [
    w.municipalityId, note.id, w.users.staff.id,
  ]);
  return { noteId: note.id };
};
