import { defineManifest } from '../manifest.js';
import auditEntities from './audit-entities.json' with { type: 'json' };
import { incidentRoutes } from './routes.js';
import { incidentsDemo } from './demo.js';
import { incidentDeadlineJob } from './job.js';
import './access.js'; // the feature's policy rules, registered with the one policy

export const manifest = defineManifest({ name: 'incidents', routes: incidentRoutes, auditEntities, demo: incidentsDemo, jobs: [incidentDeadlineJob] });
