import { adminOnly, allEmployees, careOnly, each, leaders, leadersOnly, ofOnA, type Case } from '../../../../test/route-cases.js';
import type { Db } from '../../db/index.js';
import type { World } from '../../../../test/world.js';

/** onA's report: read by its reporter (staff) and onA's leaders; the case worker not until forwarded. */
const reportReaders = { others: 404, staffOfCitizensUnit: 200, ...each(leaders, 200) };
/** The leader's acts on it: onA's leaders; the reporter sees it but may not (403). */
const leaderActs = (s: number) => ({ others: 404, staffOfCitizensUnit: 403, ...each(leaders, s) });

const skema1 = {
  formCode: 'skema1', occurredAt: '2026-12-01T14:30', measures: ['§ 124 d, stk. 2'],
  answers: { durationMinutes: 5, situation: 'Borgeren blev urolig i fællesstuen.', triedFirst: 'Rolig tale og afledning.', participants: 'To medarbejdere.', injuries: 'Ingen' },
};

/**
 * Use of force: registered by those with onA in care; a report read by its reporter, onA's leaders
 * and (forwarded) the assigned case worker; statement, forwarding and relatives by onA's leaders;
 * decisions recorded by the leaders, uses by those in care; deadlines changed by the admin.
 */
export const accessCases: Case[] = [
  { method: 'GET', route: '/api/use-of-force/forms', url: () => '/api/use-of-force/forms', answers: allEmployees(200), audit: 'none' },
  {
    method: 'GET', route: '/api/citizens/:citizenId/use-of-force', url: (f) => `/api/citizens/${f.citizens.onA}/use-of-force`,
    answers: { ...careOnly(200), caseWorkerAssigned: 200 }, otherMunicipality: 404, audit: ofOnA('read', 'use_of_force'),
  },
  {
    method: 'POST', route: '/api/citizens/:citizenId/use-of-force/reports', url: (f) => `/api/citizens/${f.citizens.onA}/use-of-force/reports`,
    body: () => skema1, answers: careOnly(201), otherMunicipality: 404,
  },
  {
    method: 'GET', route: '/api/use-of-force/reports/:reportId', url: (f) => `/api/use-of-force/reports/${f.forceReportId}`,
    answers: reportReaders, otherMunicipality: 404, audit: ofOnA('read', 'use_of_force_report'),
  },
  {
    method: 'POST', route: '/api/use-of-force/reports/:reportId/forward', url: (f) => `/api/use-of-force/reports/${f.forceReportId}/forward`,
    body: () => ({ version: 1, statement: 'Indgrebet var nødvendigt.' }), answers: leaderActs(200), otherMunicipality: 404,
  },
  {
    method: 'POST', route: '/api/use-of-force/reports/:reportId/relatives', url: (f) => `/api/use-of-force/reports/${f.forceReportId}/relatives`,
    body: () => ({ informedOn: '2026-12-02', whom: 'Mor (Birthe Andersen)', how: 'phone' }), answers: leaderActs(201), otherMunicipality: 404,
  },
  {
    method: 'GET', route: '/api/use-of-force/reports/:reportId/report.pdf', url: (f) => `/api/use-of-force/reports/${f.forceReportId}/report.pdf`,
    answers: reportReaders, otherMunicipality: 404, audit: ofOnA('export', 'use_of_force_pdf'),
  },
  {
    method: 'GET', route: '/api/use-of-force/reports', url: () => '/api/use-of-force/reports', answers: allEmployees(200),
    audit: { action: 'read', entity: 'use_of_force_list', citizens: (f, who) => (leaders.includes(who) ? [f.citizens.onA] : undefined) },
  },
  {
    method: 'POST', route: '/api/citizens/:citizenId/use-of-force/decisions', url: (f) => `/api/citizens/${f.citizens.onA}/use-of-force/decisions`,
    body: () => ({
      measureCode: '§ 128 c', requestedOn: '2026-10-01', decidedOn: '2026-10-20', validFrom: '2026-11-01', validTo: '2027-04-30',
      answers: { situation: 'Borgeren går ud om natten.', triedFirst: 'Nattevagt ved døren.' },
    }),
    answers: leadersOnly(201), otherMunicipality: 404,
  },
  {
    method: 'POST', route: '/api/use-of-force/decisions/:decisionId/uses', url: (f) => `/api/use-of-force/decisions/${f.forceDecisionId}/uses`,
    body: () => ({ usedAt: '2026-06-01T03:10', note: 'Fulgt tilbage.' }), answers: careOnly(201), otherMunicipality: 404,
  },
  { method: 'GET', route: '/api/use-of-force/deadlines', url: () => '/api/use-of-force/deadlines', answers: allEmployees(200), audit: 'none' },
  {
    method: 'PATCH', route: '/api/use-of-force/deadlines/:rule', url: () => '/api/use-of-force/deadlines/leader_forward',
    body: () => ({ days: 3, dayKind: 'weekdays', source: 'BEK nr. 1411 af 5. december 2024 (kommunens fortolkning)' }), answers: adminOnly(200),
  },
];

declare module '../../../../test/route-cases.js' {
  interface Fixture {
    /** A Skema 1 report on onA by staff on unit A, not forwarded. */
    forceReportId: string;
    /** A pre-approved decision for onA (§ 128 c), running. */
    forceDecisionId: string;
  }
}

/** A Skema 1 report on onA by staff on unit A (not forwarded) and a running decision for onA. */
export const accessFixture = async (db: Db, w: World) => {
  const [report] = await db.query<{ id: string }>(
    `INSERT INTO use_of_force_reports (municipality_id, citizen_id, unit_id, form_code, form_version, occurred_at, measures, answers, reported_by, staff_due, forward_due)
     VALUES ($1, $2, $3, 'skema1', 1, now() - interval '1 hour', '{"§ 124 d, stk. 2"}', $4, $5, current_date + 1, current_date + 3) RETURNING id`,
    [w.municipalityId, w.citizens.onA, w.units.unitA, JSON.stringify(skema1.answers), w.users.staff.id],
  );
  const [decision] = await db.query<{ id: string }>(
    `INSERT INTO use_of_force_decisions (municipality_id, citizen_id, measure_code, requested_on, decided_on, valid_from, valid_to, request_form_version, recorded_by)
     VALUES ($1, $2, '§ 128 c', '2024-12-01', '2024-12-15', '2025-01-01', '2099-12-31', 1, $3) RETURNING id`,
    [w.municipalityId, w.citizens.onA, w.users.unitLeader.id],
  );
  return { forceReportId: report.id, forceDecisionId: decision.id };
};
