import { randomUUID } from 'node:crypto';
import { allEmployees, ofOnA, type Answers, type Case } from '../../../../test/route-cases.js';
import type { Db } from '../../db/index.js';
import type { World } from '../../../../test/world.js';
import { todayInCopenhagen } from '../../../domain/dates.js';
import { copenhagenInstant, daysBefore } from '../../../domain/medication/clock.js';
import { insertLine } from './fixtures.js';

/**
 * Medicine rounds are health records: read and written by those treating onA now (staff and the
 * leader of unit A); the facility leader above the unit and the assigned case worker see onA but
 * get 403; everyone else 404. A leader's late and missed doses: the unit leader only.
 */
const treating = (s: number): Answers => ({ others: 404, staffOfCitizensUnit: s, leaderOfCitizensUnit: s, leaderOfCitizensFacility: 403, caseWorkerAssigned: 403 });
/** A unit's lists: those treating its citizens; the leader above sees the unit (403); the case worker has no unit (404). */
const unitTreating = (s: number): Answers => ({ others: 404, staffOfCitizensUnit: s, leaderOfCitizensUnit: s, leaderOfCitizensFacility: 403 });
const yesterdayAt8 = () => copenhagenInstant(daysBefore(todayInCopenhagen(), 1), '08:00').toISOString();

export const accessCases: Case[] = [
  { method: 'GET', route: '/api/medicine-rounds', url: () => '/api/medicine-rounds', answers: allEmployees(200), audit: 'none' },
  {
    method: 'GET', route: '/api/medicine-rounds/:unitId', url: (f) => `/api/medicine-rounds/${f.units.unitA}`, answers: unitTreating(200), otherMunicipality: 404,
    audit: ofOnA('read', 'medicine_round'),
  },
  {
    method: 'GET', route: '/api/medicine-rounds/:unitId/pn-use', url: (f) => `/api/medicine-rounds/${f.units.unitA}/pn-use`, answers: unitTreating(200), otherMunicipality: 404,
    audit: ofOnA('read', 'pn_use'),
  },
  {
    method: 'GET', route: '/api/medicine-round-flags', url: () => '/api/medicine-round-flags', answers: { others: 403, leaderOfCitizensUnit: 200 },
    // Yesterday's 08:00 dose of onA was never registered: missed.
    audit: ofOnA('read', 'medicine_round_flags'),
  },
  {
    method: 'POST', route: '/api/medicine-administrations', url: () => '/api/medicine-administrations',
    body: (f) => ({ clientId: randomUUID(), lineId: f.roundLineId, scheduledFor: yesterdayAt8(), outcome: 'refused', reason: 'Ville ikke' }),
    answers: treating(201), otherMunicipality: 404,
  },
  {
    method: 'POST', route: '/api/medicine-administrations/pn', url: () => '/api/medicine-administrations/pn',
    body: (f) => ({ clientId: randomUUID(), lineId: f.pnLineId, pnReason: 'Hovedpine' }),
    answers: treating(201), otherMunicipality: 404,
  },
  {
    method: 'POST', route: '/api/medicine-administrations/:administrationId/effect', url: (f) => `/api/medicine-administrations/${f.pnAdministrationId}/effect`,
    body: () => ({ effect: 'Hovedpinen gik over' }),
    answers: treating(200), otherMunicipality: 404,
  },
];

declare module '../../../../test/route-cases.js' {
  interface Fixture {
    /** A fixed line on onA's card, one tablet at 08:00. */
    roundLineId: string;
    /** A PN line on onA's card. */
    pnLineId: string;
    /** A PN dose given to onA two hours ago, its effect not recorded. */
    pnAdministrationId: string;
  }
}

export const accessFixture = async (db: Db, w: World) => {
  const base = { municipalityId: w.municipalityId, citizenId: w.citizens.onA, createdBy: w.users.staff.id };
  const roundLineId = await insertLine(db, base);
  const pnLineId = await insertLine(db, { ...base, kind: 'pn' });
  const [pn] = await db.query<{ id: string }>(
    `INSERT INTO medicine_administrations (municipality_id, citizen_id, line_id, line_version, unit_id, outcome, dose, given_at, pn_reason, effect_due_at, client_id, registered_by)
     VALUES ($1, $2, $3, 1, $4, 'given', 1, now() - interval '2 hours', 'Uro', now() - interval '1 hour', gen_random_uuid(), $5) RETURNING id`,
    [w.municipalityId, w.citizens.onA, pnLineId, w.units.unitA, w.users.staff.id],
  );
  return { roundLineId, pnLineId, pnAdministrationId: pn.id };
};
