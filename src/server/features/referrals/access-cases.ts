import { care, each, ofOnA, type Audience, type Case } from '../../../../test/route-cases.js';
import type { Db } from '../../db/index.js';
import type { World } from '../../../../test/world.js';

/** A referral body the rules accept (codes from the catalogues every database holds). */
export const validReferralBody = () => ({
  legalBasis: '§107',
  targetGroups: ['social_psychiatry'],
  flags: ['substanceUse'],
  urgency: 'normal',
  actionPlan: {
    purpose: 'At borgeren kan mestre eget liv i egen bolig igen.',
    interventionsNeeded: 'Midlertidigt botilbud med recovery-orienteret støtte.',
    expectedDuration: 'Ca. 2 år',
    otherMatters: { housing: 'Søger almen bolig på sigt.', treatment: 'Ambulant psykiatri.' },
  },
});

/** The case worker's, and the leaders' of unit A (where the referral is offered). */
const readers: Audience[] = ['caseWorkerAssigned', 'leaderOfCitizensUnit', 'leaderOfCitizensFacility'];
const caseWorkerOnly = (s: number) => ({ others: 404, ...each(care, 403), caseWorkerAssigned: s });

/**
 * Referrals: onA's case worker creates, reads, edits and attaches; a referral offered to unit A is
 * read by that unit's and facility's leaders, who may not edit it; staff where onA lives report a
 * re-visitation. Rows of the route × audience matrix (test/route-cases.ts).
 */
export const accessCases: Case[] = [
  { method: 'GET', route: '/api/referral-catalogue', url: () => '/api/referral-catalogue', answers: { others: 200 }, audit: 'none' },
  {
    method: 'GET', route: '/api/referrals', url: () => '/api/referrals', answers: { others: 200 },
    // Facility 1's leader also lists the committee fixture's referral of `unplaced`, offered to facility 1.
    audit: { action: 'read', entity: 'referral_list', citizens: (f, who) => (who === 'leaderOfCitizensFacility' ? [f.citizens.onA, f.citizens.unplaced] : readers.includes(who) ? [f.citizens.onA] : undefined) },
  },
  {
    method: 'POST', route: '/api/citizens/:citizenId/referrals', url: (f) => `/api/citizens/${f.citizens.onA}/referrals`,
    body: validReferralBody, answers: caseWorkerOnly(201), otherMunicipality: 404,
  },
  {
    method: 'GET', route: '/api/citizens/:citizenId/referrals', url: (f) => `/api/citizens/${f.citizens.onA}/referrals`,
    answers: caseWorkerOnly(200), otherMunicipality: 404, audit: ofOnA('read', 'referral'),
  },
  {
    method: 'GET', route: '/api/referrals/:referralId', url: (f) => `/api/referrals/${f.referralId}`,
    answers: { others: 404, ...each(readers, 200) }, otherMunicipality: 404, audit: ofOnA('read', 'referral'),
  },
  {
    method: 'PATCH', route: '/api/referrals/:referralId', url: (f) => `/api/referrals/${f.referralId}`,
    body: () => ({ ...validReferralBody(), version: 1, urgency: 'urgent' }),
    answers: { others: 404, leaderOfCitizensUnit: 403, leaderOfCitizensFacility: 403, caseWorkerAssigned: 200 }, otherMunicipality: 404,
  },
  {
    // The matrix sends JSON: past the gate, the case worker is told the media type is wrong (documents.test.ts uploads files).
    method: 'POST', route: '/api/referrals/:referralId/documents', url: (f) => `/api/referrals/${f.referralId}/documents?fileName=a.pdf`,
    body: () => ({}), answers: { others: 404, leaderOfCitizensUnit: 403, leaderOfCitizensFacility: 403, caseWorkerAssigned: 415 }, otherMunicipality: 404,
  },
  {
    method: 'GET', route: '/api/referrals/:referralId/documents/:documentId', url: (f) => `/api/referrals/${f.referralId}/documents/${f.referralDocumentId}`,
    answers: { others: 404, ...each(readers, 200) }, otherMunicipality: 404, audit: ofOnA('read', 'referral_document'),
  },
  {
    method: 'GET', route: '/api/citizens/:citizenId/application-status', url: (f) => `/api/citizens/${f.citizens.onA}/application-status`,
    answers: caseWorkerOnly(200), otherMunicipality: 404, audit: ofOnA('read', 'application_status'),
  },
  {
    method: 'POST', route: '/api/citizens/:citizenId/revisitation-reports', url: (f) => `/api/citizens/${f.citizens.onA}/revisitation-reports`,
    body: () => ({ whatChanged: 'Borgeren er faldet flere gange og har brug for mere pleje.' }),
    answers: { others: 404, ...each(care, 201), caseWorkerAssigned: 403 }, otherMunicipality: 404,
  },
  {
    method: 'GET', route: '/api/citizens/:citizenId/revisitation-reports', url: (f) => `/api/citizens/${f.citizens.onA}/revisitation-reports`,
    answers: { others: 404, ...each(care, 200), caseWorkerAssigned: 403 }, otherMunicipality: 404, audit: ofOnA('read', 'revisitation_report_list'),
  },
  {
    method: 'GET', route: '/api/revisitation-reports', url: () => '/api/revisitation-reports', answers: { others: 200 },
    audit: { action: 'read', entity: 'revisitation_report_list', citizens: (f, who) => (who === 'caseWorkerAssigned' ? [f.citizens.onA] : undefined) },
  },
];

declare module '../../../../test/route-cases.js' {
  interface Fixture {
    /** A referral of onA by the case worker, offered to unit A, with one document. */
    referralId: string;
    referralDocumentId: string;
  }
}

/** A referral of onA (offered to unit A), its transitions and a document, and an open re-visitation report. */
export const accessFixture = async (db: Db, w: World) => {
  const m = w.municipalityId;
  const [r] = await db.query<{ id: string }>(
    `INSERT INTO referrals (municipality_id, citizen_id, type_code, case_worker_id, received_on, legal_basis, plan_purpose, plan_interventions,
       plan_expected_duration, plan_housing, state, offered_org_unit_id, created_by)
     VALUES ($1, $2, 'new', $3, current_date, '§107', 'Formål', 'Indsats', '2 år', 'Bolig', 'offered', $4, $3) RETURNING id`,
    [m, w.citizens.onA, w.users.caseWorker.id, w.units.unitA],
  );
  await db.query(`INSERT INTO referral_target_groups (municipality_id, referral_id, target_group_code, position) VALUES ($1, $2, 'social_psychiatry', 1)`, [m, r.id]);
  await db.query(
    `INSERT INTO referral_transitions (municipality_id, referral_id, seq, action, from_state, to_state, org_unit_id, actor_id)
     VALUES ($1, $2, 1, 'submit', NULL, 'submitted', NULL, $3), ($1, $2, 2, 'offer', 'submitted', 'offered', $4, $3)`,
    [m, r.id, w.users.caseWorker.id, w.units.unitA],
  );
  const [d] = await db.query<{ id: string }>(
    `INSERT INTO referral_documents (municipality_id, referral_id, file_name, media_type, size_bytes, content, uploaded_by)
     VALUES ($1, $2, 'udtalelse.txt', 'text/plain', 5, convert_to('hallo', 'UTF8'), $3) RETURNING id`,
    [m, r.id, w.users.caseWorker.id],
  );
  await db.query(
    `INSERT INTO revisitation_reports (municipality_id, citizen_id, org_unit_id, what_changed, reported_by) VALUES ($1, $2, $3, 'Mere plejebehov', $4)`,
    [m, w.citizens.onA, w.units.unitA, w.users.staff.id],
  );
  return { referralId: r.id, referralDocumentId: d.id };
};
