import { defineManifest } from '../manifest.js';
import { userRoutes } from './routes.js';

export const manifest = defineManifest({
  name: 'users',
  routes: userRoutes,
  auditEntities: {
    user: { da: 'Brugerkonto', en: 'User account' },
  },
});
