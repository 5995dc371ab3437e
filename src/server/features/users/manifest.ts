import { defineManifest } from '../manifest.js';
import auditEntities from './audit-entities.json' with { type: 'json' };
import { userRoutes } from './routes.js';

export const manifest = defineManifest({ name: 'users', routes: userRoutes, auditEntities });
