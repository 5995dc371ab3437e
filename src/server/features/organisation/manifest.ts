import { defineManifest } from '../manifest.js';
import { organisationRoutes } from './routes.js';

export const manifest = defineManifest({
  name: 'organisation',
  routes: organisationRoutes,
  auditEntities: {
    org_unit: { da: 'Organisationsenhed', en: 'Organisational unit' },
    place: { da: 'Plads', en: 'Place' },
    facility_occupants: { da: 'Beboere på tilbuddet', en: 'Residents of the facility' },
  },
});
