import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { goalRoutes } from './goals.routes.js';
import { followUpRoutes } from './follow-ups.routes.js';
import { planExportRoutes } from './plan-export.routes.js';
import { wishAndAssessmentRoutes } from './wishes.routes.js';

/** The citizen's plan (C4): goals, follow-ups, the due list and the plan as a PDF. */
export const planRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(goalRoutes);
  await app.register(followUpRoutes);
  await app.register(planExportRoutes);
  await app.register(wishAndAssessmentRoutes);
};
