import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { cardRoutes } from './card.routes.js';
import { observationRoutes } from './observations.routes.js';
import { facilityMedicationRoutes } from './facility.routes.js';

/** The medicine card, its observations, and per facility the settings and the staff's medicine permissions. */
export const medicationRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(cardRoutes);
  await app.register(observationRoutes);
  await app.register(facilityMedicationRoutes);
};
