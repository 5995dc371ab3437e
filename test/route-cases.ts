/**
 * Every API route as a callable case with fixtures: the authorization matrix and the bad-input
 * tests both read this table.
 */
import type { LightMyRequestResponse } from 'fastify';
import type { Db } from '../src/server/db/index.js';
import type { AuditAction } from '../src/server/audit/index.js';
import { TEST_PASSWORD, worldUsers, type World, type WorldUser } from './world.js';
import type { Client } from './http.js';

export const ROLES = Object.keys(worldUsers) as WorldUser[];

export interface Fixture extends World {
  goalId: string;
  noteId: string;
  relativeId: string;
  interventionId: string;
  cprOnA: string;
  /** The unit leader (of unit A) covering unit B right now. */
  coverId: string;
  /** A finished export of staff's, holding onA. */
  exportId: string;
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
  const [exported] = await db.query<{ id: string }>(
    `INSERT INTO export_jobs (municipality_id, requested_by, kind, status, progress, citizen_ids, file_name, content_type, file, finished_at)
     VALUES ($1, $2, 'citizen_list', 'done', 100, ARRAY[$3::uuid], 'mine-borgere.xlsx', 'application/octet-stream', '\\x00'::bytea, now()) RETURNING id`,
    [w.municipalityId, w.users.staff.id, w.citizens.onA],
  );
  return {
    ...w, goalId: goal.id, noteId: note.id, relativeId: relative.id, interventionId: intervention.id, cprOnA: cpr, coverId: cover.id, exportId: exported.id,
  };
}

/**
 * The audiences of the matrix: who a caller is to the records the cases touch — citizen onA
 * (placed on unit A of facility 1, assigned to the case worker) with its goal, note, relative and
 * intervention; unit A, facility 1 and their places; staffB's account; the unit leader's cover of
 * unit B. Each audience is played by one or more users of the test world, and every world user
 * plays exactly one. A row names only the audiences that do not get its default (`others`), so a
 * new role (the portal's citizen and relative) is a new audience and world user, not a new column.
 */
export const audiences = {
  staffOfCitizensUnit: { is: "staff of the citizen's unit (A)", users: ['staff'], employee: true },
  staffOfAnotherFacility: { is: 'staff of a unit of another facility (C)', users: ['staffB'], employee: true },
  leaderOfCitizensUnit: { is: "leader of the citizen's unit (A), covering unit B", users: ['unitLeader'], employee: true },
  leaderOfCitizensFacility: { is: "leader of the citizen's facility (1)", users: ['facilityLeader'], employee: true },
  caseWorkerAssigned: { is: 'case worker assigned to the citizen', users: ['caseWorker'], employee: true },
  centerManagementNotAssigned: { is: 'center manager or consultant not assigned to the citizen', users: ['centerManager', 'consultant'], employee: true },
  admin: { is: "the municipality's administrator", users: ['admin'], employee: true },
} as const satisfies Record<string, { is: string; users: readonly WorldUser[]; employee: boolean }>;
export type Audience = keyof typeof audiences;
const AUDIENCES = Object.keys(audiences) as Audience[];

/** The audience a world user plays. */
export const audienceOf = (user: WorldUser): Audience =>
  AUDIENCES.find((a) => (audiences[a].users as readonly WorldUser[]).includes(user))!;

/** A row's answers on the caller's own municipality: the audiences named get theirs, every other one `others`. */
export type Answers = { others: number } & Partial<Record<Audience, number>>;

/** The audit row an allowed read writes. */
export interface ReadAudit {
  action: AuditAction;
  entity: string;
  /** The citizens the row names for this audience (any order); undefined: this audience's answer names none and writes no row. */
  citizens: (f: Fixture, who: Audience) => string[] | undefined;
}

export interface Case {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  route: string;
  url: (f: Fixture) => string;
  body?: (f: Fixture) => unknown;
  answers: Answers;
  /** What every audience gets when the ids belong to another municipality; omitted for routes without ids. */
  otherMunicipality?: number;
  /**
   * Set on reads (they change nothing, so they share one world): the audit row each allowed call
   * writes, or 'none' where the answer names no citizen.
   */
  audit?: ReadAudit | 'none';
}

/** The answer a world user gets from a case on their own municipality's records. */
export const answerFor = (c: Case, user: WorldUser): number => c.answers[audienceOf(user)] ?? c.answers.others;
export const isAllowed = (status: number) => status >= 200 && status < 300;
/** The first world user the case allows: acting as them, an answer is about the input, not about access. */
export const allowedUser = (c: Case): WorldUser => ROLES.find((u) => isAllowed(answerFor(c, u)))!;

/** The same answer for each audience listed. */
const each = (list: Audience[], status: number): Partial<Record<Audience, number>> => Object.fromEntries(list.map((a) => [a, status]));

const employees = AUDIENCES.filter((a) => audiences[a].employee);
/** Every signed-in user, whatever their role. */
const everyone = (s: number): Answers => ({ others: s });
/** Every employee of the municipality; the portal's users are not. */
const allEmployees = (s: number): Answers => ({ others: 403, ...each(employees, s) });
const adminOnly = (s: number): Answers => ({ others: 403, admin: s });

// On citizen onA: to whoever may not see onA it is not there (404); those who see it but may not act get 403.
/** Those who care for onA: staff and leaders where onA lives. */
const care: Audience[] = ['staffOfCitizensUnit', 'leaderOfCitizensUnit', 'leaderOfCitizensFacility'];
/** The leaders of unit A and of facility 1, so onA's leaders. */
const leaders: Audience[] = ['leaderOfCitizensUnit', 'leaderOfCitizensFacility'];
/** Who sees onA's record and plan: those who care for onA and its assigned case worker. */
const readRecord: Answers = { others: 404, ...each(care, 200), caseWorkerAssigned: 200 };
/** The journal and the plan's edits: those who care for onA, never the case worker. */
const careOnly = (s: number): Answers => ({ others: 404, ...each(care, s), caseWorkerAssigned: 403 });
/** The record's edits, relatives, interventions and access log: onA's leaders. */
const leadersOnly = (s: number): Answers => ({ others: 404, ...each(leaders, s), staffOfCitizensUnit: 403, caseWorkerAssigned: 403 });

/** The citizens each audience lists (Mine borgere): placed today on a unit where it works or covers, or assigned to it. */
function listed(f: Fixture, who: Audience): string[] {
  const { onA, onB, onC } = f.citizens;
  const lists: Record<Audience, string[]> = {
    staffOfCitizensUnit: [onA],
    staffOfAnotherFacility: [onC],
    leaderOfCitizensUnit: [onA, onB],
    leaderOfCitizensFacility: [onA, onB],
    caseWorkerAssigned: [onA],
    centerManagementNotAssigned: [],
    admin: [],
  };
  return lists[who];
}
/** A read of onA's data: a row naming onA. */
const ofOnA = (action: AuditAction, entity: string): ReadAudit => ({ action, entity, citizens: (f) => [f.citizens.onA] });
/** onA where the audience lists it (onA is the only citizen with a goal, and the one searched for). */
const onAIfListed = (f: Fixture, who: Audience) => listed(f, who).filter((id) => id === f.citizens.onA);

const goalBody = () => ({
  title: 'Jeg vil lave mad selv',
  ffbAreaCode: 'ffb-area',
  goalTypeCode: 'd41c8072-52f8-42b5-9375-ddbea454d27f',
  targetLevelCode: '8328ce4a-6238-4f73-bf1a-74aadb68eff8',
  startDate: '2026-02-01',
});

export const cases: Case[] = [
  { method: 'GET', route: '/api/auth/session', url: () => '/api/auth/session', answers: everyone(200), audit: 'none' },
  { method: 'POST', route: '/api/auth/logout', url: () => '/api/auth/logout', answers: everyone(200) },
  {
    method: 'POST', route: '/api/auth/password', url: () => '/api/auth/password',
    body: () => ({ currentPassword: TEST_PASSWORD, newPassword: 'another-password-9' }), answers: everyone(200),
  },
  { method: 'GET', route: '/api/catalogue', url: () => '/api/catalogue', answers: allEmployees(200), audit: 'none' },
  {
    method: 'GET', route: '/api/citizens', url: () => '/api/citizens', answers: allEmployees(200),
    audit: { action: 'read', entity: 'citizen_list', citizens: listed },
  },
  {
    method: 'POST', route: '/api/citizens/search', url: () => '/api/citizens/search', body: (f) => ({ cpr: f.cprOnA }), answers: allEmployees(200),
    audit: { action: 'search', entity: 'citizen_list', citizens: onAIfListed },
  },
  {
    method: 'GET', route: '/api/citizens/:citizenId', url: (f) => `/api/citizens/${f.citizens.onA}`, answers: readRecord, otherMunicipality: 404,
    audit: ofOnA('read', 'citizen'),
  },
  {
    method: 'POST', route: '/api/citizens/:citizenId/cpr', url: (f) => `/api/citizens/${f.citizens.onA}/cpr`, answers: readRecord, otherMunicipality: 404,
    audit: ofOnA('reveal_cpr', 'citizen'),
  },
  {
    method: 'POST', route: '/api/citizens', url: () => '/api/citizens',
    body: (f) => ({
      cpr: '1502901234', firstName: 'Emil', lastName: 'Eriksen', targetGroupCodes: ['autism'],
      placement: { placeId: f.places.placeA2, kindCode: 'long_term_residence', startDate: '2026-01-01' },
    }),
    // A reference in the body to another municipality's place is an unknown place: a field error.
    answers: { others: 403, ...each(leaders, 201) }, otherMunicipality: 400,
  },
  {
    method: 'PATCH', route: '/api/citizens/:citizenId', url: (f) => `/api/citizens/${f.citizens.onA}`,
    body: () => ({ version: 1, firstName: 'Anne' }), answers: leadersOnly(200), otherMunicipality: 404,
  },
  {
    method: 'POST', route: '/api/citizens/:citizenId/relatives', url: (f) => `/api/citizens/${f.citizens.onA}/relatives`,
    body: () => ({ name: 'Ole Andersen', relation: 'Far', consentToShare: true }), answers: leadersOnly(201), otherMunicipality: 404,
  },
  {
    method: 'PATCH', route: '/api/citizens/:citizenId/relatives/:relativeId', url: (f) => `/api/citizens/${f.citizens.onA}/relatives/${f.relativeId}`,
    body: () => ({ version: 1, phone: '12345678' }), answers: leadersOnly(200), otherMunicipality: 404,
  },
  {
    method: 'DELETE', route: '/api/citizens/:citizenId/relatives/:relativeId', url: (f) => `/api/citizens/${f.citizens.onA}/relatives/${f.relativeId}`,
    answers: leadersOnly(204), otherMunicipality: 404,
  },
  {
    method: 'POST', route: '/api/citizens/:citizenId/interventions', url: (f) => `/api/citizens/${f.citizens.onA}/interventions`,
    body: () => ({ kindCode: 'support_contact', startDate: '2026-01-01' }), answers: leadersOnly(201), otherMunicipality: 404,
  },
  {
    method: 'POST', route: '/api/interventions/:interventionId/end', url: (f) => `/api/interventions/${f.interventionId}/end`,
    body: () => ({ version: 1, endDate: '2026-06-01' }), answers: leadersOnly(200), otherMunicipality: 404,
  },
  {
    method: 'GET', route: '/api/citizens/:citizenId/goals', url: (f) => `/api/citizens/${f.citizens.onA}/goals`, answers: readRecord, otherMunicipality: 404,
    audit: ofOnA('read', 'goal_list'),
  },
  {
    method: 'POST', route: '/api/citizens/:citizenId/goals', url: (f) => `/api/citizens/${f.citizens.onA}/goals`,
    body: goalBody, answers: careOnly(201), otherMunicipality: 404,
  },
  {
    method: 'GET', route: '/api/citizens/:citizenId/plan.pdf', url: (f) => `/api/citizens/${f.citizens.onA}/plan.pdf`, answers: readRecord, otherMunicipality: 404,
    audit: ofOnA('export', 'plan_pdf'),
  },
  { method: 'GET', route: '/api/goals/:goalId', url: (f) => `/api/goals/${f.goalId}`, answers: readRecord, otherMunicipality: 404, audit: ofOnA('read', 'goal') },
  {
    method: 'PATCH', route: '/api/goals/:goalId', url: (f) => `/api/goals/${f.goalId}`,
    body: () => ({ version: 1, title: 'Jeg vil selv handle ind i Netto' }), answers: careOnly(200), otherMunicipality: 404,
  },
  {
    method: 'POST', route: '/api/goals/:goalId/status', url: (f) => `/api/goals/${f.goalId}/status`,
    body: () => ({ version: 1, status: 'paused', reason: 'Indlagt' }), answers: careOnly(200), otherMunicipality: 404,
  },
  {
    method: 'POST', route: '/api/goals/:goalId/follow-ups', url: (f) => `/api/goals/${f.goalId}/follow-ups`,
    body: () => ({ followUpDate: '2026-03-01', progress: 'improved', note: 'Går fint', continues: true }), answers: careOnly(201), otherMunicipality: 404,
  },
  {
    method: 'GET', route: '/api/follow-ups/due', url: () => '/api/follow-ups/due', answers: allEmployees(200),
    audit: { action: 'read', entity: 'due_list', citizens: onAIfListed },
  },
  {
    method: 'GET', route: '/api/citizens/:citizenId/notes', url: (f) => `/api/citizens/${f.citizens.onA}/notes`, answers: careOnly(200), otherMunicipality: 404,
    audit: ofOnA('read', 'journal_note_list'),
  },
  {
    method: 'POST', route: '/api/citizens/:citizenId/notes', url: (f) => `/api/citizens/${f.citizens.onA}/notes`,
    body: () => ({ body: 'Vi gik en tur' }), answers: careOnly(201), otherMunicipality: 404,
  },
  {
    method: 'POST', route: '/api/notes/:noteId/corrections', url: (f) => `/api/notes/${f.noteId}/corrections`,
    body: () => ({ version: 1, body: 'Anna var glad og rolig i dag', reason: 'Præcisering' }), answers: careOnly(200), otherMunicipality: 404,
  },
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
  { method: 'GET', route: '/api/org-units', url: () => '/api/org-units', answers: allEmployees(200), audit: 'none' },
  {
    method: 'POST', route: '/api/org-units', url: () => '/api/org-units',
    body: (f) => ({ parentId: f.units.facility1, kind: 'unit', name: 'Afdeling D' }), answers: adminOnly(201), otherMunicipality: 404,
  },
  {
    method: 'PATCH', route: '/api/org-units/:id', url: (f) => `/api/org-units/${f.units.unitA}`,
    body: () => ({ version: 1, name: 'Afdeling Aa' }), answers: adminOnly(200), otherMunicipality: 404,
  },
  {
    method: 'POST', route: '/api/places', url: () => '/api/places',
    body: (f) => ({ unitId: f.units.unitA, name: 'Lejlighed 9', legalBasis: '§108', targetGroupCodes: ['autism'] }), answers: adminOnly(201), otherMunicipality: 404,
  },
  {
    method: 'PATCH', route: '/api/places/:id', url: (f) => `/api/places/${f.places.placeA2}`,
    body: () => ({ version: 1, name: 'Lejlighed 2B' }), answers: adminOnly(200), otherMunicipality: 404,
  },
  { method: 'GET', route: '/api/facilities', url: () => '/api/facilities', answers: allEmployees(200), audit: 'none' },
  {
    method: 'GET', route: '/api/facilities/:id', url: (f) => `/api/facilities/${f.units.facility1}`,
    // Figures to those above the facility; its occupants (onA, onB) named, and audited, only to those who read them.
    answers: { others: 403, ...each(leaders, 200), centerManagementNotAssigned: 200, admin: 200 }, otherMunicipality: 404,
    audit: {
      action: 'read', entity: 'facility_occupants',
      citizens: (f, who) => (leaders.includes(who) ? [f.citizens.onA, f.citizens.onB] : undefined),
    },
  },
  // Record-reading roles granted on facility 1: its leaders (the unit leader of unit A too).
  {
    method: 'GET', route: '/api/facilities/:id/role-grants', url: (f) => `/api/facilities/${f.units.facility1}/role-grants`,
    answers: { others: 403, ...each(leaders, 200) }, otherMunicipality: 404, audit: 'none',
  },
  // Admins all users; leaders and staff the users of their part of the tree (to pick a responsible person).
  { method: 'GET', route: '/api/users', url: () => '/api/users', answers: { ...allEmployees(200), caseWorkerAssigned: 403 }, audit: 'none' },
  {
    method: 'POST', route: '/api/users', url: () => '/api/users',
    body: (f) => ({ username: `ny-${f.municipalityId.slice(0, 8)}`, displayName: 'Ny Medarbejder', password: 'long-enough-pw', roles: [{ role: 'staff', orgUnitId: f.units.unitA }] }),
    answers: adminOnly(201), otherMunicipality: 400,
  },
  {
    method: 'PATCH', route: '/api/users/:id', url: (f) => `/api/users/${f.users.staffB.id}`,
    // staffB works in facility 2: those who cannot see that user get 404, those who can (staffB themself) but may not edit 403.
    body: () => ({ version: 1, displayName: 'Omdøbt' }),
    answers: { others: 404, staffOfAnotherFacility: 403, centerManagementNotAssigned: 403, admin: 200 }, otherMunicipality: 404,
  },
  { method: 'GET', route: '/api/unit-covers', url: () => '/api/unit-covers', answers: allEmployees(200), audit: 'none' },
  { method: 'GET', route: '/api/unit-covers/units', url: () => '/api/unit-covers/units', answers: allEmployees(200), audit: 'none' },
  {
    method: 'POST', route: '/api/unit-covers', url: () => '/api/unit-covers',
    body: (f) => ({ unitId: f.units.unitB, hours: 8, reason: 'Nattevagt for Afdeling B' }),
    // Those with a role on a unit of facility 1 cover its other unit B; the unit leader already does (the fixture): 409.
    answers: { others: 403, staffOfCitizensUnit: 201, leaderOfCitizensUnit: 409 }, otherMunicipality: 404,
  },
  {
    method: 'POST', route: '/api/unit-covers/:coverId/end', url: (f) => `/api/unit-covers/${f.coverId}/end`,
    // The one covering, or a leader of the covered unit; to everyone else the cover is not there.
    answers: { others: 404, ...each(leaders, 200) }, otherMunicipality: 404,
  },
  // One's own: what was done in one's name (no citizen named).
  { method: 'GET', route: '/api/access-log/mine', url: () => '/api/access-log/mine', answers: everyone(200), audit: 'none' },
  {
    method: 'GET', route: '/api/citizens/:citizenId/access-log', url: (f) => `/api/citizens/${f.citizens.onA}/access-log`,
    answers: leadersOnly(200), otherMunicipality: 404, audit: ofOnA('read', 'access_log'),
  },
  // Mine borgere as a spreadsheet: whoever may list citizens, each their own list.
  {
    method: 'GET', route: '/api/citizens/export.xlsx', url: () => '/api/citizens/export.xlsx', answers: allEmployees(200),
    audit: { action: 'export', entity: 'citizen_list', citizens: listed },
  },
  // Exports as jobs: anyone signed in may ask (the kind's read decides what it holds); only the
  // requester (staff, in the fixture) follows and downloads theirs.
  { method: 'POST', route: '/api/exports', url: () => '/api/exports', body: () => ({ kind: 'citizen_list', params: {} }), answers: everyone(202) },
  { method: 'GET', route: '/api/exports', url: () => '/api/exports', answers: everyone(200), audit: 'none' },
  {
    method: 'GET', route: '/api/exports/:exportId', url: (f) => `/api/exports/${f.exportId}`, answers: { others: 404, staffOfCitizensUnit: 200 },
    otherMunicipality: 404, audit: 'none',
  },
  {
    method: 'GET', route: '/api/exports/:exportId/file', url: (f) => `/api/exports/${f.exportId}/file`, answers: { others: 404, staffOfCitizensUnit: 200 },
    otherMunicipality: 404, audit: ofOnA('read', 'export_file'),
  },
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

/** Calls the case as `client` on `target`'s records (its ids, and a body naming them). */
export async function sendCase(db: Db, client: Client, c: Case, target: Fixture): Promise<LightMyRequestResponse> {
  const url = c.url(target);
  const body = c.body ? await resolveBody(db, c.body(target)) : undefined;
  return c.method === 'GET' ? client.get(url)
    : c.method === 'DELETE' ? client.delete(url)
    : c.method === 'PATCH' ? client.patch(url, body)
    : client.post(url, body);
}
