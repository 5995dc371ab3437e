import { defineManifest } from '../manifest.js';
import auditEntities from './audit-entities.json' with { type: 'json' };
import { matchingRoutes } from './routes.js';
import { matchingBench } from './bench.js';
import './access.js'; // the feature's policy rules, registered with the one policy

export const manifest = defineManifest({ name: 'matching', routes: matchingRoutes, auditEntities, bench: matchingBench });
