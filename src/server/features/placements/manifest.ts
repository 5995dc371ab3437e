import { defineManifest } from '../manifest.js';
import { placementRoutes } from './routes.js';

export const manifest = defineManifest({
  name: 'placements',
  routes: placementRoutes,
  auditEntities: {
    intervention: { da: 'Indsats / bolig', en: 'Intervention / home' },
  },
});
