import { defineManifest } from '../manifest.js';
import { coverRoutes } from './routes.js';

export const manifest = defineManifest({
  name: 'covers',
  routes: coverRoutes,
  auditEntities: {
    unit_cover: { da: 'Vagtdækning', en: 'Shift cover' },
  },
});
