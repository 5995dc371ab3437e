import { each, allEmployees, leaders, readRecord, leadersOnly, listed, ofOnA, onAIfListed, type Case } from '../../../../test/route-cases.js';
import type { Db } from '../../db/index.js';
import type { World } from '../../../../test/world.js';

/** The citizen record, its search, relatives and Mine borgere as a spreadsheet. Rows of the route × audience matrix (test/route-cases.ts explains them). */
export const accessCases: Case[] = [
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
  // Mine borgere as a spreadsheet: whoever may list citizens, each their own list.
  {
    method: 'GET', route: '/api/citizens/export.xlsx', url: () => '/api/citizens/export.xlsx', answers: allEmployees(200),
    audit: { action: 'export', entity: 'citizen_list', citizens: listed },
  },
];

declare module '../../../../test/route-cases.js' {
  interface Fixture {
    /** A relative of citizen onA's. */
    relativeId: string;
    /** onA's CPR number (for the CPR search). */
    cprOnA: string;
  }
}

/** A relative of onA's, and onA's CPR number for the search. */
export const accessFixture = async (db: Db, w: World) => {
  const [relative] = await db.query<{ id: string }>(
    `INSERT INTO relatives (municipality_id, citizen_id, name, relation) VALUES ($1, $2, 'Birthe Andersen', 'Mor') RETURNING id`,
    [w.municipalityId, w.citizens.onA],
  );
  const [{ cpr }] = await db.query<{ cpr: string }>(`SELECT cpr FROM citizens WHERE id = $1`, [w.citizens.onA]);
  return { relativeId: relative.id, cprOnA: cpr };
};
