import { defineManifest } from '../manifest.js';
import { catalogueRoutes } from './routes.js';

export const manifest = defineManifest({
  name: 'catalogue',
  routes: catalogueRoutes,
  auditEntities: {},
});
