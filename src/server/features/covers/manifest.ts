import { defineManifest } from '../manifest.js';
import auditEntities from './audit-entities.json' with { type: 'json' };
import { coverRoutes } from './routes.js';

export const manifest = defineManifest({ name: 'covers', routes: coverRoutes, auditEntities });
