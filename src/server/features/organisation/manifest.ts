import { defineManifest } from '../manifest.js';
import auditEntities from './audit-entities.json' with { type: 'json' };
import { organisationRoutes } from './routes.js';

export const manifest = defineManifest({ name: 'organisation', routes: organisationRoutes, auditEntities });
