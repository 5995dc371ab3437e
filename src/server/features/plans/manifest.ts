import { defineManifest } from '../manifest.js';
import { planRoutes } from './routes.js';
import { plansDemo } from './demo.js';
import { plansBench } from './bench.js';

export const manifest = defineManifest({
  name: 'plans',
  routes: planRoutes,
  auditEntities: {
    goal: { da: 'Mål', en: 'Goal' },
    goal_list: { da: 'Plan', en: 'Plan' },
    plan_pdf: { da: 'Plan (PDF)', en: 'Plan (PDF)' },
    follow_up: { da: 'Opfølgning', en: 'Follow-up' },
    due_list: { da: 'Opfølgningsliste', en: 'Follow-up list' },
  },
  demo: plansDemo,
  bench: plansBench,
});
