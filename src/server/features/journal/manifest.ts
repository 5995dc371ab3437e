import { defineManifest } from '../manifest.js';
import auditEntities from './audit-entities.json' with { type: 'json' };
import { journalRoutes } from './routes.js';
import { journalDemo } from './demo.js';
import { journalBench } from './bench.js';
import './access.js'; // the feature's policy rules, registered with the one policy

export const manifest = defineManifest({ name: 'journal', routes: journalRoutes, auditEntities, demo: journalDemo, bench: journalBench });
