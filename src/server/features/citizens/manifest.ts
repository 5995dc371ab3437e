import { defineManifest } from '../manifest.js';
import auditEntities from './audit-entities.json' with { type: 'json' };
import { citizenRoutes } from './routes.js';

export const manifest = defineManifest({ name: 'citizens', routes: citizenRoutes, auditEntities });
