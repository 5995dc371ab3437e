import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { adverseEventRoutes } from './adverse-events.routes.js';
import { dashboardRoutes } from './dashboard.routes.js';
import { violenceRoutes } from './violence.routes.js';

/** Adverse events, violence and threats, and their dashboard. */
export const incidentRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(adverseEventRoutes);
  await app.register(violenceRoutes);
  await app.register(dashboardRoutes);
};
