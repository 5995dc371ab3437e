import { allEmployees, each, type Answers, type Case } from '../../../../test/route-cases.js';
import type { Db } from '../../db/index.js';
import type { World } from '../../../../test/world.js';

/** Figures of facility 1: its unit leader and facility leader, the center's management and the admin. */
const figuresOfFacility1 = (s: number): Answers => ({
  others: 403, ...each(['leaderOfCitizensUnit', 'leaderOfCitizensFacility', 'centerManagementNotAssigned', 'admin'], s),
});
/** The municipality's forecast: whoever reads figures somewhere, and the case worker. */
const forecastReaders = (s: number): Answers => ({ ...figuresOfFacility1(s), caseWorkerAssigned: s });
/** Planning places on facility 1: the admin, the center's management and its facility leader. */
const planners = (s: number): Answers => ({ others: 403, ...each(['leaderOfCitizensFacility', 'centerManagementNotAssigned', 'admin'], s) });

const inAYear = () => `${new Date().getUTCFullYear() + 1}-06-01`;

/** The ladder's flow and the capacity forecast: aggregates, naming no citizen (no audit rows). */
export const accessCases: Case[] = [
  { method: 'GET', route: '/api/visitation-insight/units', url: () => '/api/visitation-insight/units', answers: allEmployees(200), audit: 'none' },
  {
    method: 'GET', route: '/api/visitation-insight/ladder-flow',
    url: (f) => `/api/visitation-insight/ladder-flow?from=2025-01-01&to=2025-12-31&unitId=${f.units.facility1}`,
    answers: figuresOfFacility1(200), otherMunicipality: 404, audit: 'none',
  },
  { method: 'GET', route: '/api/visitation-insight/forecast/model', url: () => '/api/visitation-insight/forecast/model', answers: forecastReaders(200), audit: 'none' },
  {
    method: 'POST', route: '/api/visitation-insight/forecast', url: () => '/api/visitation-insight/forecast',
    body: () => ({ years: 1, runs: 20 }), answers: forecastReaders(200),
  },
  {
    method: 'POST', route: '/api/visitation-insight/forecast/jobs', url: () => '/api/visitation-insight/forecast/jobs',
    body: () => ({ years: 1, runs: 300 }), answers: forecastReaders(202),
  },
  {
    method: 'GET', route: '/api/visitation-insight/forecast/jobs/:jobId', url: (f) => `/api/visitation-insight/forecast/jobs/${f.insightForecastJobId}`,
    answers: { others: 404, admin: 200 }, otherMunicipality: 404, audit: 'none',
  },
  { method: 'GET', route: '/api/visitation-insight/planned-places', url: () => '/api/visitation-insight/planned-places', answers: forecastReaders(200), audit: 'none' },
  {
    method: 'POST', route: '/api/visitation-insight/planned-places', url: () => '/api/visitation-insight/planned-places',
    body: (f) => ({ unitId: f.units.facility1, legalBasis: '§108', places: 4, opensOn: inAYear() }), answers: planners(201), otherMunicipality: 404,
  },
  {
    method: 'DELETE', route: '/api/visitation-insight/planned-places/:id', url: (f) => `/api/visitation-insight/planned-places/${f.plannedPlaceId}`,
    answers: planners(204), otherMunicipality: 404,
  },
];

declare module '../../../../test/route-cases.js' {
  interface Fixture {
    /** A forecast job (an export_jobs row of kind capacity_forecast) queued by the admin. */
    insightForecastJobId: string;
    /** 17 places planned on facility 1, opening in a year. */
    plannedPlaceId: string;
  }
}

export const accessFixture = async (db: Db, w: World) => {
  const [job] = await db.query<{ id: string }>(
    `INSERT INTO export_jobs (municipality_id, requested_by, kind, params) VALUES ($1, $2, 'capacity_forecast', '{"years":1,"runs":300}') RETURNING id`,
    [w.municipalityId, w.users.admin.id],
  );
  const [planned] = await db.query<{ id: string }>(
    `INSERT INTO planned_places (municipality_id, org_unit_id, legal_basis, places, opens_on, created_by) VALUES ($1, $2, '§108', 17, $3, $4) RETURNING id`,
    [w.municipalityId, w.units.facility1, inAYear(), w.users.admin.id],
  );
  return { insightForecastJobId: job.id, plannedPlaceId: planned.id };
};
