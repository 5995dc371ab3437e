import type { WebFeature } from '../registry';

export const useOfForceFeature: WebFeature = {
  pages: [
    // The leaders' list of reports from the units they lead, with the overdue ones.
    { path: 'magtanvendelse', load: () => import('./LeaderReportsPage'), menu: { labelKey: 'useOfForce.nav', show: 'useOfForce', order: 27 } },
  ],
  tabs: {
    // Those in care (their own reports), the leaders and the assigned case worker (the server's 'readUseOfForce').
    citizen: [
      {
        path: 'magtanvendelse', load: () => import('./UseOfForceTab'), labelKey: 'useOfForce.tabLabel', order: 45, ability: 'readUseOfForce',
        subpages: [
          { path: 'magtanvendelse/ny', load: () => import('./NewReportPage') },
          { path: 'magtanvendelse/:reportId', load: () => import('./ReportPage') },
        ],
      },
    ],
    admin: [{ path: 'magtanvendelse-frister', load: () => import('./DeadlinesTab'), labelKey: 'useOfForce.deadlinesTab', order: 60 }],
  },
};
