import { leadersOnly, type Case } from '../../../../test/route-cases.js';
import type { Db } from '../../db/index.js';
import type { World } from '../../../../test/world.js';

/** Interventions and placements on citizen onA: its leaders. Rows of the route × audience matrix (test/route-cases.ts explains them). */
export const accessCases: Case[] = [
  {
    method: 'POST', route: '/api/citizens/:citizenId/interventions', url: (f) => `/api/citizens/${f.citizens.onA}/interventions`,
    body: (f) => ({ kindCode: 'support_contact', unitId: f.units.unitA, startDate: '2026-01-01' }), answers: leadersOnly(201), otherMunicipality: 404,
  },
  {
    method: 'POST', route: '/api/interventions/:interventionId/end', url: (f) => `/api/interventions/${f.interventionId}/end`,
    body: () => ({ version: 1, endDate: '2026-06-01', endReasonCode: 'moved', destinationCode: 'own_home' }), answers: leadersOnly(200), otherMunicipality: 404,
  },
];

declare module '../../../../test/route-cases.js' {
  interface Fixture {
    /** onA's stay on unit A (the world places onA). */
    interventionId: string;
  }
}

/** onA's stay on unit A, as the world made it. */
export const accessFixture = async (db: Db, w: World) => {
  const [intervention] = await db.query<{ id: string }>(`SELECT id FROM interventions WHERE citizen_id = $1`, [w.citizens.onA]);
  return { interventionId: intervention.id };
};
