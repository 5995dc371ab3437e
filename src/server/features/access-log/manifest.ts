import { defineManifest } from '../manifest.js';
import { accessLogRoutes } from './routes.js';

export const manifest = defineManifest({
  name: 'access-log',
  routes: accessLogRoutes,
  auditEntities: {
    access_log: { da: 'Adgangslog', en: 'Access log' },
  },
});
