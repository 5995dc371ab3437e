import { each, allEmployees, adminOnly, leaders, type Case } from '../../../../test/route-cases.js';

/** Users and the record-reading roles granted on a facility. Rows of the route × audience matrix (test/route-cases.ts explains them). */
export const accessCases: Case[] = [
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
];
