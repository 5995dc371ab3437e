import { defineManifest } from '../manifest.js';
import auditEntities from './audit-entities.json' with { type: 'json' };
import { accessLogRoutes } from './routes.js';

export const manifest = defineManifest({ name: 'access-log', routes: accessLogRoutes, auditEntities });
