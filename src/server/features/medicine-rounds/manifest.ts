import { defineManifest } from '../manifest.js';
import auditEntities from './audit-entities.json' with { type: 'json' };
import { medicineRoundRoutes } from './routes.js';
import { effectReminderJob } from './job.js';
import { medicineRoundsDemo } from './demo.js';
import './access.js'; // the feature's policy rules, registered with the one policy

export const manifest = defineManifest({ name: 'medicine-rounds', routes: medicineRoundRoutes, auditEntities, demo: medicineRoundsDemo, jobs: [effectReminderJob] });
