import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { goalRoutes } from './goals.routes.js';
import { followUpRoutes } from './follow-ups.routes.js';

/** The citizen's plan (C4): goals, follow-ups and the due list. */
export const planRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(goalRoutes);
  await app.register(followUpRoutes);
};
