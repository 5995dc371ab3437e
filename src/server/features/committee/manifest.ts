import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { defineManifest } from '../manifest.js';
import auditEntities from './audit-entities.json' with { type: 'json' };
import { committeeRoutes } from './routes.js';
import { queueRoutes } from './queue.routes.js';
import { committeeDemo } from './demo.js';
import './access.js'; // the feature's policy rules, registered with the one policy

const routes: FastifyPluginAsyncZod = async (app) => {
  await app.register(committeeRoutes);
  await app.register(queueRoutes);
};

export const manifest = defineManifest({ name: 'committee', routes, auditEntities, demo: committeeDemo });
