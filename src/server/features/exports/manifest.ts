import { defineManifest } from '../manifest.js';
import auditEntities from './audit-entities.json' with { type: 'json' };
import { exportRoutes } from './routes.js';
import { exportJob } from './job.js';

export const manifest = defineManifest({ name: 'exports', routes: exportRoutes, auditEntities, jobs: [exportJob] });
