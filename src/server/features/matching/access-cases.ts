import { each, leaders, type Case } from '../../../../test/route-cases.js';
import type { Db } from '../../db/index.js';
import type { World } from '../../../../test/world.js';
import { DEFAULT_WEIGHTS } from '../../../domain/visitation/weights.js';
import { insertReferral } from './fixtures.js';

/**
 * onA's referral: ranked and read by its case worker (assigned to onA, and on the matching
 * committee); those caring for onA see the citizen but not how facilities scored (403); the rest
 * do not see it (404).
 */
const matchers = (s: number) => ({ others: 404, staffOfCitizensUnit: 403, ...each(leaders, 403), caseWorkerAssigned: s });

/** Matching: rank onA's referral and read its ranking; the weights versions (read by case workers and the admin, added by the admin). */
export const accessCases: Case[] = [
  {
    method: 'POST', route: '/api/referrals/:referralId/ranking', url: (f) => `/api/referrals/${f.matchingReferralId}/ranking`,
    answers: matchers(201), otherMunicipality: 404,
  },
  {
    method: 'GET', route: '/api/referrals/:referralId/ranking', url: (f) => `/api/referrals/${f.matchingReferralId}/ranking`,
    answers: matchers(200), otherMunicipality: 404, audit: { action: 'read', entity: 'referral_ranking', citizens: (f) => [f.citizens.onA] },
  },
  { method: 'GET', route: '/api/matching/weights', url: () => '/api/matching/weights', answers: { others: 403, caseWorkerAssigned: 200, admin: 200 }, audit: 'none' },
  {
    method: 'POST', route: '/api/matching/weights', url: () => '/api/matching/weights',
    body: () => ({ version: '2027-01-tilgaengelighed', weights: { ...DEFAULT_WEIGHTS.weights, availability: 30 }, params: DEFAULT_WEIGHTS.params, note: 'Ledig plads vægter mere.' }),
    answers: { others: 403, admin: 201 },
  },
];

declare module '../../../../test/route-cases.js' {
  interface Fixture {
    /** A submitted § 108 referral for onA by the case worker. */
    matchingReferralId: string;
  }
}

export const accessFixture = async (db: Db, w: World) => ({
  matchingReferralId: await insertReferral(db, w, { citizenId: w.citizens.onA, caseWorkerId: w.users.caseWorker.id, targetGroups: ['social_psychiatry'] }),
});
