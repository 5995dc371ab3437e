import { defineManifest } from '../manifest.js';
import auditEntities from './audit-entities.json' with { type: 'json' };
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { useOfForceRoutes } from './routes.js';
import { decisionRoutes } from './decisions.routes.js';
import { deadlineJob } from './job.js';
import { useOfForceDemo } from './demo.js';
import './access.js'; // the feature's policy rules, registered with the one policy

const routes: FastifyPluginAsyncZod = async (app) => {
  await app.register(useOfForceRoutes);
  await app.register(decisionRoutes);
};

export const manifest = defineManifest({ name: 'useOfForce', routes, auditEntities, demo: useOfForceDemo, jobs: [deadlineJob] });
