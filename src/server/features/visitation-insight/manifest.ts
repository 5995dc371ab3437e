import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { defineManifest } from '../manifest.js';
import auditEntities from './audit-entities.json' with { type: 'json' };
import { insightRoutes } from './routes.js';
import { plannedPlaceRoutes } from './planned-routes.js';
import { forecastJob } from './job.js';
import { visitationInsightDemo } from './demo.js';
import './access.js'; // the feature's policy rules, registered with the one policy

const routes: FastifyPluginAsyncZod = async (app) => {
  await app.register(insightRoutes);
  await app.register(plannedPlaceRoutes);
};

export const manifest = defineManifest({ name: 'visitationInsight', routes, auditEntities, demo: visitationInsightDemo, jobs: [forecastJob] });
