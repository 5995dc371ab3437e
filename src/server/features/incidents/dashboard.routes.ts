import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditedRoute } from '../../citizen-route.js';
import { withTenant } from '../../context.js';
import { sendExport } from '../../exports/index.js';
import { XLSX } from '../../exports/xlsx.js';
import { fileResponse } from '../../../contracts/common.js';
import { DashboardQuery, IncidentDashboard, IncidentOptions } from '../../../contracts/incidents.js';
import { reportingUnitIds } from './access.js';
import { actualLevels, actualWithoutPossible, possibleLevels, severityMatrix } from './dpsd.js';
import { dashboardXlsx, readDashboard } from './dashboard.js';
import { reportingUnits } from './queries.js';

const tags = ['incidents'];

export const dashboardRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/incidents/options', {
    schema: {
      description: 'What the report forms offer: the DPSD severity matrix (reference data) and the units the actor reports on, with their staff and the citizens they serve today (audited, naming them).',
      response: { 200: IncidentOptions }, tags,
    },
  }, (req) =>
    auditedRoute(req, { action: 'read', entity: 'incident_options', onlyWhenNamed: true }, async (tx, ctx, note) => {
      const units = await reportingUnits(tx, ctx, reportingUnitIds(ctx.actor));
      note.citizenIds = units.flatMap((u) => u.citizens.map((c) => c.id));
      return {
        data: {
          severity: { actualLevels, possibleLevels, actualWithoutPossible, matrix: severityMatrix },
          units: units.map((u) => ({ id: u.id, name: u.name, facilityName: u.facility_name, staff: u.staff, citizens: u.citizens })),
        },
      };
    }),
  );

  app.get('/incidents/dashboard', { schema: { querystring: DashboardQuery, response: { 200: IncidentDashboard }, tags } }, (req) =>
    withTenant(req, async (tx, ctx) => ({ data: await readDashboard(tx, ctx, req.query.from) })),
  );

  app.get('/incidents/dashboard.xlsx', {
    schema: { querystring: DashboardQuery, response: { 200: fileResponse(XLSX, 'haendelser-<from>-<to>.xlsx') }, tags },
  }, (req, reply) => sendExport(req, reply, dashboardXlsx, { from: req.query.from }));
};
