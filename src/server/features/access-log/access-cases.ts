import { everyone, leadersOnly, ofOnA, type Case } from '../../../../test/route-cases.js';

/** Who used a citizen’s data, and what was done in one’s own name. Rows of the route × audience matrix (test/route-cases.ts explains them). */
export const accessCases: Case[] = [
  // One's own: what was done in one's name (no citizen named).
  { method: 'GET', route: '/api/access-log/mine', url: () => '/api/access-log/mine', answers: everyone(200), audit: 'none' },
  {
    method: 'GET', route: '/api/citizens/:citizenId/access-log', url: (f) => `/api/citizens/${f.citizens.onA}/access-log`,
    answers: leadersOnly(200), otherMunicipality: 404, audit: ofOnA('read', 'access_log'),
  },
];
