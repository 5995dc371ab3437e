import { allEmployees, type Case } from '../../../../test/route-cases.js';

/** The catalogues (intervention kinds, target groups): every employee. Rows of the route × audience matrix (test/route-cases.ts explains them). */
export const accessCases: Case[] = [
  { method: 'GET', route: '/api/catalogue', url: () => '/api/catalogue', answers: allEmployees(200), audit: 'none' },
];
