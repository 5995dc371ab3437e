/**
 * The vocabulary of the access cases: the fixture, the audiences, the answers and the audit rows a
 * case declares, and how a case is sent. Each feature lists its routes' cases in its own
 * access-cases.ts; test/access-cases.ts collects them for the matrix and the bad-input tests.
 */
import type { LightMyRequestResponse } from 'fastify';
import type { Db } from '../src/server/db/index.js';
import type { AuditAction, AuditEntity } from '../src/server/audit/index.js';
import { worldUsers, type World, type WorldUser } from './world.js';
import type { Client } from './http.js';

export const ROLES = Object.keys(worldUsers) as WorldUser[];

/**
 * The world and the records the cases act on. Each feature adds its own records (`accessFixture`
 * in its access-cases.ts) and declares their keys on this interface there (module augmentation).
 */
export interface Fixture extends World {}

/** A feature's records for the cases, added to the world in plain SQL (test/access-cases.ts runs them all). */
export type AccessFixture = (db: Db, w: World) => Promise<Partial<Fixture>>;

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
  entity: AuditEntity;
  /** The citizens the row names for this audience (any order); undefined: this audience's answer names none and writes no row. */
  citizens: (f: Fixture, who: Audience) => string[] | undefined;
}

export interface Case {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
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
/** The first world user the case allows: acting as them, an answer is about the input, not about access (undefined: none). */
export const allowedUser = (c: Case): WorldUser | undefined => ROLES.find((u) => isAllowed(answerFor(c, u)));

/** The same answer for each audience listed. */
export const each = (list: Audience[], status: number): Partial<Record<Audience, number>> => Object.fromEntries(list.map((a) => [a, status]));

const employees = AUDIENCES.filter((a) => audiences[a].employee);
/** Every signed-in user, whatever their role. */
export const everyone = (s: number): Answers => ({ others: s });
/** Every employee of the municipality; the portal's users are not. */
export const allEmployees = (s: number): Answers => ({ others: 403, ...each(employees, s) });
export const adminOnly = (s: number): Answers => ({ others: 403, admin: s });

// On citizen onA: to whoever may not see onA it is not there (404); those who see it but may not act get 403.
/** Those who care for onA: staff and leaders where onA lives. */
export const care: Audience[] = ['staffOfCitizensUnit', 'leaderOfCitizensUnit', 'leaderOfCitizensFacility'];
/** The leaders of unit A and of facility 1, so onA's leaders. */
export const leaders: Audience[] = ['leaderOfCitizensUnit', 'leaderOfCitizensFacility'];
/** Who sees onA's record and plan: those who care for onA and its assigned case worker. */
export const readRecord: Answers = { others: 404, ...each(care, 200), caseWorkerAssigned: 200 };
/** The journal and the plan's edits: those who care for onA, never the case worker. */
export const careOnly = (s: number): Answers => ({ others: 404, ...each(care, s), caseWorkerAssigned: 403 });
/** The record's edits, relatives, interventions and access log: onA's leaders. */
export const leadersOnly = (s: number): Answers => ({ others: 404, ...each(leaders, s), staffOfCitizensUnit: 403, caseWorkerAssigned: 403 });

/** The citizens each audience lists (Mine borgere): placed today on a unit where it works or covers, or assigned to it. */
export function listed(f: Fixture, who: Audience): string[] {
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
export const ofOnA = (action: AuditAction, entity: AuditEntity): ReadAudit => ({ action, entity, citizens: (f) => [f.citizens.onA] });
/** onA where the audience lists it (onA is the only citizen with a goal, and the one searched for). */
export const onAIfListed = (f: Fixture, who: Audience) => listed(f, who).filter((id) => id === f.citizens.onA);

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
    : c.method === 'PUT' ? client.put(url, body)
    : client.post(url, body);
}
