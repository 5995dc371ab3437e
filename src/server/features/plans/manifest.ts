import { defineManifest } from '../manifest.js';
import auditEntities from './audit-entities.json' with { type: 'json' };
import { planRoutes } from './routes.js';
import { plansDemo } from './demo.js';
import { plansBench } from './bench.js';

export const manifest = defineManifest({ name: 'plans', routes: planRoutes, auditEntities, demo: plansDemo, bench: plansBench });
