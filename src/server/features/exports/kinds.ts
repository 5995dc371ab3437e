import type { ExportDefinition, ExportJobTerms } from '../../exports/index.js';
import { citizenListXlsx } from '../citizens/export.routes.js';
import { statusReportPdf } from '../plans/status-report.js';
import { capacityForecastXlsx } from '../visitation-insight/export.js';

/** An export that may run as a job. The request's params are validated by its own schema first. */
export type JobExport = ExportDefinition<unknown, unknown> & { asJob: ExportJobTerms<unknown> };

const mayRunAsJob = (def: ExportDefinition<unknown, unknown>): def is JobExport => def.asJob !== undefined;

/** The exports a user may ask for as a job, by kind (the export's audit entity): those that declare `asJob`. */
export const exportKinds: Record<string, JobExport> = Object.fromEntries(
  ([citizenListXlsx, statusReportPdf, capacityForecastXlsx] as Array<ExportDefinition<unknown, unknown>>).filter(mayRunAsJob).map((def) => [def.entity, def]),
);
