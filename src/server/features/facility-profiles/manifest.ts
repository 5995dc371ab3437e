import { defineManifest } from '../manifest.js';
import auditEntities from './audit-entities.json' with { type: 'json' };
import { facilityProfileRoutes } from './routes.js';
import { facilityProfilesDemo } from './demo.js';
import './access.js'; // the feature's policy rules, registered with the one policy

export const manifest = defineManifest({ name: 'facilityProfiles', routes: facilityProfileRoutes, auditEntities, demo: facilityProfilesDemo });
