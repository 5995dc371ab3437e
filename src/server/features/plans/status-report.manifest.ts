import { defineManifest } from '../manifest.js';
import { statusReportRoutes } from './status-report.routes.js';

/**
 * The status report (statusrapport) to the case worker: a kind of export (features/exports/kinds.ts)
 * whose files its readers list and open on the citizen. Its own manifest, beside the plan's, so the
 * plan's files stay the goals' own.
 */
export const manifest = defineManifest({
  name: 'statusReports',
  routes: statusReportRoutes,
  auditEntities: {
    status_report: { da: 'Statusrapport (PDF)', en: 'Status report (PDF)' },
    status_report_list: { da: 'Statusrapporter', en: 'Status reports' },
    status_report_file: { da: 'Hentet statusrapport', en: 'Downloaded status report' },
  },
});
