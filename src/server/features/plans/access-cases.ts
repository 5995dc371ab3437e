import { allEmployees, readRecord, careOnly, ofOnA, onAIfListed, type Case } from '../../../../test/route-cases.js';
import type { Db } from '../../db/index.js';
import type { World } from '../../../../test/world.js';

const goalBody = () => ({
  title: 'Jeg vil lave mad selv',
  ffbConditionCode: 'b947f321-7cdb-4b33-9653-f3ff800572b0',
  goalTypeCode: 'd41c8072-52f8-42b5-9375-ddbea454d27f',
  targetLevelCode: '8328ce4a-6238-4f73-bf1a-74aadb68eff8',
  startDate: '2026-02-01',
});

/** Goals, follow-ups, the due list and the plan as PDF. Rows of the route × audience matrix (test/route-cases.ts explains them). */
export const accessCases: Case[] = [
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
    method: 'GET', route: '/api/citizens/:citizenId/wishes', url: (f) => `/api/citizens/${f.citizens.onA}/wishes`, answers: readRecord, otherMunicipality: 404,
    audit: ofOnA('read', 'wish_list'),
  },
  {
    method: 'POST', route: '/api/citizens/:citizenId/wishes', url: (f) => `/api/citizens/${f.citizens.onA}/wishes`,
    body: () => ({ text: 'At se min søster hver uge', wishDate: '2026-02-01' }), answers: careOnly(201), otherMunicipality: 404,
  },
  {
    method: 'PATCH', route: '/api/wishes/:wishId', url: (f) => `/api/wishes/${f.wishId}`,
    body: () => ({ version: 1, text: 'At bo i egen lejlighed' }), answers: careOnly(200), otherMunicipality: 404,
  },
  {
    method: 'GET', route: '/api/citizens/:citizenId/assessments', url: (f) => `/api/citizens/${f.citizens.onA}/assessments`, answers: readRecord,
    otherMunicipality: 404, audit: ofOnA('read', 'ffb_assessment'),
  },
  {
    method: 'POST', route: '/api/citizens/:citizenId/assessments', url: (f) => `/api/citizens/${f.citizens.onA}/assessments`,
    body: () => ({ conditionCode: 'b947f321-7cdb-4b33-9653-f3ff800572b0', assessedOn: '2026-02-01', levelCode: '5bdde847-2837-416b-ab63-bbff8b7aa531' }),
    answers: careOnly(201), otherMunicipality: 404,
  },
  { method: 'GET', route: '/api/ffb-codes', url: () => '/api/ffb-codes', answers: allEmployees(200), audit: 'none' },
  {
    method: 'GET', route: '/api/follow-ups/due', url: () => '/api/follow-ups/due', answers: allEmployees(200),
    audit: { action: 'read', entity: 'due_list', citizens: onAIfListed },
  },
];

declare module '../../../../test/route-cases.js' {
  interface Fixture {
    /** A goal of citizen onA's. */
    goalId: string;
    /** A wish of citizen onA's. */
    wishId: string;
  }
}

/** A goal of onA's, set by staff. */
export const accessFixture = async (db: Db, w: World) => {
  // Praktiske opgaver → Købe ind.
  const [goal] = await db.query<{ id: string }>(
    `INSERT INTO goals (municipality_id, citizen_id, title, ffb_area_code, ffb_condition_code, goal_type_code, target_level_code, start_date, next_follow_up_date, created_by)
     VALUES ($1, $2, 'Jeg vil selv handle ind', 'eef71492-65f5-4297-aa95-3c3a6866ddef', '01770afa-cd17-41fe-a966-b8895e4d55d8',
             'd41c8072-52f8-42b5-9375-ddbea454d27f', '8328ce4a-6238-4f73-bf1a-74aadb68eff8', '2026-01-01', '2026-03-01', $3) RETURNING id`,
    [w.municipalityId, w.citizens.onA, w.users.staff.id],
  );
  const [wish] = await db.query<{ id: string }>(
    `INSERT INTO citizen_wishes (municipality_id, citizen_id, text, wish_date, created_by, updated_by) VALUES ($1, $2, 'At bo for mig selv', '2026-01-01', $3, $3) RETURNING id`,
    [w.municipalityId, w.citizens.onA, w.users.staff.id],
  );
  return { goalId: goal.id, wishId: wish.id };
};
