import { defineManifest } from '../manifest.js';
import { citizenRoutes } from './routes.js';

export const manifest = defineManifest({
  name: 'citizens',
  routes: citizenRoutes,
  auditEntities: {
    citizen: { da: 'Stamdata', en: 'Personal details' },
    citizen_list: { da: 'Borgerliste', en: 'Citizen list' },
    cpr_match: { da: 'CPR-nummer kendt ved oprettelse', en: 'CPR number known at registration' },
    relative: { da: 'Pårørende', en: 'Relative' },
  },
});
