import type { WebFeature } from '../registry';

/**
 * The status reports to the case worker, as a tab of the citizen record beside the plan: for those
 * who treat the citizen and the assigned case worker (the server's `readStatusReports`). Kept apart
 * from the plan's own feature.ts so each can change without the other.
 */
export const statusReportFeature: WebFeature = {
  tabs: {
    citizen: [
      { path: 'statusrapporter', load: () => import('./StatusReportTab'), labelKey: 'plans.statusReport.tabLabel', order: 25, ability: 'readStatusReports' },
    ],
  },
};
