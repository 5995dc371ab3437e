import { defineManifest } from '../manifest.js';
import auditEntities from './audit-entities.json' with { type: 'json' };
import { visitRoutes } from './routes.js';
import { visitsDemo } from './demo.js';
import './access.js'; // the feature's policy rules, registered with the one policy

export const manifest = defineManifest({ name: 'visits', routes: visitRoutes, auditEntities, demo: visitsDemo });
