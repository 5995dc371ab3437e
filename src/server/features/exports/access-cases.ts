import { everyone, ofOnA, type Case } from '../../../../test/route-cases.js';

/**
 * Exports as jobs: anyone signed in may ask (the kind's read decides what it holds); only the
 * requester (staff, in the fixture) follows and downloads theirs. Rows of the route × audience
 * matrix (test/route-cases.ts explains them).
 */
export const accessCases: Case[] = [
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
