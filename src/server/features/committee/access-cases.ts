import { adminOnly, care, each, type Case } from '../../../../test/route-cases.js';
import type { Db } from '../../db/index.js';
import type { World } from '../../../../test/world.js';
import { insertReferral } from './fixtures.js';

const ofUnplaced = (entity: 'referral_committee') => ({ action: 'read' as const, entity, citizens: (f: World) => [f.citizens.unplaced] });
/** The lists also hold the referrals feature's fixture: onA's referral, offered to unit A (features/referrals/access-cases.ts). */
const withOnA = (f: World) => [f.citizens.unplaced, f.citizens.onA];

/**
 * The matching committee: the committee is every case worker (the authority); the facility is the
 * leaders of the facility a referral is offered to (facility 1's leader; unit A's leader leads
 * another unit: 404); everyone else does not see the referral (404). The waiting list is the
 * committee's, the facility inbox its leaders', the deadlines the authority's, management's and the admin's.
 */
export const accessCases: Case[] = [
  {
    method: 'GET', route: '/api/referrals/:referralId/committee', url: (f) => `/api/referrals/${f.committeeOfferedReferralId}/committee`,
    answers: { others: 404, caseWorkerAssigned: 200, leaderOfCitizensFacility: 200 }, otherMunicipality: 404, audit: ofUnplaced('referral_committee'),
  },
  {
    method: 'POST', route: '/api/referrals/:referralId/transitions', url: (f) => `/api/referrals/${f.committeeOfferedReferralId}/transitions`,
    body: () => ({ action: 'accept', version: 1 }), answers: { others: 404, caseWorkerAssigned: 403, leaderOfCitizensFacility: 201 }, otherMunicipality: 404,
  },
  {
    method: 'GET', route: '/api/facility-referrals', url: () => '/api/facility-referrals',
    answers: { others: 403, ...each(['leaderOfCitizensUnit', 'leaderOfCitizensFacility'], 200) },
    audit: { action: 'read', entity: 'referral_inbox', citizens: (f, who) => (who === 'leaderOfCitizensFacility' ? withOnA(f) : who === 'leaderOfCitizensUnit' ? [f.citizens.onA] : undefined) },
  },
  {
    method: 'GET', route: '/api/citizens/:citizenId/action-plans', url: (f) => `/api/citizens/${f.citizens.onA}/action-plans`,
    answers: { others: 404, ...each(care, 200), caseWorkerAssigned: 200 }, otherMunicipality: 404,
    audit: { action: 'read', entity: 'service_action_plan', citizens: (f) => [f.citizens.onA] },
  },
  {
    method: 'GET', route: '/api/waiting-list', url: () => '/api/waiting-list', answers: { others: 403, caseWorkerAssigned: 200 }, audit: { action: 'read', entity: 'waiting_list', citizens: withOnA },
  },
  {
    method: 'GET', route: '/api/waiting-list/export.xlsx', url: () => '/api/waiting-list/export.xlsx', answers: { others: 403, caseWorkerAssigned: 200 },
    audit: { action: 'export', entity: 'waiting_list_xlsx', citizens: withOnA },
  },
  {
    method: 'POST', route: '/api/referrals/:referralId/purchased-places', url: (f) => `/api/referrals/${f.committeeWaitingReferralId}/purchased-places`,
    body: () => ({ providerName: 'Opholdsstedet Kildevang ApS', dailyRateDkk: 5200, ownDailyRateDkk: 2400, startDate: '2026-11-15' }),
    answers: { others: 404, caseWorkerAssigned: 201 }, otherMunicipality: 404,
  },
  {
    method: 'POST', route: '/api/purchased-places/:purchasedPlaceId/end', url: (f) => `/api/purchased-places/${f.committeePurchasedPlaceId}/end`,
    body: () => ({ version: 1, endDate: '2026-11-30' }), answers: { others: 404, caseWorkerAssigned: 200 }, otherMunicipality: 404,
  },
  {
    method: 'GET', route: '/api/referral-deadlines', url: () => '/api/referral-deadlines',
    answers: { others: 403, caseWorkerAssigned: 200, centerManagementNotAssigned: 200, admin: 200 }, audit: 'none',
  },
  {
    method: 'PATCH', route: '/api/referral-deadlines/:typeCode', url: () => '/api/referral-deadlines/new',
    body: () => ({ days: 42, source: 'Kvalitetsstandard for botilbud 2026, afsnit 4.2' }), answers: adminOnly(200),
  },
];

declare module '../../../../test/route-cases.js' {
  interface Fixture {
    /** A referral for the unplaced citizen by the case worker, offered to facility 1. */
    committeeOfferedReferralId: string;
    /** A referral for the unplaced citizen on the waiting list, no purchased place. */
    committeeWaitingReferralId: string;
    /** A running purchased place for another waiting referral of the unplaced citizen. */
    committeePurchasedPlaceId: string;
  }
}

export const accessFixture = async (db: Db, w: World) => {
  const base = { municipalityId: w.municipalityId, citizenId: w.citizens.unplaced, caseWorkerId: w.users.caseWorker.id };
  const offered = await insertReferral(db, { ...base, state: 'offered', offeredOrgUnitId: w.units.facility1 });
  const waiting = await insertReferral(db, { ...base, state: 'waiting' });
  const withPurchase = await insertReferral(db, { ...base, state: 'waiting', legalBasis: '§107' });
  const [p] = await db.query<{ id: string }>(
    `INSERT INTO purchased_places (municipality_id, referral_id, citizen_id, provider_name, legal_basis, daily_rate_dkk, own_daily_rate_dkk, start_date, created_by)
     VALUES ($1, $2, $3, 'Botilbuddet Skovbrynet', '§107', 5000, 2300, '2026-11-10', $4) RETURNING id`,
    [w.municipalityId, withPurchase, w.citizens.unplaced, w.users.caseWorker.id],
  );
  return { committeeOfferedReferralId: offered, committeeWaitingReferralId: waiting, committeePurchasedPlaceId: p.id };
};
