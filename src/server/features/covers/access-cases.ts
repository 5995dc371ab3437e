import { each, everyone, allEmployees, leaders, type Case } from '../../../../test/route-cases.js';
import type { Db } from '../../db/index.js';
import type { World } from '../../../../test/world.js';

/** Covers of another unit (vagtdækning). Rows of the route × audience matrix (test/route-cases.ts explains them). */
export const accessCases: Case[] = [
  { method: 'GET', route: '/api/unit-covers', url: () => '/api/unit-covers', answers: allEmployees(200), audit: 'none' },
  { method: 'GET', route: '/api/unit-covers/settings', url: () => '/api/unit-covers/settings', answers: everyone(200), audit: 'none' },
  { method: 'GET', route: '/api/unit-covers/units', url: () => '/api/unit-covers/units', answers: allEmployees(200), audit: 'none' },
  {
    method: 'POST', route: '/api/unit-covers', url: () => '/api/unit-covers',
    body: (f) => ({ unitId: f.units.unitB, hours: 8, reason: 'Nattevagt for Afdeling B' }),
    // Those with a role on a unit of facility 1 cover its other unit B; the unit leader already does (the fixture): 409.
    answers: { others: 403, staffOfCitizensUnit: 201, leaderOfCitizensUnit: 409 }, otherMunicipality: 404,
  },
  {
    method: 'POST', route: '/api/unit-covers/:coverId/end', url: (f) => `/api/unit-covers/${f.coverId}/end`,
    // The one covering, or a leader of the covered unit; to everyone else the cover is not there.
    answers: { others: 404, ...each(leaders, 200) }, otherMunicipality: 404,
  },
];

declare module '../../../../test/route-cases.js' {
  interface Fixture {
    /** The unit leader (of unit A) covering unit B right now. */
    coverId: string;
  }
}

/** The unit leader of unit A covering unit B right now. */
export const accessFixture = async (db: Db, w: World) => {
  const [cover] = await db.query<{ id: string }>(
    `INSERT INTO unit_covers (municipality_id, user_id, unit_id, reason, ends_at) VALUES ($1, $2, $3, 'Nattevagt', now() + interval '8 hours') RETURNING id`,
    [w.municipalityId, w.users.unitLeader.id, w.units.unitB],
  );
  return { coverId: cover.id };
};
