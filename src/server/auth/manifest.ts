import { defineManifest } from '../features/manifest.js';
import { authRoutes } from './routes.js';

/**
 * Sign-in, the session and one's password. Mounted like a feature, but its folder stays beside the
 * kernel: the app's request hook (sessions, the password gate) depends on it, not the other way.
 */
export const manifest = defineManifest({
  name: 'auth',
  routes: authRoutes,
  auditEntities: {},
});
