import { defineManifest } from '../manifest.js';
import auditEntities from './audit-entities.json' with { type: 'json' };
import { placementRoutes } from './routes.js';

export const manifest = defineManifest({ name: 'placements', routes: placementRoutes, auditEntities });
