import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { keyInfoRoutes } from './key-info.routes.js';
import { representationRoutes } from './representation.routes.js';

/** Key information on the record, and legal representation and consents as a register. */
export const keyInfoFeatureRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(keyInfoRoutes);
  await app.register(representationRoutes);
};
