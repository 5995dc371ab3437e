import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { defineManifest } from '../manifest.js';
import auditEntities from './audit-entities.json' with { type: 'json' };
import { referralRoutes } from './routes.js';
import { documentRoutes } from './documents.routes.js';
import { revisitationRoutes } from './revisitation.routes.js';
import { referralsDemo } from './demo.js';
import './access.js'; // the feature's policy rules, registered with the one policy

const routes: FastifyPluginAsyncZod = async (app) => {
  await app.register(referralRoutes);
  await app.register(documentRoutes);
  await app.register(revisitationRoutes);
};

export const manifest = defineManifest({ name: 'referrals', routes, auditEntities, demo: referralsDemo });
