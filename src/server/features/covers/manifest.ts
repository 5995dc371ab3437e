import { defineManifest } from '../manifest.js';
import auditEntities from './audit-entities.json' with { type: 'json' };
import { coverRoutes } from './routes.js';
import './access.js'; // the feature's policy rules, registered with the one policy

export const manifest = defineManifest({ name: 'covers', routes: coverRoutes, auditEntities });
