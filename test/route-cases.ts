/**
 * Every API route as a callable case with fixtures: the authorization matrix and the bad-input
 * tests both read this table.
 */
import type { Db } from '../src/server/db/index.js';
import { TEST_PASSWORD, worldUsers, type World, type WorldUser } from './world.js';

export const ROLES = Object.keys(worldUsers) as WorldUser[];
// Column order of every expectation row below.
// staff, staffB, unitLeader, facilityLeader, centerManager, caseWorker, consultant, admin

export interface Fixture extends World {
  goalId: string;
  noteId: string;
  relativeId: string;
  interventionId: string;
  cprOnA: string;
  /** The unit leader (of unit A) covering unit B right now. */
  coverId: string;
}

/** Adds a goal, a note (by staff), a relative to citizen onA, as plain SQL. */
export async function withFixtures(db: Db, w: World): Promise<Fixture> {
  const [area] = await db.query<{ code: string }>(
    `SELECT code FROM ffb_concepts WHERE parent_code = '93433530-b85c-4d04-a4fb-5ae26cf16f1c' ORDER BY sort_order LIMIT 1`,
  );
  const [goal] = await db.query<{ id: string }>(
    `INSERT INTO goals (municipality_id, citizen_id, title, ffb_area_code, goal_type_code, target_level_code, start_date, next_follow_up_date, created_by)
     VALUES ($1, $2, 'Jeg vil selv handle ind', $3, 'd41c8072-52f8-42b5-9375-ddbea454d27f', '8328ce4a-6238-4f73-bf1a-74aadb68eff8', '2026-01-01', '2026-03-01', $4) RETURNING id`,
    [w.municipalityId, w.citizens.onA, area.code, w.users.staff.id],
  );
  const [note] = await db.query<{ id: string }>(
    `INSERT INTO journal_notes (municipality_id, citizen_id, author_id, body) VALUES ($1, $2, $3, 'Anna var glad i dag') RETURNING id`,
    [w.municipalityId, w.citizens.onA, w.users.staff.id],
  );
  await db.query(`INSERT INTO journal_note_revisions (municipality_id, note_id, version, body, author_id) VALUES ($1, $2, 1, 'Anna var glad i dag', $3)`, [
    w.municipalityId, note.id, w.users.staff.id,
  ]);
  const [relative] = await db.query<{ id: string }>(
    `INSERT INTO relatives (municipality_id, citizen_id, name, relation) VALUES ($1, $2, 'Birthe Andersen', 'Mor') RETURNING id`,
    [w.municipalityId, w.citizens.onA],
  );
  const [intervention] = await db.query<{ id: string }>(`SELECT id FROM interventions WHERE citizen_id = $1`, [w.citizens.onA]);
  const [{ cpr }] = await db.query<{ cpr: string }>(`SELECT cpr FROM citizens WHERE id = $1`, [w.citizens.onA]);
  const [cover] = await db.query<{ id: string }>(
    `INSERT INTO unit_covers (municipality_id, user_id, unit_id, reason, ends_at) VALUES ($1, $2, $3, 'Nattevagt', now() + interval '8 hours') RETURNING id`,
    [w.municipalityId, w.users.unitLeader.id, w.units.unitB],
  );
  return { ...w, goalId: goal.id, noteId: note.id, relativeId: relative.id, interventionId: intervention.id, cprOnA: cpr, coverId: cover.id };
}

export type Expect = [number, number, number, number, number, number, number, number];
export interface Case {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  route: string;
  url: (f: Fixture) => string;
  body?: (f: Fixture) => unknown;
  /** Answers for each role on records of their own municipality (column order above). */
  own: Expect;
  /** Answer for every role when the ids belong to another municipality; omitted for routes without ids. */
  other?: number;
}

const all = (s: number): Expect => [s, s, s, s, s, s, s, s];
const adminOnly = (s: number): Expect => [403, 403, 403, 403, 403, 403, 403, s];
// Who sees citizen onA (placed on unit A, assigned to the case worker).
const readRecord: Expect = [200, 404, 200, 200, 404, 200, 404, 404];
const journal = (s: number): Expect => [s, 404, s, s, 404, 403, 404, 404];
const leadersOfCitizen = (s: number): Expect => [403, 404, s, s, 404, 403, 404, 404];
const editPlan = (s: number): Expect => [s, 404, s, s, 404, 403, 404, 404];

const goalBody = () => ({
  title: 'Jeg vil lave mad selv',
  ffbAreaCode: 'ffb-area',
  goalTypeCode: 'd41c8072-52f8-42b5-9375-ddbea454d27f',
  targetLevelCode: '8328ce4a-6238-4f73-bf1a-74aadb68eff8',
  startDate: '2026-02-01',
});

export const cases: Case[] = [
  { method: 'GET', route: '/api/auth/session', url: () => '/api/auth/session', own: all(200) },
  { method: 'POST', route: '/api/auth/logout', url: () => '/api/auth/logout', own: all(200) },
  {
    method: 'POST', route: '/api/auth/password', url: () => '/api/auth/password',
    body: () => ({ currentPassword: TEST_PASSWORD, newPassword: 'another-password-9' }), own: all(200),
  },
  { method: 'GET', route: '/api/catalogue', url: () => '/api/catalogue', own: all(200) },
  { method: 'GET', route: '/api/citizens', url: () => '/api/citizens', own: all(200) },
  { method: 'POST', route: '/api/citizens/search', url: () => '/api/citizens/search', body: (f) => ({ cpr: f.cprOnA }), own: all(200) },
  { method: 'GET', route: '/api/citizens/:citizenId', url: (f) => `/api/citizens/${f.citizens.onA}`, own: readRecord, other: 404 },
  { method: 'POST', route: '/api/citizens/:citizenId/cpr', url: (f) => `/api/citizens/${f.citizens.onA}/cpr`, own: readRecord, other: 404 },
  {
    method: 'POST', route: '/api/citizens', url: () => '/api/citizens',
    body: (f) => ({
      cpr: '1502901234', firstName: 'Emil', lastName: 'Eriksen', targetGroupCodes: ['autism'],
      placement: { placeId: f.places.placeA2, kindCode: 'long_term_residence', startDate: '2026-01-01' },
    }),
    // A reference in the body to another municipality's place is an unknown place: a field error.
    own: [403, 403, 201, 201, 403, 403, 403, 403], other: 400,
  },
  {
    method: 'PATCH', route: '/api/citizens/:citizenId', url: (f) => `/api/citizens/${f.citizens.onA}`,
    body: () => ({ version: 1, firstName: 'Anne' }), own: leadersOfCitizen(200), other: 404,
  },
  {
    method: 'POST', route: '/api/citizens/:citizenId/relatives', url: (f) => `/api/citizens/${f.citizens.onA}/relatives`,
    body: () => ({ name: 'Ole Andersen', relation: 'Far', consentToShare: true }), own: leadersOfCitizen(201), other: 404,
  },
  {
    method: 'PATCH', route: '/api/citizens/:citizenId/relatives/:relativeId', url: (f) => `/api/citizens/${f.citizens.onA}/relatives/${f.relativeId}`,
    body: () => ({ version: 1, phone: '12345678' }), own: leadersOfCitizen(200), other: 404,
  },
  {
    method: 'DELETE', route: '/api/citizens/:citizenId/relatives/:relativeId', url: (f) => `/api/citizens/${f.citizens.onA}/relatives/${f.relativeId}`,
    own: leadersOfCitizen(204), other: 404,
  },
  {
    method: 'POST', route: '/api/citizens/:citizenId/interventions', url: (f) => `/api/citizens/${f.citizens.onA}/interventions`,
    body: () => ({ kindCode: 'support_contact', startDate: '2026-01-01' }), own: leadersOfCitizen(201), other: 404,
  },
  {
    method: 'POST', route: '/api/interventions/:interventionId/end', url: (f) => `/api/interventions/${f.interventionId}/end`,
    body: () => ({ version: 1, endDate: '2026-06-01' }), own: leadersOfCitizen(200), other: 404,
  },
  { method: 'GET', route: '/api/citizens/:citizenId/goals', url: (f) => `/api/citizens/${f.citizens.onA}/goals`, own: readRecord, other: 404 },
  {
    method: 'POST', route: '/api/citizens/:citizenId/goals', url: (f) => `/api/citizens/${f.citizens.onA}/goals`,
    body: goalBody, own: editPlan(201), other: 404,
  },
  { method: 'GET', route: '/api/citizens/:citizenId/plan.pdf', url: (f) => `/api/citizens/${f.citizens.onA}/plan.pdf`, own: readRecord, other: 404 },
  { method: 'GET', route: '/api/goals/:goalId', url: (f) => `/api/goals/${f.goalId}`, own: readRecord, other: 404 },
  {
    method: 'PATCH', route: '/api/goals/:goalId', url: (f) => `/api/goals/${f.goalId}`,
    body: () => ({ version: 1, title: 'Jeg vil selv handle ind i Netto' }), own: editPlan(200), other: 404,
  },
  {
    method: 'POST', route: '/api/goals/:goalId/status', url: (f) => `/api/goals/${f.goalId}/status`,
    body: () => ({ version: 1, status: 'paused', reason: 'Indlagt' }), own: editPlan(200), other: 404,
  },
  {
    method: 'POST', route: '/api/goals/:goalId/follow-ups', url: (f) => `/api/goals/${f.goalId}/follow-ups`,
    body: () => ({ followUpDate: '2026-03-01', progress: 'improved', note: 'Går fint', continues: true }), own: editPlan(201), other: 404,
  },
  { method: 'GET', route: '/api/follow-ups/due', url: () => '/api/follow-ups/due', own: all(200) },
  { method: 'GET', route: '/api/citizens/:citizenId/notes', url: (f) => `/api/citizens/${f.citizens.onA}/notes`, own: journal(200), other: 404 },
  {
    method: 'POST', route: '/api/citizens/:citizenId/notes', url: (f) => `/api/citizens/${f.citizens.onA}/notes`,
    body: () => ({ body: 'Vi gik en tur' }), own: journal(201), other: 404,
  },
  {
    method: 'POST', route: '/api/notes/:noteId/corrections', url: (f) => `/api/notes/${f.noteId}/corrections`,
    body: () => ({ version: 1, body: 'Anna var glad og rolig i dag', reason: 'Præcisering' }), own: journal(200), other: 404,
  },
  {
    method: 'POST', route: '/api/notes/:noteId/mark-error', url: (f) => `/api/notes/${f.noteId}/mark-error`,
    body: () => ({ version: 1, reason: 'Skrevet på forkert borger' }), own: journal(200), other: 404,
  },
  { method: 'GET', route: '/api/notes/:noteId/history', url: (f) => `/api/notes/${f.noteId}/history`, own: journal(200), other: 404 },
  { method: 'GET', route: '/api/handover', url: () => '/api/handover', own: all(200) },
  { method: 'GET', route: '/api/org-units', url: () => '/api/org-units', own: all(200) },
  {
    method: 'POST', route: '/api/org-units', url: () => '/api/org-units',
    body: (f) => ({ parentId: f.units.facility1, kind: 'unit', name: 'Afdeling D' }), own: adminOnly(201), other: 404,
  },
  {
    method: 'PATCH', route: '/api/org-units/:id', url: (f) => `/api/org-units/${f.units.unitA}`,
    body: () => ({ version: 1, name: 'Afdeling Aa' }), own: adminOnly(200), other: 404,
  },
  {
    method: 'POST', route: '/api/places', url: () => '/api/places',
    body: (f) => ({ unitId: f.units.unitA, name: 'Lejlighed 9', legalBasis: '§108', targetGroupCodes: ['autism'] }), own: adminOnly(201), other: 404,
  },
  {
    method: 'PATCH', route: '/api/places/:id', url: (f) => `/api/places/${f.places.placeA2}`,
    body: () => ({ version: 1, name: 'Lejlighed 2B' }), own: adminOnly(200), other: 404,
  },
  { method: 'GET', route: '/api/facilities', url: () => '/api/facilities', own: all(200) },
  {
    method: 'GET', route: '/api/facilities/:id', url: (f) => `/api/facilities/${f.units.facility1}`,
    own: [403, 403, 200, 200, 200, 403, 200, 200], other: 404,
  },
  // Record-reading roles granted on facility 1: its leaders (the unit leader of unit A too).
  {
    method: 'GET', route: '/api/facilities/:id/role-grants', url: (f) => `/api/facilities/${f.units.facility1}/role-grants`,
    own: [403, 403, 200, 200, 403, 403, 403, 403], other: 404,
  },
  // Admins all users; leaders and staff the users of their part of the tree (to pick a responsible person).
  { method: 'GET', route: '/api/users', url: () => '/api/users', own: [200, 200, 200, 200, 200, 403, 200, 200] },
  {
    method: 'POST', route: '/api/users', url: () => '/api/users',
    body: (f) => ({ username: `ny-${f.municipalityId.slice(0, 8)}`, displayName: 'Ny Medarbejder', password: 'long-enough-pw', roles: [{ role: 'staff', orgUnitId: f.units.unitA }] }),
    own: adminOnly(201), other: 400,
  },
  {
    method: 'PATCH', route: '/api/users/:id', url: (f) => `/api/users/${f.users.staffB.id}`,
    // staffB works in facility 2: those who cannot see that user get 404, those who can but may not edit 403.
    body: () => ({ version: 1, displayName: 'Omdøbt' }), own: [404, 403, 404, 404, 403, 404, 403, 200], other: 404,
  },
  { method: 'GET', route: '/api/unit-covers', url: () => '/api/unit-covers', own: all(200) },
  { method: 'GET', route: '/api/unit-covers/units', url: () => '/api/unit-covers/units', own: all(200) },
  {
    method: 'POST', route: '/api/unit-covers', url: () => '/api/unit-covers',
    body: (f) => ({ unitId: f.units.unitB, hours: 8, reason: 'Nattevagt for Afdeling B' }),
    // Those with a role on a unit of facility 1 cover its other unit B; the unit leader already does (the fixture): 409.
    own: [201, 403, 409, 403, 403, 403, 403, 403], other: 404,
  },
  {
    method: 'POST', route: '/api/unit-covers/:coverId/end', url: (f) => `/api/unit-covers/${f.coverId}/end`,
    // The one covering, or a leader of the covered unit; to everyone else the cover is not there.
    own: [404, 404, 200, 200, 404, 404, 404, 404], other: 404,
  },
  // One's own: what was done in one's name (no citizen named).
  { method: 'GET', route: '/api/access-log/mine', url: () => '/api/access-log/mine', own: all(200) },
  { method: 'GET', route: '/api/citizens/:citizenId/access-log', url: (f) => `/api/citizens/${f.citizens.onA}/access-log`, own: leadersOfCitizen(200), other: 404 },
  // Mine borgere as a spreadsheet: whoever may list citizens, each their own list.
  { method: 'GET', route: '/api/citizens/export.xlsx', url: () => '/api/citizens/export.xlsx', own: all(200) },
];


/** Puts a real goal-area code where a body says 'ffb-area' (the codes are data, read from ffb_concepts). */
export async function resolveBody(db: Db, body: unknown): Promise<unknown> {
  const text = JSON.stringify(body);
  if (!text?.includes('ffb-area')) return body;
  const [area] = await db.query<{ code: string }>(
    `SELECT code FROM ffb_concepts WHERE parent_code = '93433530-b85c-4d04-a4fb-5ae26cf16f1c' ORDER BY sort_order LIMIT 1`,
  );
  return JSON.parse(text.replace('ffb-area', area.code));
}
