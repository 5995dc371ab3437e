import { leadersOnly, type Case } from '../../../../test/route-cases.js';

/** Interventions and placements on citizen onA: its leaders. Rows of the route × audience matrix (test/route-cases.ts explains them). */
export const accessCases: Case[] = [
  {
    method: 'POST', route: '/api/citizens/:citizenId/interventions', url: (f) => `/api/citizens/${f.citizens.onA}/interventions`,
    body: () => ({ kindCode: 'support_contact', startDate: '2026-01-01' }), answers: leadersOnly(201), otherMunicipality: 404,
  },
  {
    method: 'POST', route: '/api/interventions/:interventionId/end', url: (f) => `/api/interventions/${f.interventionId}/end`,
    body: () => ({ version: 1, endDate: '2026-06-01' }), answers: leadersOnly(200), otherMunicipality: 404,
  },
];
