import type { WebFeature } from '../registry';

export const plansFeature: WebFeature = {
  pages: [{ path: 'opfolgninger', load: () => import('./DueListPage'), menu: { labelKey: 'common.nav.dueList', show: 'dueList', order: 30 } }],
  tabs: {
    citizen: [
      {
        path: 'plan',
        load: () => import('./PlanTab'),
        labelKey: 'plans.tabLabel',
        order: 20,
        ability: 'readPlan',
        subpages: [
          { path: 'plan/nyt-mal', load: () => import('./NewGoalPage') },
          { path: 'mal/:goalId', load: () => import('./GoalPage') },
        ],
      },
    ],
  },
};
