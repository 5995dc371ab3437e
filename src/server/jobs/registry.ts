import { maintenanceJob, type RetentionSettings } from '../maintenance/index.js';
import { exportJob } from '../features/exports/job.js';
import type { JobDefinition } from './index.js';

/** Every job the server runs. One line per kind of background work. */
export const jobDefinitions = (settings: { retention: RetentionSettings }): JobDefinition[] => [maintenanceJob(settings.retention), exportJob];
