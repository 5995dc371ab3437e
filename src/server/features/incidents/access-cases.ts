import { allEmployees, care, careOnly, each, leaders, ofOnA, type Answers, type Case } from '../../../../test/route-cases.js';
import type { Db } from '../../db/index.js';
import type { World } from '../../../../test/world.js';

/** A report on onA's unit A by staff: read by staff (its reporter) and A's leaders; followed up and exported by the leaders. */
const reporterAndLeaders = (s: number, staff = s): Answers => ({ others: 404, ...each(leaders, s), staffOfCitizensUnit: staff });
/** The counts: the leaders and the center's management. */
const dashboard: Answers = { others: 403, ...each([...leaders, 'centerManagementNotAssigned'], 200) };
/** Lists name onA to those who read its report (reporter, leaders); to the others they are empty (no audit row). */
const namesOnA = { citizens: (f: Parameters<Case['url']>[0], who: string) => (['staffOfCitizensUnit', ...leaders].includes(who) ? [f.citizens.onA] : undefined) };

/**
 * Incidents: an adverse event about onA reported by whoever cares for onA; violence registered by
 * unit A's staff and leaders; reports read by their reporter (staff) and A's leaders, who follow
 * them up and export them; the dashboard's counts for leaders and the center's management.
 */
export const accessCases: Case[] = [
  {
    method: 'POST', route: '/api/adverse-events', url: () => '/api/adverse-events',
    body: (f) => ({
      citizenId: f.citizens.onA, unitId: f.units.unitA, date: '2026-01-05', time: '08:30', eventType: 'fall', title: 'Fald i stuen',
      description: 'Borgeren snublede over en ledning i stuen.', actualConsequence: 'Lettere', possibleConsequence: 'Lettere',
    }),
    answers: careOnly(201), otherMunicipality: 404,
  },
  {
    method: 'GET', route: '/api/adverse-events', url: () => '/api/adverse-events', answers: allEmployees(200),
    audit: { action: 'read', entity: 'adverse_event_list', ...namesOnA },
  },
  {
    method: 'GET', route: '/api/adverse-events/:eventId', url: (f) => `/api/adverse-events/${f.adverseEventId}`,
    answers: reporterAndLeaders(200), otherMunicipality: 404, audit: ofOnA('read', 'adverse_event'),
  },
  {
    method: 'PATCH', route: '/api/adverse-events/:eventId/follow-up', url: (f) => `/api/adverse-events/${f.adverseEventId}/follow-up`,
    body: () => ({ version: 1, status: 'analysis', learning: '', actions: '' }),
    answers: reporterAndLeaders(200, 403), otherMunicipality: 404,
  },
  {
    method: 'GET', route: '/api/adverse-events/:eventId/dpsd.pdf', url: (f) => `/api/adverse-events/${f.adverseEventId}/dpsd.pdf`,
    answers: reporterAndLeaders(200, 403), otherMunicipality: 404, audit: ofOnA('export', 'adverse_event_dpsd_pdf'),
  },
  {
    method: 'GET', route: '/api/adverse-events/:eventId/dpsd.json', url: (f) => `/api/adverse-events/${f.adverseEventId}/dpsd.json`,
    answers: reporterAndLeaders(200, 403), otherMunicipality: 404, audit: ofOnA('export', 'adverse_event_dpsd_json'),
  },
  {
    method: 'POST', route: '/api/violence-incidents', url: () => '/api/violence-incidents',
    body: (f) => ({
      unitId: f.units.unitA, date: f.violenceDay, kind: 'threat', exposedUserId: f.users.staff.id, actingCitizenId: f.citizens.onA,
      description: 'Beboeren truede med at slå.', absenceDays: 0,
    }),
    answers: { others: 403, ...each(care, 201) }, otherMunicipality: 404,
  },
  {
    method: 'GET', route: '/api/violence-incidents', url: () => '/api/violence-incidents', answers: allEmployees(200),
    audit: { action: 'read', entity: 'violence_list', ...namesOnA },
  },
  {
    method: 'PATCH', route: '/api/violence-incidents/:incidentId/work-accident', url: (f) => `/api/violence-incidents/${f.violenceId}/work-accident`,
    body: (f) => ({ version: 1, reportedOn: f.violenceDay }),
    answers: reporterAndLeaders(200, 403), otherMunicipality: 404,
  },
  {
    method: 'GET', route: '/api/incidents/options', url: () => '/api/incidents/options', answers: allEmployees(200),
    audit: {
      action: 'read', entity: 'incident_options',
      citizens: (f, who) => ({ staffOfCitizensUnit: [f.citizens.onA], staffOfAnotherFacility: [f.citizens.onC], leaderOfCitizensUnit: [f.citizens.onA, f.citizens.onB], leaderOfCitizensFacility: [f.citizens.onA, f.citizens.onB] } as Record<string, string[]>)[who],
    },
  },
  { method: 'GET', route: '/api/incidents/dashboard', url: () => '/api/incidents/dashboard', answers: dashboard, audit: 'none' },
  {
    method: 'GET', route: '/api/incidents/dashboard.xlsx', url: () => '/api/incidents/dashboard.xlsx', answers: dashboard,
    audit: { action: 'export', entity: 'incident_dashboard', citizens: () => [] },
  },
];

declare module '../../../../test/route-cases.js' {
  interface Fixture {
    /** A fall of onA's on unit A, reported by staff. */
    adverseEventId: string;
    /** A threat against staff by onA on unit A, three days ago, reported by staff. */
    violenceId: string;
    /** Its day (YYYY-MM-DD). */
    violenceDay: string;
  }
}

export const accessFixture = async (db: Db, w: World) => {
  const [event] = await db.query<{ id: string }>(
    `INSERT INTO adverse_events (municipality_id, citizen_id, unit_id, occurred_at, event_type, title, description, actual_consequence,
       possible_consequence, severity, reported_by)
     VALUES ($1, $2, $3, now() - interval '2 days', 'fall', 'Fald på badeværelset', 'Borgeren gled på det våde gulv.', 'Lettere', 'Lettere',
       'Lettere konsekvens', $4) RETURNING id`,
    [w.municipalityId, w.citizens.onA, w.units.unitA, w.users.staff.id],
  );
  const [violence] = await db.query<{ id: string; day: string }>(
    `INSERT INTO violence_incidents (municipality_id, unit_id, occurred_on, kind, exposed_user_id, acting_citizen_id, description, reported_by)
     VALUES ($1, $2, (now() AT TIME ZONE 'Europe/Copenhagen')::date - 3, 'threat', $3, $4, 'Beboeren truede medarbejderen.', $3)
     RETURNING id, to_char(occurred_on, 'YYYY-MM-DD') AS day`,
    [w.municipalityId, w.units.unitA, w.users.staff.id, w.citizens.onA],
  );
  return { adverseEventId: event.id, violenceId: violence.id, violenceDay: violence.day };
};
