import { defineManifest } from '../manifest.js';
import auditEntities from './audit-entities.json' with { type: 'json' };
import { medicationRoutes } from './routes.js';
import { medicationDemo } from './demo.js';
import './access.js'; // the feature's policy rules, registered with the one policy

export const manifest = defineManifest({ name: 'medication', routes: medicationRoutes, auditEntities, demo: medicationDemo });
