import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authRoutes } from '../auth/routes.js';
import { citizenRoutes } from './citizens/routes.js';

/** Every capability's routes, mounted under /api. One line per feature folder. */
export const apiRoutes: FastifyPluginAsyncZod = async (api) => {
  await api.register(authRoutes);
  await api.register(citizenRoutes);
};
