import { defineManifest } from '../manifest.js';
import auditEntities from './audit-entities.json' with { type: 'json' };
import { keyInfoFeatureRoutes } from './routes.js';
import { keyInfoDemo } from './demo.js';
import './access.js'; // the feature's policy rules, registered with the one policy

export const manifest = defineManifest({ name: 'key-info', routes: keyInfoFeatureRoutes, auditEntities, demo: keyInfoDemo });
