import { careOnly, each, leaders, ofOnA, readRecord, type Answers, type Case } from '../../../../test/route-cases.js';
import type { Db } from '../../db/index.js';
import type { World } from '../../../../test/world.js';

const onA = (path: string) => (f: { citizens: { onA: string } }) => `/api/citizens/${f.citizens.onA}/${path}`;
/** Legal representation and consents are kept by onA's leaders; the staff and case worker who read them may not. */
const leadersManage = (s: number): Answers => ({ others: 404, ...each(leaders, s), staffOfCitizensUnit: 403, caseWorkerAssigned: 403 });

/** Key information, legal representation and consents. Rows of the route × audience matrix (test/route-cases.ts explains them). */
export const accessCases: Case[] = [
  { method: 'GET', route: '/api/citizens/:citizenId/key-info', url: onA('key-info'), answers: careOnly(200), otherMunicipality: 404, audit: ofOnA('read', 'key_info') },
  {
    method: 'POST', route: '/api/citizens/:citizenId/professionals', url: onA('professionals'),
    body: () => ({ kind: 'gp', name: 'Læge Anne Friis', organisation: 'Lægerne i Vestergade', phone: '86 12 34 56' }), answers: careOnly(201), otherMunicipality: 404,
  },
  { method: 'DELETE', route: '/api/citizens/:citizenId/professionals/:itemId', url: (f) => onA(`professionals/${f.professionalId}`)(f), answers: careOnly(204), otherMunicipality: 404 },
  {
    method: 'POST', route: '/api/citizens/:citizenId/allergies', url: onA('allergies'),
    body: () => ({ substance: 'Penicillin', reaction: 'Udslæt', severity: 'moderate' }), answers: careOnly(201), otherMunicipality: 404,
  },
  { method: 'DELETE', route: '/api/citizens/:citizenId/allergies/:itemId', url: (f) => onA(`allergies/${f.allergyId}`)(f), answers: careOnly(204), otherMunicipality: 404 },
  { method: 'POST', route: '/api/citizens/:citizenId/aids', url: onA('aids'), body: () => ({ name: 'Rollator', note: 'Udendørs' }), answers: careOnly(201), otherMunicipality: 404 },
  { method: 'DELETE', route: '/api/citizens/:citizenId/aids/:itemId', url: (f) => onA(`aids/${f.aidId}`)(f), answers: careOnly(204), otherMunicipality: 404 },
  {
    method: 'POST', route: '/api/citizens/:citizenId/risk-assessments', url: onA('risk-assessments'),
    body: () => ({ assessedOn: '2026-03-01', confused: 0, irritable: 1, boisterous: 0, verbalThreats: 1, physicalThreats: 0, attackingObjects: 0 }),
    answers: careOnly(201), otherMunicipality: 404,
  },
  {
    method: 'POST', route: '/api/citizens/:citizenId/crisis-plan', url: onA('crisis-plan'),
    body: () => ({ signs: 'Trækker sig', whatHelps: 'Rolig tale', whoToCall: 'Kontaktpersonen' }), answers: careOnly(200), otherMunicipality: 404,
  },
  {
    method: 'GET', route: '/api/citizens/:citizenId/representation', url: onA('representation'), answers: readRecord, otherMunicipality: 404,
    audit: ofOnA('read', 'representation'),
  },
  {
    method: 'POST', route: '/api/citizens/:citizenId/representatives', url: onA('representatives'),
    body: () => ({ kind: 'guardian', name: 'Advokat Jens Lund', scope: 'financial', validFrom: '2026-01-01', validTo: '2027-12-31' }),
    answers: leadersManage(201), otherMunicipality: 404,
  },
  { method: 'DELETE', route: '/api/citizens/:citizenId/representatives/:itemId', url: (f) => onA(`representatives/${f.representativeId}`)(f), answers: leadersManage(204), otherMunicipality: 404 },
  {
    method: 'POST', route: '/api/citizens/:citizenId/consents', url: onA('consents'),
    body: (f) => ({ relativeId: f.relativeId, scopes: ['plan'], givenOn: '2026-01-01' }), answers: leadersManage(201), otherMunicipality: 404,
  },
  {
    method: 'POST', route: '/api/citizens/:citizenId/consents/:consentId/withdraw', url: (f) => onA(`consents/${f.consentId}/withdraw`)(f),
    body: () => ({ withdrawnOn: '2026-03-01' }), answers: leadersManage(200), otherMunicipality: 404,
  },
];

declare module '../../../../test/route-cases.js' {
  interface Fixture {
    /** onA's GP, allergy and aid. */
    professionalId: string;
    allergyId: string;
    aidId: string;
    /** onA's guardian. */
    representativeId: string;
    /** A standing consent of onA's to share the plan with a body. */
    consentId: string;
  }
}

/** onA's key information and representation, as staff and the facility leader registered them. */
export const accessFixture = async (db: Db, w: World) => {
  const base = [w.municipalityId, w.citizens.onA, w.users.staff.id];
  const one = async (sql: string, params: unknown[] = base) => (await db.query<{ id: string }>(sql, params))[0].id;
  return {
    professionalId: await one(`INSERT INTO citizen_professionals (municipality_id, citizen_id, created_by, kind, name) VALUES ($1, $2, $3, 'gp', 'Læge Peter Holm') RETURNING id`),
    allergyId: await one(`INSERT INTO citizen_allergies (municipality_id, citizen_id, created_by, substance, severity) VALUES ($1, $2, $3, 'Nødder', 'severe') RETURNING id`),
    aidId: await one(`INSERT INTO citizen_aids (municipality_id, citizen_id, created_by, name) VALUES ($1, $2, $3, 'Høreapparat') RETURNING id`),
    representativeId: await one(
      `INSERT INTO legal_representatives (municipality_id, citizen_id, created_by, kind, name, scope, valid_from) VALUES ($1, $2, $3, 'guardian', 'Værge Lise Bach', 'both', '2025-01-01') RETURNING id`,
      [w.municipalityId, w.citizens.onA, w.users.facilityLeader.id],
    ),
    consentId: await one(
      `INSERT INTO consents (municipality_id, citizen_id, created_by, recipient_kind, recipient_name, scopes, given_on) VALUES ($1, $2, $3, 'body', 'Jobcentret', '{plan,key_information}', '2025-06-01') RETURNING id`,
      [w.municipalityId, w.citizens.onA, w.users.facilityLeader.id],
    ),
  };
};
