import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authRoutes } from '../auth/routes.js';
import { citizenRoutes } from './citizens/routes.js';
import { placementRoutes } from './placements/routes.js';
import { planRoutes } from './plans/routes.js';
import { journalRoutes } from './journal/routes.js';
import { organisationRoutes } from './organisation/routes.js';
import { userRoutes } from './users/routes.js';
import { accessLogRoutes } from './access-log/routes.js';
import { catalogueRoutes } from './catalogue/routes.js';
import { coverRoutes } from './covers/routes.js';
import { exportRoutes } from './exports/routes.js';

/** Every capability's routes, mounted under /api. One line per feature folder. */
export const apiRoutes: FastifyPluginAsyncZod = async (api) => {
  await api.register(authRoutes);
  await api.register(citizenRoutes);
  await api.register(placementRoutes);
  await api.register(planRoutes);
  await api.register(journalRoutes);
  await api.register(organisationRoutes);
  await api.register(userRoutes);
  await api.register(accessLogRoutes);
  await api.register(catalogueRoutes);
  await api.register(coverRoutes);
  await api.register(exportRoutes);
};
