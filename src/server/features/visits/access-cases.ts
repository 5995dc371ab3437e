import { allEmployees, care, careOnly, each, ofOnA, type Case } from '../../../../test/route-cases.js';
import type { Db } from '../../db/index.js';
import type { World } from '../../../../test/world.js';

/**
 * Visits: read by those who care for onA (the case worker sees the record, not the visits); planned
 * and recorded by the staff and leaders of onA's unit (A) through their own roles; a team's overview
 * read by the team's staff and leaders. Rows of the route × audience matrix (test/route-cases.ts).
 */
export const accessCases: Case[] = [
  {
    method: 'GET', route: '/api/citizens/:citizenId/visits', url: (f) => `/api/citizens/${f.citizens.onA}/visits`, answers: careOnly(200), otherMunicipality: 404,
    audit: ofOnA('read', 'visit'),
  },
  {
    method: 'POST', route: '/api/citizens/:citizenId/visits', url: (f) => `/api/citizens/${f.citizens.onA}/visits`,
    body: (f) => ({ unitId: f.units.unitA, date: '2026-12-08', startTime: '10:00', plannedMinutes: 60, staffIds: [f.users.staff.id], note: 'Indkøb' }),
    answers: careOnly(201), otherMunicipality: 404,
  },
  {
    method: 'POST', route: '/api/visits/:visitId/record', url: (f) => `/api/visits/${f.visitId}/record`,
    body: (f) => ({ version: 1, status: 'done', startTime: '10:05', endTime: '11:00', staffIds: [f.users.staff.id], note: 'Vi handlede ind' }),
    answers: careOnly(200), otherMunicipality: 404,
  },
  { method: 'GET', route: '/api/visit-teams', url: () => '/api/visit-teams', answers: allEmployees(200), audit: 'none' },
  {
    method: 'GET', route: '/api/visit-teams/:unitId', url: (f) => `/api/visit-teams/${f.units.unitA}`,
    answers: { others: 404, ...each(care, 200) }, otherMunicipality: 404,
    audit: { action: 'read', entity: 'team_visits', citizens: (f) => [f.citizens.onA] },
  },
];

declare module '../../../../test/route-cases.js' {
  interface Fixture {
    /** A visit to onA by unit A, planned for staff. */
    visitId: string;
  }
}

/** A visit to onA by unit A, planned for staff. */
export const accessFixture = async (db: Db, w: World) => {
  const [visit] = await db.query<{ id: string }>(
    `INSERT INTO visits (municipality_id, citizen_id, unit_id, planned_date, planned_start, planned_minutes, created_by)
     VALUES ($1, $2, $3, current_date, '10:00', 60, $4) RETURNING id`,
    [w.municipalityId, w.citizens.onA, w.units.unitA, w.users.staff.id],
  );
  await db.query(`INSERT INTO visit_staff (municipality_id, visit_id, user_id, part) VALUES ($1, $2, $3, 'planned')`, [w.municipalityId, visit.id, w.users.staff.id]);
  return { visitId: visit.id };
};
